/**
 * PNG of a chart or the map: the SVG export (svg.ts), rasterised by resvg with the real Source Sans 3
 * (no system fonts, so a PNG looks the same on every server). `scale` is the pixel density: a
 * 1920×1080 file at scale 2 is a 3840×2160 PNG.
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Records } from '$lib/data/schema';
import { defaultOptions } from '$lib/view/options';
import { exportFilename, exportKey, exportSvg, type ExportId, type ExportOptions } from './svg';

const WEIGHTS = ['Regular', 'Semibold', 'Bold'] as const;

/** The TTFs of the weights the charts use (400, 600, 700), from the `source-sans` package. */
function fontFiles(): string[] {
	// Resolved like a module, so the built server finds them in the node_modules it runs with.
	const dir = join(dirname(createRequire(import.meta.url).resolve('source-sans/package.json')), 'TTF');
	const files = WEIGHTS.map((w) => join(dir, `SourceSans3-${w}.ttf`));
	const missing = files.filter((f) => !existsSync(f));
	if (missing.length) throw new Error(`Fonts for PNG export not found: ${missing.join(', ')}`);
	return files;
}

let fonts: ResvgRenderOptions['font'] | null = null;
function fontOptions(): ResvgRenderOptions['font'] {
	fonts ??= {
		fontFiles: fontFiles(),
		loadSystemFonts: false,
		defaultFontFamily: 'Source Sans 3',
		sansSerifFamily: 'Source Sans 3'
	};
	return fonts;
}

export interface PngResult {
	png: Buffer;
	filename: string;
	width: number;
	height: number;
}

/** Rasterises an SVG export at `scale` (1–3). */
export function rasterise(svg: string, scale: number): { png: Buffer; width: number; height: number } {
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'zoom', value: scale },
		font: fontOptions(),
		shapeRendering: 2,
		textRendering: 1,
		imageRendering: 0
	});
	const image = resvg.render();
	return { png: image.asPng(), width: image.width, height: image.height };
}

/** Finished PNGs by records and options: rasterising takes tens of milliseconds, so a file is made once. */
const cache = new WeakMap<Records, Map<string, PngResult>>();
const CACHE_SIZE = 40;

/** The PNG of a chart (or the map) at `options.scale`, and its download name. */
export function exportPng(id: ExportId, records: Records, options: Partial<ExportOptions> = {}): PngResult {
	const o: ExportOptions = { ...defaultOptions, ...options };
	const scale = Math.min(3, Math.max(1, Math.round(o.scale)));
	const key = `${exportKey(id, o)}|${scale}`;
	let byKey = cache.get(records);
	if (!byKey) cache.set(records, (byKey = new Map()));
	const hit = byKey.get(key);
	if (hit) return hit;
	const { svg } = exportSvg(id, records, o);
	const result = { ...rasterise(svg, scale), filename: exportFilename(id, { ...o, scale }, 'png') };
	if (byKey.size >= CACHE_SIZE) byKey.delete(byKey.keys().next().value!);
	byKey.set(key, result);
	return result;
}
