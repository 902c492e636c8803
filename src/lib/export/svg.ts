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
import { story } from '$lib/story/storyData';
import { render } from 'svelte/server';
import Chart from '$lib/components/charts/Chart.svelte';
import MapSvg from '$lib/components/map/MapSvg.svelte';
import type { Records } from '$lib/data/schema';
import { defaultOptions } from '$lib/view/options';
import { exportDrawing, finishExport } from './drawing';
import { exportFilename, type ExportId, type ExportOptions } from './urls';

// The endpoint and the tests take these from here; they live in urls.ts, which the browser shares.
export { DEFAULT_PRESET, exportFilename, exportIds, exportOptionNames, exportSize, isExportId } from './urls';
export type { ExportId, ExportOptions } from './urls';

export interface ExportResult {
	svg: string;
	filename: string;
}

/** Finished files by records and options: the same request gives the same bytes, made once. */
const cache = new WeakMap<Records, Map<string, ExportResult>>();
const CACHE_SIZE = 300;

function cached(records: Records, key: string, make: () => ExportResult): ExportResult {
	let byKey = cache.get(records);
	if (!byKey) cache.set(records, (byKey = new Map()));
	const hit = byKey.get(key);
	if (hit) return hit;
	const made = make();
	if (byKey.size >= CACHE_SIZE) byKey.delete(byKey.keys().next().value!);
	byKey.set(key, made);
	return made;
}

/** What a file depends on, besides the records (not `scale`: an SVG has no pixel density). */
export function exportKey(id: ExportId, o: ExportOptions): string {
	return [id, o.lang, o.theme, o.from, o.to, o.title, o.yscale, o.w, o.h, o.preset].join('|');
}

/** The standalone SVG of a chart (or the map) and its download name. */
export function exportSvg(
	id: ExportId,
	records: Records,
	options: Partial<ExportOptions> = {}
): ExportResult {
	const o: ExportOptions = { ...defaultOptions, ...options };
	return cached(records, exportKey(id, o), () => ({
		svg: renderExport(id, records, o),
		filename: exportFilename(id, o, 'svg')
	}));
}

/** Like `exportSvg`, always rendering anew (for benchmarks and tests of the render itself). */
export function exportSvgUncached(
	id: ExportId,
	records: Records,
	options: Partial<ExportOptions> = {}
): string {
	const o: ExportOptions = { ...defaultOptions, ...options };
	return renderExport(id, records, o);
}

/** The server's render of the drawing, cleaned into the file. */
function renderExport(id: ExportId, records: Records, o: ExportOptions): string {
	const drawing = exportDrawing(id, records, o, story[o.lang].credit);
	const { body } =
		drawing.kind === 'chart'
			? render(Chart, { props: drawing.props })
			: render(MapSvg, { props: drawing.props });
	return finishExport(body, drawing);
}
