/**
 * What an export file draws, for the server (svg.ts) and the browser (browserExport.ts) alike: the
 * same component the dashboard shows (`Chart.svelte`, or `MapSvg.svelte`), its props with a `frame`
 * (title, source, credit, metadata, inline stylesheet with concrete colours), and the cleaning of its
 * markup into a standalone file (`cleanSvg`). See svg.ts for the fonts.
 */
import type { ComponentProps } from 'svelte';
import { chartModel, citedArticles, sourceLine, type ChartId, type ChartModel } from '$lib/charts/chartModel';
import { chartCss, palettes, type Palette } from '$lib/charts/palette';
import type Chart from '$lib/components/charts/Chart.svelte';
import type { ExportFrame } from '$lib/components/charts/ChartSvg.svelte';
import type MapSvg from '$lib/components/map/MapSvg.svelte';
import { mapLayout } from '$lib/map/projection';
import { placeSummaries } from '$lib/charts/placeSummaries';
import { formatDate } from '$lib/i18n/format';
import type { Records } from '$lib/data/schema';
import { messages } from '$lib/i18n/messages';
import type { Options } from '$lib/view/options';
import { cleanSvg, extractSvg } from './cleanSvg';
import { frameLayout, wrapFrameText, type FrameLayout, type FrameTexts } from './frameLayout';
import { exportSize, type ExportId, type ExportOptions } from './urls';

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

/**
 * The frame's texts: a presenter's own title, subtitle and note where given (a headline shows even
 * with `title=hide`, which hides ours), and always our source line and credit.
 */
function frameTexts(
	o: ExportOptions,
	ours: { title: string; subtitle: string; source: string },
	credit: string
) {
	return {
		title: o.headline ?? (o.title ? ours.title : null),
		subtitle: o.subtitle ?? ours.subtitle,
		note: o.note,
		source: ours.source,
		credit,
		own: o.headline !== null || o.subtitle !== null || o.note !== null
	};
}

/** The file from the markup of a drawing's render: cleaned, and long frame texts set on several lines. */
export function finishExport(body: string, { size, layout }: Pick<ExportDrawing, 'size' | 'layout'>): string {
	return wrapFrameText(cleanSvg(extractSvg(body), { ...size, scale: layout.scale }), layout);
}

/** What an export draws: the component, its props, and how the render becomes the file. */
export type ExportDrawing =
	| { kind: 'chart'; props: ComponentProps<typeof Chart>; size: Size; layout: FrameLayout }
	| { kind: 'map'; props: ComponentProps<typeof MapSvg>; size: Size; layout: FrameLayout };
type Size = { width: number; height: number };

/**
 * The drawing of chart or map `id` for a file with options `o`, the story's `credit` on it: the
 * server renders it with `svelte/server` (svg.ts), the browser mounts it (browserExport.ts), and
 * either's markup becomes the same file through `finishExport`.
 */
export function exportDrawing(
	id: ExportId,
	records: Records,
	o: ExportOptions,
	credit: string
): ExportDrawing {
	return id === 'map' ? mapDrawing(records, o, credit) : chartDrawing(id, records, o, credit);
}

function chartDrawing(id: ChartId, records: Records, o: ExportOptions, credit: string): ExportDrawing {
	const model = chartModel(id, records, o);
	const texts = frameTexts(o, { ...model.text, source: model.text.sourceLine }, credit);
	const size = exportSize(o);
	// The frame's text starts where ChartSvg puts it: at the plot's left edge.
	const layout = frameLayout(size, { ...texts, left: model.type === 'figures' ? 62 : 10 });
	const frame = frameFor(layout, texts, model.text.description, chartMetadata(model, o), o);
	const props = { model, places: records.places, width: layout.width, height: layout.height, frame };
	return { kind: 'chart', props, size, layout };
}

function mapDrawing(records: Records, o: ExportOptions, credit: string): ExportDrawing {
	const m = messages[o.lang];
	const summaries = placeSummaries(records, { from: o.from, to: o.to });
	const plotted = summaries.flatMap((s) => [...s.figures, ...s.events]);
	const articles = citedArticles(records, plotted);
	const texts = frameTexts(o, { ...m.charts.map, source: sourceLine(articles, o.lang) }, credit);
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
	const props = { summaries, lang: o.lang, layout: map, width: layout.width, height: layout.height, frame };
	return { kind: 'map', props, size, layout };
}
