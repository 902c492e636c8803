/**
 * The PNG rasteriser: an SVG export drawn by resvg at a pixel density (`scale` 2 makes a 1920×1080 file
 * a 3840×2160 PNG) with the real Source Sans 3 (no system fonts, so a PNG looks the same on every
 * server). It is the task of the PNG workers (png.ts, workerPool.ts), and so is the presenter's pack
 * (`pack`: its PNGs drawn and every file zipped, pack.ts): plain JavaScript that imports only
 * packages, so Node loads this very file in a worker process, from the sources under `npm run dev` and
 * from `build/` after `npm run build`. The server learns its address from `workerUrl`.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The address of this module wherever it runs (sources or build): the file a PNG worker loads. */
export const workerUrl = import.meta.url;

const WEIGHTS = ['Regular', 'Semibold', 'Bold'];

/** The TTFs of the weights the charts use (400, 600, 700), from the `source-sans` package. */
function fontFiles() {
	// Resolved like a module, so the built server finds them in the node_modules it runs with.
	const dir = join(dirname(createRequire(import.meta.url).resolve('source-sans/package.json')), 'TTF');
	const files = WEIGHTS.map((w) => join(dir, `SourceSans3-${w}.ttf`));
	const missing = files.filter((f) => !existsSync(f));
	if (missing.length) throw new Error(`Fonts for PNG export not found: ${missing.join(', ')}`);
	return files;
}

/** @type {import('@resvg/resvg-js').ResvgRenderOptions['font'] | null} */
let fonts = null;

/**
 * A raster (up to 144 MB) lives in native memory V8 does not count, so a worker's small heap would
 * rarely ask for a collection and finished rasters would pile up. The PNG workers run with
 * `--expose-gc` (workerPool.ts): after each file a worker collects, and the next file waits until the
 * finalizers that free the raster have run. Elsewhere (the main thread of a test or a benchmark) there
 * is no `gc` and nothing to wait for.
 */
const gc = /** @type {(() => void) | undefined} */ (globalThis.gc);
/** @type {Promise<unknown>} */
let collected = Promise.resolve();
const collect = () =>
	new Promise((resolve) =>
		setImmediate(() => {
			gc?.();
			setImmediate(resolve);
		})
	);

/**
 * @param {{ svg: string, scale: number }} task
 * @returns {Promise<{ png: Uint8Array, width: number, height: number }>}
 */
export default async function rasterise({ svg, scale }) {
	// Loaded here, not at the top: the server imports this module for its address only, and never
	// loads resvg's native code itself.
	const { Resvg } = await import('@resvg/resvg-js');
	await collected;
	fonts ??= {
		fontFiles: fontFiles(),
		loadSystemFonts: false,
		defaultFontFamily: 'Source Sans 3',
		sansSerifFamily: 'Source Sans 3'
	};
	const image = new Resvg(svg, {
		fitTo: { mode: 'zoom', value: scale },
		font: fonts,
		shapeRendering: 2,
		textRendering: 1,
		imageRendering: 0
	}).render();
	const result = { png: image.asPng(), width: image.width, height: image.height };
	collected = collect();
	return result;
}

/**
 * The presenter's pack: a zip of `files`, each a text (deflated) or an SVG to draw as a PNG at scale 1
 * (stored: a PNG is compressed already). fflate's streaming zip takes the files one at a time, so
 * only one raster is alive at once; the chunks it writes are joined into the file sent back.
 * Every entry carries the day `day` at noon as its time, so the same pack is the same bytes: as a
 * local time, because a zip stores the wall clock, and so in every time zone the same.
 *
 * @param {{ files: ({ name: string, text: string } | { name: string, svg: string })[], day: string }} task
 * @returns {Promise<Uint8Array>}
 */
export async function pack({ files, day }) {
	const { Zip, ZipDeflate, ZipPassThrough } = await import('fflate');
	const [y, m, d] = day.split('-').map(Number);
	const mtime = new Date(y, m - 1, d, 12);
	/** @type {Uint8Array[]} */
	const chunks = [];
	/** @type {Promise<void>} */
	const done = new Promise((resolve, reject) => {
		const zip = new Zip((error, chunk, final) => {
			if (error) return reject(error);
			chunks.push(chunk);
			if (final) resolve();
		});
		const encoder = new TextEncoder();
		(async () => {
			for (const file of files) {
				if ('text' in file) {
					const entry = new ZipDeflate(file.name, { level: 9 });
					entry.mtime = mtime;
					zip.add(entry);
					entry.push(encoder.encode(file.text), true);
				} else {
					const { png } = await rasterise({ svg: file.svg, scale: 1 });
					const entry = new ZipPassThrough(file.name);
					entry.mtime = mtime;
					zip.add(entry);
					entry.push(png, true);
				}
			}
			zip.end();
		})().catch(reject);
	});
	await done;
	const zipped = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
	let at = 0;
	for (const c of chunks) {
		zipped.set(c, at);
		at += c.length;
	}
	return zipped;
}
