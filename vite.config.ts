import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { deskToken } from './src/lib/desk/vitePlugin.js';

export default defineConfig({
	// deskToken: the newsroom desk's token, on development servers only (src/lib/desk/guard.server.ts).
	plugins: [deskToken(), sveltekit()],
	// SOURCEMAP=1 for looking into what the bundles carry (see src/scripts/bench-dashboard.ts).
	build: {
		sourcemap: process.env.SOURCEMAP === '1',
		// Leaflet's stylesheet names images our map never shows (layer control, default marker): files, not inlined.
		assetsInlineLimit: (file: string) => (file.includes('leaflet/dist/images') ? false : undefined),
		// On a busy machine rolldown prints a timing report that reads like a warning; `npm run bench` measures.
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node'
				}
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/browser/global-setup.ts'],
					testTimeout: 30_000,
					hookTimeout: 120_000,
					fileParallelism: false
				}
			}
		]
	}
});
