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
		if (name === 'accent-text') return p.accentText;
		if (name.startsWith('series-')) return p.series[name.slice(7) as keyof Palette['series']];
		const v = p[name as keyof Palette];
		if (typeof v !== 'string') throw new Error(`No colour "${name}" in the palette`);
		return v;
	});
}

/** `belarus-2020-arrests-nl-1920x1080-dark@2x.png` */
export function exportFilename(id: ExportId, o: ExportOptions, ext: 'svg' | 'png'): string {
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
		svg: id === 'map' ? renderMap(records, o) : renderChart(id, records, o),
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
	return id === 'map' ? renderMap(records, o) : renderChart(id, records, o);
}

function frameFor(
	layout: FrameLayout,
	texts: Omit<FrameTexts, 'left'>,
	description: string,
	metadata: string,
	o: ExportOptions
): ExportFrame {
	const p = paletteOf(o.theme);
	return {
		title: texts.title,
		subtitle: texts.subtitle,
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
function finish(body: string, size: { width: number; height: number }, layout: FrameLayout): string {
	return wrapFrameText(cleanSvg(extractSvg(body), { ...size, scale: layout.scale }), layout);
}

function renderChart(id: ChartId, records: Records, o: ExportOptions): string {
	const model = chartModel(id, records, o);
	const texts = {
		title: o.title ? model.text.title : null,
		subtitle: model.text.subtitle,
		source: model.text.sourceLine,
		credit: story[o.lang].credit
	};
	const size = exportSize(o);
	// The frame's text starts where ChartSvg puts it: at the plot's left edge.
	const layout = frameLayout(size, { ...texts, left: model.type === 'figures' ? 62 : 10 });
	const frame = frameFor(layout, texts, model.text.description, chartMetadata(model, o), o);
	const { body } = render(Chart, {
		props: { model, places: records.places, width: layout.width, height: layout.height, frame }
	});
	return finish(body, size, layout);
}

function renderMap(records: Records, o: ExportOptions): string {
	const m = messages[o.lang];
	const summaries = placeSummaries(records, { from: o.from, to: o.to });
	const plotted = summaries.flatMap((s) => [...s.figures, ...s.events]);
	const articles = citedArticles(records, plotted);
	const texts = {
		title: o.title ? m.charts.map.title : null,
		subtitle: m.charts.map.subtitle,
		source: sourceLine(articles, o.lang),
		credit: story[o.lang].credit
	};
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
