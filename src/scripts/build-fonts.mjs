/**
 * Cuts the bundled Source Sans 3 (@fontsource, Latin) down to the characters the site can show:
 * every character of the articles, the curated data and the interface's words and components, and
 * printable ASCII. Written to `src/lib/fonts/` (generated, not committed: `npm run build` and
 * `npm run dev` run this first), where src/lib/fonts.css names them. A new article brings its
 * characters at the next build. The exports (PNG) keep using the full files, on the server.
 *
 *   node src/scripts/build-fonts.mjs
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = join(root, 'src/lib/fonts');
const WEIGHTS = [400, 600, 700];

/** Every file under `dir` whose name ends with one of `exts`. */
function files(dir, exts) {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && exts.some((x) => e.name.endsWith(x)))
		.map((e) => join(e.parentPath, e.name));
}

let text = '';
for (let c = 0x20; c < 0x7f; c++) text += String.fromCharCode(c);
for (const file of [
	...files(join(root, 'data'), ['.json', '.txt']),
	...files(join(root, 'src/lib'), ['.ts', '.svelte']),
	...files(join(root, 'src/routes'), ['.ts', '.svelte'])
])
	text += readFileSync(file, 'utf8');
const characters = [...new Set(text)].filter((c) => c >= ' ').join('');

mkdirSync(outDir, { recursive: true });
for (const weight of WEIGHTS) {
	const name = `source-sans-3-latin-${weight}-normal.woff2`;
	const full = readFileSync(join(root, 'node_modules/@fontsource/source-sans-3/files', name));
	const cut = await subsetFont(full, characters, { targetFormat: 'woff2' });
	writeFileSync(join(outDir, `source-sans-3-${weight}.woff2`), cut);
	console.log(`${name}: ${(full.length / 1024).toFixed(1)} KB → ${(cut.length / 1024).toFixed(1)} KB`);
}
