/**
 * Builds the islands' browser code into `static/islands/` (generated, not committed: `npm run build`
 * runs this first). The same Svelte components the server renders are compiled for the browser here
 * and hydrated over the server's HTML (src/lib/islands/):
 *
 * - `/islands/dashboard.js`: the dashboard's islands (charts, headline strip, range, map, source panel);
 * - `/islands/widget.js`: a widget's islands;
 * - `/islands/desk.js`: the newsroom desk (/desk, development servers only: `--production` leaves it out);
 * - `/islands/static-language.js`: in the static folder only, an article page's way to its language;
 * - chunks loaded when first needed (Leaflet and the basemap, the embed dialog), named by their hash.
 *
 * Styles are not built here: the server's pages link the components' CSS (SvelteKit extracts it), so
 * every `.css` import resolves to nothing in this build.
 *
 *   node src/scripts/build-scripts.mjs            (once)
 *   node src/scripts/build-scripts.mjs --production  (once, without the desk: `npm run build`)
 *   node src/scripts/build-scripts.mjs --watch    (again on every change, for `npm run dev`)
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = resolve(root, 'static/islands');
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/**
 * Every stylesheet (the components' own) is the server's: none goes into a script. Only a
 * stylesheet imported by its URL (`?url`: Leaflet's, which its chunk loads) is a file of this build.
 */
const noCss = {
	name: 'islands-no-css',
	enforce: 'pre',
	resolveId(id) {
		if (/[?&](url|transform-only)\b/.test(id)) return null;
		return /\.css($|\?)/.test(id) || /[?&]type=style/.test(id) ? '\0no-css' : null;
	},
	load(id) {
		return id === '\0no-css' ? 'export default ""' : null;
	}
};

await build({
	configFile: false,
	root,
	logLevel: 'warn',
	plugins: [noCss, svelte()],
	resolve: { alias: { $lib: resolve(root, 'src/lib'), $data: resolve(root, 'data') } },
	// The files are served under /islands/ (an asset's URL, Leaflet's stylesheet's, is written with it).
	base: '/islands/',
	build: {
		outDir,
		emptyOutDir: true,
		target: 'es2022',
		minify: true,
		// SOURCEMAP=1 for looking into what the bundles carry (see src/scripts/bench-dashboard.ts).
		sourcemap: process.env.SOURCEMAP === '1',
		modulePreload: false,
		copyPublicDir: false,
		reportCompressedSize: false,
		watch: watch ? {} : null,
		rolldownOptions: {
			// On a busy machine rolldown prints a timing report that reads like a warning; `npm run bench` measures.
			checks: { bundlerTimings: false },
			input: {
				dashboard: resolve(root, 'src/lib/islands/dashboard.ts'),
				'dashboard-islands': resolve(root, 'src/lib/islands/dashboardIslands.ts'),
				widget: resolve(root, 'src/lib/islands/widget.ts'),
				...(production ? {} : { desk: resolve(root, 'src/lib/islands/desk.ts') }),
				'static-language': resolve(root, 'src/lib/islands/staticLanguage.ts')
			},
			output: {
				// The pages name the entries; the dashboard's islands are its script's chunk (see dashboard.ts).
				entryFileNames: (chunk) =>
					chunk.name === 'dashboard-islands' ? 'chunks/[name]-[hash].js' : '[name].js',
				chunkFileNames: 'chunks/[name]-[hash].js',
				// V8's compile hint (Chromium 136+; a comment to other browsers): a file's functions are
				// compiled as it streams in, off the main thread, rather than one by one as hydration
				// first calls them. Each file here runs when it loads; this halved the first chart's
				// hydration. After minifying, which would drop the comment.
				postBanner: '//# allFunctionsCalledOnLoad',
				// Leaflet's stylesheet (and its images), hashed and kept a year like the chunks.
				assetFileNames: 'chunks/[name]-[hash][extname]'
			}
		}
	}
});

if (!watch) {
	const files = (dir) =>
		readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
			e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]
		);
	for (const file of files(outDir).filter((f) => f.endsWith('.js'))) {
		const bytes = readFileSync(file);
		const gzip = gzipSync(bytes, { level: 9 }).length;
		console.log(
			`${file.slice(root.length + 1)}: ${(bytes.length / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip`
		);
	}
}
