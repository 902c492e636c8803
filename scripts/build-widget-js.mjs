/**
 * Builds `static/widget.js`, the one script of the server-rendered widgets, from
 * `src/lib/embed/enhance.ts` (and what it imports: `height.ts`'s message builders). One minified
 * classic script (an IIFE, ES2020), so that `<script src="/widget.js" defer>` runs it under the
 * widgets' CSP (script-src 'self'). Generated, not committed: `npm run build` runs this first.
 *
 *   node scripts/build-widget-js.mjs
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = resolve(root, 'static/widget.js');

const result = await build({
	stdin: {
		contents: "import { enhance } from './src/lib/embed/enhance.ts';\nenhance();\n",
		resolveDir: root,
		sourcefile: 'widget-entry.ts',
		loader: 'ts'
	},
	outfile,
	bundle: true,
	minify: true,
	format: 'iife',
	target: 'es2020',
	platform: 'browser',
	legalComments: 'none',
	write: true,
	metafile: true,
	logLevel: 'warning'
});

const bytes = Object.values(result.metafile.outputs)[0].bytes;
const gzip = gzipSync(readFileSync(outfile), { level: 9 }).length;
console.log(`static/widget.js: ${(bytes / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip`);
