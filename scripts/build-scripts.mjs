/**
 * Builds the page scripts into `static/` (generated, not committed: `npm run build` runs this first):
 *
 * - `/widget.js`: the script of the server-rendered widgets (src/lib/enhance/widget.ts);
 * - `/dashboard.js`: the script of the server-rendered dashboard (src/lib/enhance/dashboard.ts);
 * - `/map.js`: Leaflet and the basemap (src/lib/enhance/map.ts), an ES module the two above import
 *   when a page has a map, so that no page's first script carries it;
 * - `/embed-dialog.js`: the dashboard's embed dialog (src/lib/enhance/embedDialog.ts), imported
 *   when a reader opens it.
 *
 * The page scripts are classic scripts (IIFE, ES2020) for `<script src defer>` under the CSP's
 * script-src 'self'; the two on-demand modules are imported by path and share nothing with them.
 *
 *   node scripts/build-scripts.mjs            (once)
 *   node scripts/build-scripts.mjs --watch    (again on every change, for `npm run dev`)
 */
import { context } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const scripts = [
	{ out: 'widget.js', entry: 'src/lib/enhance/widget.ts', call: 'enhance', format: 'iife' },
	{ out: 'dashboard.js', entry: 'src/lib/enhance/dashboard.ts', call: 'enhanceDashboard', format: 'iife' },
	{ out: 'map.js', entry: 'src/lib/enhance/map.ts', format: 'esm' },
	{ out: 'embed-dialog.js', entry: 'src/lib/enhance/embedDialog.ts', format: 'esm' }
];

const watch = process.argv.includes('--watch');

for (const s of scripts) {
	const outfile = resolve(root, 'static', s.out);
	const ctx = await context({
		...(s.call
			? {
					stdin: {
						contents: `import { ${s.call} } from './${s.entry}';\n${s.call}();\n`,
						resolveDir: root,
						sourcefile: `${s.out}-entry.ts`,
						loader: 'ts'
					}
				}
			: { entryPoints: [resolve(root, s.entry)] }),
		outfile,
		bundle: true,
		minify: true,
		format: s.format,
		target: 'es2020',
		platform: 'browser',
		legalComments: 'none',
		// `$lib/…` as in the app. The on-demand modules are loaded by path at run time (dom.ts).
		alias: { $lib: resolve(root, 'src/lib') },
		loader: { '.css': 'text' },
		write: true,
		logLevel: 'warning'
	});
	if (watch) {
		await ctx.watch();
		continue;
	}
	await ctx.rebuild();
	await ctx.dispose();
	const bytes = readFileSync(outfile);
	const gzip = gzipSync(bytes, { level: 9 }).length;
	console.log(`static/${s.out}: ${(bytes.length / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip`);
}
