import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { islandsVersion } from './src/scripts/islands-version.js';
import { withoutEmptyChunkNotice } from './src/scripts/quiet-adapter.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR / KIT_OUT let parallel builds (tests, benchmarks) keep out of each other's way.
		adapter: withoutEmptyChunkNotice(adapter({ out: process.env.BUILD_DIR ?? 'build', precompress: true })),
		outDir: process.env.KIT_OUT ?? '.svelte-kit',
		// The small stylesheets (all but Leaflet's) come inside the HTML: no round trip before the
		// first paint for them. Asset URLs are absolute (/_app/…), so that a font named in an inlined
		// stylesheet is found from any page.
		inlineStyleThreshold: 5000,
		paths: { relative: false },
		alias: { $data: 'data' },
		// The same islands give the same version (the `?v=` of their scripts), on every build and
		// instance: `npm run build` builds them before Kit reads this.
		version: { name: islandsVersion('static/islands') ?? undefined },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
