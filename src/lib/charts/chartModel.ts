/**
 * Everything a chart shows, computed once from the dataset and the options: its marks, domains,
 * texts, source line and table. The dashboard, the widgets and the exports all draw from this, so
 * a chart reads the same wherever it appears.
 */
import { articleRef, articleShortId, type ArticleRef } from '$lib/data/articleRef';
import type { Article, Figure, Records } from '$lib/data/schema';
import { formatDate, formatDateSpan, formatNumber, formatValue } from '$lib/i18n/format';
import { figureBounds } from './bounds';
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
	/** The figure chart's series (Heel Belarus, Oppositie …), as on its mark; null in event charts. */
	series: string | null;
	value: string;
	place: string;
	quote: string;
	/** The language of the quote (its article's): `lang` on it in an English view. */
	quoteLang: string;
	/** The articles the record (an event: each of its reports) comes from, by title and day. */
	articles: ArticleRef[];
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

/** The articles the records come from, oldest first, named with their days: short ids, as an export has little room. */
export function sourceLine(articles: Article[], lang: Lang): string {
	const m = messages[lang];
	if (articles.length === 0) return `${m.sources}: —`;
	const list = articles.map((a) => `${articleShortId(a.id)} (${formatDate(a.date, lang)})`).join(', ');
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

/** Every article as a reader is told of it, by id: made once for a chart's table, not once per row. */
type ArticleRefs = Map<string, ArticleRef>;
function articleRefsById(d: Pick<Records, 'articles'>, lang: Lang): ArticleRefs {
	return new Map(d.articles.map((a) => [a.id, articleRef(a, lang)]));
}

/** The articles of `ids`, each once. */
function articleRefs(refs: ArticleRefs, ids: string[]): ArticleRef[] {
	return [...new Set(ids)].flatMap((id) => refs.get(id) ?? []);
}

function quoteLang(d: Pick<Records, 'articles'>, article: string): string {
	return d.articles.find((a) => a.id === article)?.language ?? 'nl';
}

/**
 * A figure's value in words, with the range a vague count is drawn as: "duizenden (getekend als
 * 2.000 tot 10.000)", so the band the chart draws is said wherever the value is.
 */
export function valueInWords(f: Pick<Figure, 'value' | 'qualifier' | 'unit'>, lang: Lang): string {
	const words = formatValue(f, lang);
	if (f.qualifier !== 'magnitude') return words;
	const b = figureBounds(f);
	return messages[lang].drawnAs(words, formatNumber(b.lower, lang), formatNumber(b.upper, lang));
}

function figureRow(
	d: Records,
	refs: ArticleRefs,
	f: Figure,
	lang: Lang,
	series: FigureSeriesId | null
): TableRow {
	const ref = refs.get(f.article);
	return {
		id: f.id,
		date: formatDateSpan(f.date, f.date_end, lang),
		what: messages[lang].metrics[f.metric],
		series: series && messages[lang].series[series],
		value: valueInWords(f, lang),
		place: placeName(d, f.place, lang),
		quote: f.quote,
		quoteLang: quoteLang(d, f.article),
		articles: ref ? [ref] : []
	};
}

/** An occurrence's row: its first report's words, and the places and articles of all its reports. */
function eventRow(d: Records, refs: ArticleRefs, { event: e, reports }: Occurrence, lang: Lang): TableRow {
	return {
		id: e.id,
		date: formatDateSpan(e.date, e.date_end, lang),
		what: lang === 'nl' ? e.title_nl : e.title_en,
		series: null,
		// A sanction says its step, as its row on the chart does.
		value: e.step
			? `${messages[lang].kinds[e.kind]}: ${messages[lang].steps[e.step]}`
			: messages[lang].kinds[e.kind],
		place: placesOf(d, reports, lang),
		quote: e.quote,
		quoteLang: quoteLang(d, e.article),
		articles: articleRefs(
			refs,
			reports.map((r) => r.article)
		)
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
	const refs = articleRefsById(d, o.lang);
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
			table: marks.map((k) => figureRow(d, refs, k.figure, o.lang, k.series)),
			notes: notesFor(marks, true),
			text: {
				title: t.title,
				subtitle: t.subtitle,
				yLabel: o.yscale === 'log' ? t.yLabel : t.yLabelLinear,
				sourceLine: sourceLine(articles, o.lang),
				description: `${m.describe.figures(t.title, marks.length, ...period)} ${figureTakeaway(id, marks, o.lang)}`
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
		table: marks.map((k) => eventRow(d, refs, k, o.lang)),
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
			description: `${m.describe.events(t.title, marks.length, ...period)} ${eventTakeaway(id, marks, o.lang)}`
		}
	};
}

/** The one sentence a figure chart says: its largest value (by its lower bound: a vague count is never more than it says). */
function figureTakeaway(id: 'arrests' | 'protests', marks: FigureMark[], lang: Lang): string {
	const m = messages[lang];
	const top = marks.reduce<FigureMark | null>((best, k) => (!best || k.lower > best.lower ? k : best), null);
	if (!top) return m.takeaway.none;
	const f = top.figure;
	return m.takeaway[id](
		valueInWords(f, lang),
		formatDateSpan(f.date, f.date_end, lang),
		m.series[top.series]
	);
}

/** The one sentence an event chart says: the steps and the last (sanctions), the kind reported most (timeline). */
function eventTakeaway(id: 'sanctions' | 'timeline', marks: EventMark[], lang: Lang): string {
	const m = messages[lang];
	if (marks.length === 0) return m.takeaway.none;
	if (id === 'sanctions') {
		const last = marks.reduce((a, b) => (b.event.date > a.event.date ? b : a));
		const step = last.event.step;
		return m.takeaway.sanctions(
			marks.length,
			step ? m.steps[step] : m.kinds[last.event.kind],
			formatDate(last.event.date, lang)
		);
	}
	const counts = new Map<Occurrence['event']['kind'], number>();
	for (const k of marks) counts.set(k.event.kind, (counts.get(k.event.kind) ?? 0) + 1);
	const [kind, n] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
	return m.takeaway.timeline(m.kinds[kind], n);
}

/** What a screen reader hears on a mark, and the tooltip's first line. */
export function markLabel(model: ChartModel, id: string, d: Pick<Records, 'places'>): string {
	const m = messages[model.lang];
	if (model.type === 'figures') {
		const mark = model.marks.find((k) => k.id === id)!;
		const f = mark.figure;
		// Arrests' series are places (heel Belarus, Minsk); a protest's place is said with its day.
		const place = model.id === 'protests' ? `, ${placeName(d, f.place, model.lang)}` : '';
		return `${m.series[mark.series]}, ${formatDateSpan(f.date, f.date_end, model.lang)}${place}: ${valueInWords(f, model.lang)}`;
	}
	const { event: e, reports } = model.marks.find((k) => k.id === id)!;
	return `${formatDateSpan(e.date, e.date_end, model.lang)}: ${model.lang === 'nl' ? e.title_nl : e.title_en} (${placesOf(d, reports, model.lang)})`;
}
