/**
 * Slide-ready SVG of a chart or the map. Render once: the file is the server render of the same
 * component the dashboard shows (`Chart.svelte`), given a `frame` (title, source, credit, metadata,
 * inline stylesheet with concrete colours), then cleaned into a standalone file (`cleanSvg`).
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
import { chartModel, citedArticles, sourceLine, type ChartId, type ChartModel } from '$lib/charts/chartModel';
import { chartCss, palettes, type Palette } from '$lib/charts/palette';
import Chart from '$lib/components/charts/Chart.svelte';
import type { ExportFrame } from '$lib/components/charts/ChartSvg.svelte';
import MapSvg from '$lib/components/map/MapSvg.svelte';
import { mapLayout } from '$lib/map/projection';
import { placeSummaries } from '$lib/charts/placeSummaries';
import { formatDate } from '$lib/i18n/format';
import type { Records } from '$lib/data/schema';
import { messages } from '$lib/i18n/messages';
import { defaultOptions, presets, type Options } from '$lib/view/options';
import { cleanSvg, extractSvg } from './cleanSvg';
import { frameLayout, wrapFrameText, type FrameLayout, type FrameTexts } from './frameLayout';
import { exportIds, exportOptionNames, isExportId, type ExportId, type ExportOptions } from './urls';

export { exportIds, exportOptionNames, isExportId, type ExportId, type ExportOptions };

/** Without a preset or w/h, an export is a 16:9 slide of 1280×720. */
export const DEFAULT_PRESET = 'slide-720' as const;

/** The file's size in pixels: w/h win over the preset, the preset over the default. */
export function exportSize(o: Pick<Options, 'w' | 'h' | 'preset'>): { width: number; height: number } {
	const p = presets[o.preset ?? DEFAULT_PRESET];
	return { width: o.w ?? p.w, height: o.h ?? p.h };
}

/** Light colours for auto and transparent (a file has no reader's system to follow). */
function paletteOf(theme: Options['theme']): Palette {
	return theme === 'dark' ? palettes.dark : palettes.light;
}

const cssCache = new WeakMap<Palette, string>();

/** `chartCss` with a palette's hex colours, so the file needs no outside stylesheet (made once per palette). */
export function exportCss(p: Palette): string {
	let css = cssCache.get(p);
	if (!css) cssCache.set(p, (css = paletteCss(p)));
	return css;
}

function paletteCss(p: Palette): string {
	return chartCss((name) => {
		if (name === 'bg') return p.background;
		if (name.startsWith('series-')) return p.series[name.slice(7) as keyof Palette['series']];
		const v = p[name as keyof Palette];
		if (typeof v !== 'string') throw new Error(`No colour "${name}" in the palette`);
		return v;
	});
}

/** `belarus-2020-arrests-nl-1920x1080-dark@2x.png` */
export function exportFilename(
	id: ExportId,
	o: Pick<ExportOptions, 'w' | 'h' | 'preset' | 'theme' | 'lang' | 'scale'>,
	ext: 'svg' | 'png'
): string {
	const { width, height } = exportSize(o);
	const theme = o.theme === 'dark' || o.theme === 'transparent' ? `-${o.theme}` : '';
	const density = ext === 'png' && o.scale > 1 ? `@${o.scale}x` : '';
	return `belarus-2020-${id}-${o.lang}-${width}x${height}${theme}${density}.${ext}`;
}

/** The records a file shows (every report of an event drawn once), with their quotes and articles, for its `<metadata>`. */
function chartMetadata(model: ChartModel, o: ExportOptions): string {
	const records =
		model.type === 'figures' ? model.marks.map((k) => k.figure) : model.marks.flatMap((k) => k.reports);
	const unique = [...new Map(records.map((r) => [r.id, r])).values()];
	return JSON.stringify({
		chart: model.id,
		title: model.text.title,
		lang: o.lang,
		from: o.from,
		to: o.to,
		articles: model.articles.map((a) => ({ id: a.id, date: a.date, title: a.title })),
		records: unique
	});
}

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
const cache = new WeakMap<Records, { files: Map<string, ExportResult>; chars: number }>();
const CACHE_SIZE = 300;
/** 16 MB of UTF-16: a few hundred slides (a chart is 20–60 KB, the map ~150 KB). */
const CACHE_CHARS = 8 * 1024 * 1024;

function cached(records: Records, key: string, make: () => ExportResult): ExportResult {
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
export function svgCacheSize(records: Records): { files: number; chars: number } {
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
	records: Records,
	options: Partial<ExportOptions> = {}
): ExportResult {
	const o: ExportOptions = { ...defaultOptions, ...options };
	return cached(records, exportKey(id, o), () => {
		const { svg, fits } = id === 'map' ? renderMap(records, o) : renderChart(id, records, o);
		return { svg, fits, etag: etagOf(svg), filename: exportFilename(id, o, 'svg') };
	});
}

/** Like `exportSvg`, always rendering anew (for benchmarks and tests of the render itself). */
export function exportSvgUncached(
	id: ExportId,
	records: Records,
	options: Partial<ExportOptions> = {}
): string {
	const o: ExportOptions = { ...defaultOptions, ...options };
	return (id === 'map' ? renderMap(records, o) : renderChart(id, records, o)).svg;
}

function frameFor(
	layout: FrameLayout,
	texts: Omit<FrameTexts, 'left' | 'own'>,
	description: string,
	metadata: string,
	o: ExportOptions
): ExportFrame {
	const p = paletteOf(o.theme);
	return {
		title: texts.title,
		subtitle: texts.subtitle,
		note: texts.note ?? null,
		source: texts.source,
		credit: texts.credit,
		description,
		css: exportCss(p),
		background: o.theme === 'transparent' ? null : p.background,
		metadata,
		headerHeight: layout.headerHeight,
		footerHeight: layout.footerHeight
	};
}

/** Cleans the render into the file and sets long frame texts on several lines. */
function finish(body: string, size: { width: number; height: number }, layout: FrameLayout): Rendered {
	const svg = wrapFrameText(cleanSvg(extractSvg(body), { ...size, scale: layout.scale }), layout);
	return { svg, fits: layout.fits };
}

type Rendered = Pick<ExportResult, 'svg' | 'fits'>;

/**
 * The frame's texts: a presenter's own title, subtitle and note where given (a headline shows even
 * with `title=hide`, which hides ours), and always our source line and credit.
 */
function frameTexts(o: ExportOptions, ours: { title: string; subtitle: string; source: string }) {
	return {
		title: o.headline ?? (o.title ? ours.title : null),
		subtitle: o.subtitle ?? ours.subtitle,
		note: o.note,
		source: ours.source,
		credit: story[o.lang].credit,
		own: o.headline !== null || o.subtitle !== null || o.note !== null
	};
}

function renderChart(id: ChartId, records: Records, o: ExportOptions): Rendered {
	const model = chartModel(id, records, o);
	const texts = frameTexts(o, { ...model.text, source: model.text.sourceLine });
	const size = exportSize(o);
	// The frame's text starts where ChartSvg puts it: at the plot's left edge.
	const layout = frameLayout(size, { ...texts, left: model.type === 'figures' ? 62 : 10 });
	const frame = frameFor(layout, texts, model.text.description, chartMetadata(model, o), o);
	const { body } = render(Chart, {
		props: { model, places: records.places, width: layout.width, height: layout.height, frame }
	});
	return finish(body, size, layout);
}

function renderMap(records: Records, o: ExportOptions): Rendered {
	const m = messages[o.lang];
	const summaries = placeSummaries(records, { from: o.from, to: o.to });
	const plotted = summaries.flatMap((s) => [...s.figures, ...s.events]);
	const articles = citedArticles(records, plotted);
	const texts = frameTexts(o, { ...m.charts.map, source: sourceLine(articles, o.lang) });
	const size = exportSize(o);
	const layout = frameLayout(size, { ...texts, left: 16 });
	const description = m.map.describe(
		summaries.length,
		plotted.length,
		formatDate(o.from, o.lang),
		formatDate(o.to, o.lang)
	);
	const metadata = JSON.stringify({
		chart: 'map',
		title: m.charts.map.title,
		lang: o.lang,
		from: o.from,
		to: o.to,
		articles: articles.map((a) => ({ id: a.id, date: a.date, title: a.title })),
		places: summaries.map((s) => ({ id: s.place.id, name_nl: s.place.name_nl, name_en: s.place.name_en })),
		records: plotted
	});
	const frame = frameFor(layout, texts, description, metadata, o);
	const mapHeight = layout.height - frame.headerHeight - frame.footerHeight;
	const map = mapLayout(records.places, layout.width, mapHeight, true);
	const { body } = render(MapSvg, {
		props: { summaries, lang: o.lang, layout: map, width: layout.width, height: layout.height, frame }
	});
	return finish(body, size, layout);
}
