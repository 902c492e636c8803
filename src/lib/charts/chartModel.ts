/**
 * Everything a chart shows, computed once from the dataset and the options: its marks, domains,
 * texts, source line and table. The dashboard, the widgets and the exports all draw from this, so
 * a chart reads the same wherever it appears.
 */
import type { Article, Figure, Records } from '$lib/data/schema';
import { formatDate, formatDateSpan, formatValue } from '$lib/i18n/format';
import { messages } from '$lib/i18n/messages';
import type { Lang, Options, YScale } from '$lib/view/options';
import {
	sanctionLevels,
	sanctionMarks,
	timelineMarks,
	timelineLanes,
	type EventMark,
	type Occurrence
} from './eventSeries';
import {
	arrestMarks,
	protestMarks,
	seriesOrder,
	valueDomains,
	type FigureMark,
	type FigureSeriesId
} from './figureSeries';
import { storyNotes, type Note } from './notes';
import type { DayRange } from './range';

export const chartIds = ['arrests', 'protests', 'sanctions', 'timeline'] as const;
export type ChartId = (typeof chartIds)[number];

/** Each chart's drawing height on the dashboard and in a widget: the timeline's ten lanes need more. */
export const chartHeights: Record<ChartId, number> = {
	arrests: 300,
	protests: 300,
	sanctions: 300,
	timeline: 420
};

export interface ChartText {
	title: string;
	subtitle: string;
	yLabel: string;
	/** "Bronnen: #003 (15 aug 2020), #004 (14 sep 2020)" */
	sourceLine: string;
	/** What the chart shows, for screen readers and the SVG's <desc>. */
	description: string;
}

export interface TableRow {
	id: string;
	date: string;
	what: string;
	value: string;
	place: string;
	quote: string;
	article: string;
}

interface ModelBase {
	id: ChartId;
	range: DayRange;
	lang: Lang;
	text: ChartText;
	articles: Article[];
	table: TableRow[];
	/**
	 * The story's notes in range: on a mark of this chart (`mark`), written beside it or as its label;
	 * else (an event on a figure chart) a reference line on its day.
	 */
	notes: (Note & { mark: boolean })[];
}

export interface FigureChartModel extends ModelBase {
	type: 'figures';
	marks: FigureMark[];
	series: FigureSeriesId[];
	yscale: YScale;
	yDomain: readonly [number, number];
}

export interface EventChartModel extends ModelBase {
	type: 'events';
	marks: EventMark[];
	/** Row labels top to bottom; a mark's `row` indexes this (sanction levels start at 1). */
	rows: { row: number; label: string }[];
	stepLine: boolean;
}

export type ChartModel = FigureChartModel | EventChartModel;

export function articleLabel(a: Pick<Article, 'id'>): string {
	return `#${a.id.slice(0, 3)}`;
}

/** The articles the records come from, oldest first, named with their days. */
export function sourceLine(articles: Article[], lang: Lang): string {
	const m = messages[lang];
	if (articles.length === 0) return `${m.sources}: —`;
	const list = articles.map((a) => `${articleLabel(a)} (${formatDate(a.date, lang)})`).join(', ');
	return `${articles.length === 1 ? m.source : m.sources}: ${list}`;
}

/** The articles `records` come from, oldest first: what a source line names. */
export function citedArticles(d: Pick<Records, 'articles'>, records: { article: string }[]): Article[] {
	const ids = new Set(records.map((r) => r.article));
	return d.articles.filter((a) => ids.has(a.id)).sort((a, b) => (a.date < b.date ? -1 : 1));
}

/**
 * A record's place as a reader should take it: its name, or that no place is named (a stand-in
 * says where the map puts it).
 */
export function placeName(d: Pick<Records, 'places'>, id: string | null, lang: Lang): string {
	const m = messages[lang].place;
	if (id === null) return m.none;
	const p = d.places.find((x) => x.id === id);
	if (!p) return id;
	const name = lang === 'nl' ? p.name_nl : p.name_en;
	return p.precision === 'stand_in' ? m.standIn(name) : name;
}

/** The places of an occurrence's reports, each once: "Litouwen, Letland, Polen, Oekraïne". */
function placesOf(d: Pick<Records, 'places'>, reports: { place: string | null }[], lang: Lang): string {
	return [...new Set(reports.map((r) => placeName(d, r.place, lang)))].join(', ');
}

export function figureRow(d: Records, f: Figure, lang: Lang): TableRow {
	return {
		id: f.id,
		date: formatDateSpan(f.date, f.date_end, lang),
		what: messages[lang].metrics[f.metric],
		value: formatValue(f, lang),
		place: placeName(d, f.place, lang),
		quote: f.quote,
		article: articleLabel({ id: f.article })
	};
}

/** An occurrence's row: its first report's words, and the places and articles of all its reports. */
export function eventRow(d: Records, { event: e, reports }: Occurrence, lang: Lang): TableRow {
	return {
		id: e.id,
		date: formatDateSpan(e.date, e.date_end, lang),
		what: lang === 'nl' ? e.title_nl : e.title_en,
		value: messages[lang].kinds[e.kind],
		place: placesOf(d, reports, lang),
		quote: e.quote,
		article: [...new Set(reports.map((r) => articleLabel({ id: r.article })))].join(', ')
	};
}

export function chartModel(
	id: ChartId,
	d: Records,
	o: Pick<Options, 'lang' | 'from' | 'to' | 'yscale'> & Partial<Pick<Options, 'notes'>>
): ChartModel {
	const range = { from: o.from, to: o.to };
	const all = o.notes === false ? [] : storyNotes(d, range, o.lang);
	const events = new Set(d.events.map((e) => e.id));
	/** Notes on this chart's marks, and (figure charts) the events' notes as reference lines. */
	const notesFor = (marks: { id: string }[], lines: boolean) => {
		const ids = new Set(marks.map((k) => k.id));
		return all.flatMap((n) =>
			ids.has(n.id) ? [{ ...n, mark: true }] : lines && events.has(n.id) ? [{ ...n, mark: false }] : []
		);
	};
	const m = messages[o.lang];
	const period = [formatDate(o.from, o.lang), formatDate(o.to, o.lang)] as const;
	if (id === 'arrests' || id === 'protests') {
		const marks = id === 'arrests' ? arrestMarks(d.figures, range) : protestMarks(d.figures, range);
		const figures = marks.map((k) => k.figure);
		const articles = citedArticles(d, figures);
		const t = m.charts[id];
		return {
			id,
			type: 'figures',
			range,
			lang: o.lang,
			marks,
			series: seriesOrder[id],
			yscale: o.yscale,
			yDomain: valueDomains[id][o.yscale],
			articles,
			table: figures.map((f) => figureRow(d, f, o.lang)),
			notes: notesFor(marks, true),
			text: {
				title: t.title,
				subtitle: t.subtitle,
				yLabel: o.yscale === 'log' ? t.yLabel : t.yLabelLinear,
				sourceLine: sourceLine(articles, o.lang),
				description: m.describe.figures(t.title, marks.length, ...period)
			}
		};
	}
	const marks = id === 'sanctions' ? sanctionMarks(d.events, range) : timelineMarks(d.events, range);
	const articles = citedArticles(
		d,
		marks.flatMap((k) => k.reports)
	);
	const t = m.charts[id];
	const rows =
		id === 'sanctions'
			? (['personal_package', 'decision'] as const).map((s) => ({
					row: sanctionLevels[s],
					label: m.steps[s]
				}))
			: timelineLanes.map((k, i) => ({ row: i, label: m.kinds[k] }));
	return {
		id,
		type: 'events',
		range,
		lang: o.lang,
		marks,
		rows,
		stepLine: id === 'sanctions',
		articles,
		table: marks.map((k) => eventRow(d, k, o.lang)),
		// A mark alone on its row (the election, each sanction step) is named by the row's label already.
		notes: notesFor(
			marks.filter((k) => marks.filter((o) => o.row === k.row).length > 1),
			false
		),
		text: {
			title: t.title,
			subtitle: t.subtitle,
			yLabel: t.yLabel,
			sourceLine: sourceLine(articles, o.lang),
			description: m.describe.events(t.title, marks.length, ...period)
		}
	};
}

/** What a screen reader hears on a mark, and the tooltip's first line. */
export function markLabel(model: ChartModel, id: string, d: Pick<Records, 'places'>): string {
	const m = messages[model.lang];
	if (model.type === 'figures') {
		const mark = model.marks.find((k) => k.id === id)!;
		const f = mark.figure;
		return `${m.series[mark.series]}, ${formatDateSpan(f.date, f.date_end, model.lang)}: ${formatValue(f, model.lang)}`;
	}
	const { event: e, reports } = model.marks.find((k) => k.id === id)!;
	return `${formatDateSpan(e.date, e.date_end, model.lang)}: ${model.lang === 'nl' ? e.title_nl : e.title_en} (${placesOf(d, reports, model.lang)})`;
}
