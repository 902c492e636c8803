/**
 * Slide-ready SVG of a chart or the map. Render once: the file is the server render of the same
 * component the dashboard shows (`Chart.svelte`), given a `frame` (title, source, credit, metadata,
 * inline stylesheet with concrete colours), then cleaned into a standalone file (`cleanSvg`); the
 * drawing and the cleaning are drawing.ts's, shared with the files the browser makes on a static host.
 *
 * Fonts: the stylesheet names 'Source Sans 3' first, then metric-safe fallbacks (Arial / Liberation
 * Sans), and the font is NOT embedded: we chose widths over embedding. Most tools a presenter opens the file in (PowerPoint, Keynote,
 * Illustrator, LibreOffice, rsvg-convert) ignore `@font-face` in an SVG, so the layout has to fit the
 * fallback anyway; the frame is laid out for Arial's widths (`textWidth`, `frameLayout`), which are
 * wider than Source Sans 3's. Embedding three WOFF2 weights would add ~63 KB of base64 to every file for the
 * browsers only. The PNG export renders with the real Source Sans 3 (see png.ts).
 */
import { createHash } from 'node:crypto';
import { story } from '$lib/story/storyData';
import { render } from 'svelte/server';
import Chart from '$lib/components/charts/Chart.svelte';
import MapSvg from '$lib/components/map/MapSvg.svelte';
import type { StoryRecords } from '$lib/data/schema';
import { optionsFor } from '$lib/view/options';
import { exportDrawing, finishExport } from './drawing';
import { exportFilename, type ExportId, type ExportOptions } from './urls';

// The endpoint and the tests take these from here; they live in urls.ts, which the browser shares.
export { DEFAULT_PRESET, exportFilename, exportIds, exportOptionNames, exportSize, isExportId } from './urls';
export type { ExportId, ExportOptions } from './urls';

export interface ExportResult {
	svg: string;
	filename: string;
	/** Its strong validator (a hash of the bytes). */
	etag: string;
	/** False when a presenter's own words do not fit a file of this size (the endpoint refuses it). */
	fits: boolean;
}

/**
 * Finished files by records and options: the same request gives the same bytes, made once. Own
 * words make the options without number, so the files kept are bounded by count and by bytes.
 */
const cache = new WeakMap<StoryRecords, { files: Map<string, ExportResult>; chars: number }>();
const CACHE_SIZE = 300;
/** 16 MB of UTF-16: a few hundred slides (a chart is 20–60 KB, the map ~150 KB). */
const CACHE_CHARS = 8 * 1024 * 1024;

function cached(records: StoryRecords, key: string, make: () => ExportResult): ExportResult {
	let kept = cache.get(records);
	if (!kept) cache.set(records, (kept = { files: new Map(), chars: 0 }));
	const hit = kept.files.get(key);
	if (hit) return hit;
	const made = make();
	kept.files.set(key, made);
	kept.chars += made.svg.length;
	for (const [oldKey, old] of kept.files) {
		if (kept.files.size <= CACHE_SIZE && kept.chars <= CACHE_CHARS) break;
		kept.files.delete(oldKey);
		kept.chars -= old.svg.length;
	}
	return made;
}

/** How many files are kept and their length: for the tests that hold the cache to its bounds. */
export function svgCacheSize(records: StoryRecords): { files: number; chars: number } {
	const kept = cache.get(records);
	return { files: kept?.files.size ?? 0, chars: kept?.chars ?? 0 };
}

/** What a file depends on, besides the records (not `scale`: an SVG has no pixel density). */
export function exportKey(id: ExportId, o: ExportOptions): string {
	return JSON.stringify([
		id,
		o.lang,
		o.theme,
		o.from,
		o.to,
		o.title,
		o.yscale,
		o.w,
		o.h,
		o.preset,
		o.headline,
		o.subtitle,
		o.note
	]);
}

export const etagOf = (bytes: Uint8Array | string) =>
	`"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`;

/** The standalone SVG of a chart (or the map) and its download name. */
export function exportSvg(
	id: ExportId,
	records: StoryRecords,
	options: Partial<ExportOptions> = {}
): ExportResult {
	const o: ExportOptions = { ...optionsFor(records.period), ...options };
	return cached(records, exportKey(id, o), () => {
		const { svg, fits } = renderExport(id, records, o);
		return { svg, fits, etag: etagOf(svg), filename: exportFilename(id, o, 'svg') };
	});
}

/** Like `exportSvg`, always rendering anew (for benchmarks and tests of the render itself). */
export function exportSvgUncached(
	id: ExportId,
	records: StoryRecords,
	options: Partial<ExportOptions> = {}
): string {
	const o: ExportOptions = { ...optionsFor(records.period), ...options };
	return renderExport(id, records, o).svg;
}

/** The server's render of the drawing, cleaned into the file; `fits` false when own words don't fit it. */
function renderExport(id: ExportId, records: StoryRecords, o: ExportOptions): { svg: string; fits: boolean } {
	const drawing = exportDrawing(id, records, o, story[o.lang].credit);
	const { body } =
		drawing.kind === 'chart'
			? render(Chart, { props: drawing.props })
			: render(MapSvg, { props: drawing.props });
	return { svg: finishExport(body, drawing), fits: drawing.layout.fits };
}
