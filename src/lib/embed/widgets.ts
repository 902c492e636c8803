/**
 * The widgets a newsroom can embed: which exist, which URL options each accepts, their URLs and a
 * starting height for the iframe. Shared by the widget pages, the embed dialog, oEmbed and the CSV
 * route, so that a widget's URL means the same everywhere. Pure: safe in the browser.
 */
import { chartHeights, chartIds } from '$lib/charts/chartModel';
import { messages } from '$lib/i18n/messages';
import type { ViewLinks } from '$lib/view/pageView';
import type { Period } from '$lib/story/period';
import {
	dashboardOptions,
	optionsToSearch,
	pymOptions,
	type Lang,
	type OptionName,
	type Options
} from '$lib/view/options';

export const widgetIds = [...chartIds, 'headlines', 'map'] as const;
export type WidgetId = (typeof widgetIds)[number];

export function isWidgetId(value: string): value is WidgetId {
	return (widgetIds as readonly string[]).includes(value);
}

/** The options a reader or an embed code may set, in the order URLs write them. */
const shared = ['lang', 'theme', 'from', 'to', 'title', 'source'] as const satisfies readonly OptionName[];

const widgetOptionNames: Record<WidgetId, readonly OptionName[]> = {
	arrests: [...shared, 'notes', 'height', 'yscale', 'sel'],
	protests: [...shared, 'notes', 'height', 'yscale', 'sel'],
	sanctions: [...shared, 'notes', 'height', 'sel'],
	timeline: [...shared, 'notes', 'height', 'sel'],
	map: [...shared, 'height', 'sel'],
	headlines: [...shared, 'sel']
};

/** The options `id`'s URL may carry, for `parseOptions` (Pym's included). */
export function widgetOptions(id: WidgetId): readonly OptionName[] {
	return [...widgetOptionNames[id], ...pymOptions];
}

/** The options an embed code writes (no Pym, no selection). */
export function embedCodeOptions(id: WidgetId): readonly OptionName[] {
	return widgetOptionNames[id].filter((n) => n !== 'sel');
}

/** Drawing height in CSS pixels when the URL gives none: the dashboard's, a little more for the map. */
export const defaultDrawingHeight: Record<WidgetId, number> = { ...chartHeights, map: 420, headlines: 0 };

export function drawingHeight(id: WidgetId, o: Pick<Options, 'height'>): number {
	return o.height ?? defaultDrawingHeight[id];
}

export function widgetTitle(id: WidgetId, lang: Lang): string {
	const m = messages[lang];
	return id === 'headlines' ? m.embedKit.headlinesTitle : m.charts[id].title;
}

/** `/embed/arrests?lang=en…`: the widget's path and query, options that equal the default left out. */
export function widgetPath(
	id: WidgetId,
	o: Partial<Options>,
	period: Period,
	names: readonly OptionName[] = widgetOptions(id)
): string {
	return `/embed/${id}${optionsToSearch(o, names, period)}`;
}

/** The dashboard showing the same view, scrolled to the chart. */
export function dashboardPath(id: WidgetId, o: Partial<Options>, period: Period): string {
	const { lang, from, to } = o;
	return `/${optionsToSearch({ lang, from, to }, dashboardOptions, period)}#chart-${id}`;
}

/** The CSV of exactly the records the widget shows. */
export function dataPath(id: WidgetId, o: Partial<Options>, period: Period): string {
	const { from, to } = o;
	return `/data/${id}.csv${optionsToSearch({ from, to }, ['from', 'to'], period)}`;
}

/** The width of a widget's frame when its URL gives none (Pym's `initialWidth`): an article column's. */
export const DEFAULT_FRAME_WIDTH = 640;
/** The widget's left and right padding together (`.widget` in `routes/embed/+layout.svelte`). */
export const WIDGET_PADDING_X = 10;

/**
 * The width the server lays a chart widget's drawing out for: the frame's width as Pym's
 * `initialWidth` gives it, less the widget's padding. The drawing scales with its viewBox until the
 * islands lay it out for the width it has.
 */
export function drawingWidth(o: Pick<Options, 'initialWidth'>): number {
	const frame = o.initialWidth !== null && o.initialWidth >= 200 ? o.initialWidth : DEFAULT_FRAME_WIDTH;
	return Math.min(1600, Math.max(240, frame - WIDGET_PADDING_X));
}

/**
 * What a widget's frame takes besides its drawing, at the width where it is tallest (Dutch, whose
 * words are longer): heading and subtitle, source line, and the rest (table toggle, links, padding;
 * for the headline strip, the strip itself). Measured in Chromium: the charts and the strip at
 * 320 px, the map at 768 px (where its drawing reaches its full height).
 */
const frameHeights = {
	chart: { title: 114, source: 45, rest: 122 },
	headlines: { title: 55, source: 48, rest: 417 },
	map: { title: 137, source: 49, rest: 94 }
} as const;
/**
 * Room for a line that breaks a little differently, and for the fallback font: with
 * `font-display: optional` a reader whose font comes late keeps the metric-matched fallback, whose
 * lines break differently (measured: 11 px more for the strip and the timeline at 320 px).
 */
const SLACK = 20;

/**
 * The iframe height of the embed codes: the widget fits it at every width from 320 px, links
 * included, with no scrolling; the auto-height script then fits the frame to the content.
 */
export function startHeight(id: WidgetId, o: Pick<Options, 'height' | 'title' | 'source'>): number {
	const f = id === 'headlines' || id === 'map' ? frameHeights[id] : frameHeights.chart;
	const frame = (o.title ? f.title : 0) + (o.source ? f.source : 0) + f.rest + SLACK;
	return drawingHeight(id, o) + frame;
}

/** What a widget's page hands the view it renders (ChartWidget, HeadlinesWidget, MapWidget). */
export type WidgetViewOptions = Pick<
	Options,
	'lang' | 'from' | 'to' | 'title' | 'source' | 'notes' | 'yscale'
>;
export interface WidgetViewProps {
	id: WidgetId;
	/** The widget's options; its range, language and selection are the page's view. */
	options: WidgetViewOptions;
	/** The drawing's height in CSS pixels. */
	height: number;
	/** The width the server lays the drawing out for (in the browser the chart measures its box). */
	width: number;
}

/** The props of a widget's island for its options (the map's layout comes besides). */
export function widgetViewProps(
	id: WidgetId,
	o: Pick<Options, 'title' | 'source' | 'notes' | 'yscale' | 'height' | 'initialWidth'>
): Omit<WidgetViewProps, 'options'> & { options: Pick<Options, 'title' | 'source' | 'notes' | 'yscale'> } {
	return {
		id,
		options: { title: o.title, source: o.source, notes: o.notes, yscale: o.yscale },
		height: drawingHeight(id, o),
		width: drawingWidth(o)
	};
}

/**
 * A widget's links for a view: a mark's link keeps the widget's options (and Pym's id), so that it
 * also works without JavaScript.
 */
export function widgetLinks(id: WidgetId, options: Partial<Options>, period: Period): ViewLinks {
	const linkTo: ViewLinks['linkTo'] = (v, change) =>
		optionsToSearch(
			{ ...options, lang: v.lang, from: v.from, to: v.to, sel: v.sel, ...change },
			widgetOptions(id),
			period
		) || '?';
	return { linkTo, hrefFor: (v, sel) => linkTo(v, { sel }) };
}
