/**
 * The public data API's shapes: exactly the field names documented in the README and the data
 * package, in a fixed order, so that `/data/figures.json`, `/data/figures.csv`, the spreadsheet,
 * embeds' "Get the data" links and exports agree: a figure or event carries the same fields in each.
 */
import { csvFormatRow } from 'd3-dsv';
import type { Dataset, Event, Figure } from '$lib/data/schema';
import { figureBounds } from '$lib/charts/bounds';
import { formatValue } from '$lib/i18n/format';

export function publicArticles(d: Dataset) {
	return d.articles.map((a) => ({
		id: a.id,
		file: a.file,
		language: a.language,
		date: a.date,
		date_reasoning: a.date_reasoning,
		title: a.title,
		title_en: a.title_en,
		outlet: a.outlet ?? null,
		url: a.url ?? null
	}));
}

export function publicPlaces(d: Dataset) {
	return d.places.map((p) => ({
		id: p.id,
		name_nl: p.name_nl,
		name_en: p.name_en,
		kind: p.kind,
		precision: p.precision,
		lat: p.lat,
		lon: p.lon,
		geometry: p.geometry,
		aliases: p.aliases,
		note: p.note ?? null
	}));
}

/**
 * The columns of `/data/figures.csv`, in order: figures and events in one table, `record` says
 * which, and the columns of the other stay empty. A JSON figure or event carries exactly its
 * columns (without `record`), under the same names: `FIGURE_FIELDS`, `EVENT_FIELDS`.
 */
export const CSV_COLUMNS = [
	'record',
	'id',
	'metric',
	'kind',
	'title_nl',
	'title_en',
	'value',
	'qualifier',
	'value_low',
	'value_high',
	'value_text_nl',
	'value_text_en',
	'unit',
	'side',
	'actor',
	'part_of',
	'step',
	'announced',
	'date',
	'date_end',
	'date_precision',
	'date_words',
	'date_words_en',
	'place',
	'place_words',
	'place_precision',
	'place_name_nl',
	'place_name_en',
	'lat',
	'lon',
	'article',
	'article_date',
	'article_title',
	'article_title_en',
	'quote',
	'quote_en',
	'claim',
	'describes',
	'denies',
	'note'
] as const;
export type Column = (typeof CSV_COLUMNS)[number];

const eventOnly: readonly Column[] = ['kind', 'title_nl', 'title_en', 'step', 'denies'];
const figureOnly: readonly Column[] = [
	'metric',
	'value',
	'qualifier',
	'value_low',
	'value_high',
	'value_text_nl',
	'value_text_en',
	'unit',
	'side',
	'part_of'
];
export const FIGURE_FIELDS = CSV_COLUMNS.filter((c) => c !== 'record' && !eventOnly.includes(c));
export const EVENT_FIELDS = CSV_COLUMNS.filter((c) => c !== 'record' && !figureOnly.includes(c));

type Cell = string | number | boolean | string[] | null;
export type PublicRecord = Record<string, Cell>;

/** What figures and events share: when, where, and the article they come from, its title included. */
function sourceFields(d: Dataset) {
	const places = new Map(d.places.map((p) => [p.id, p]));
	const articles = new Map(d.articles.map((a) => [a.id, a]));
	return (r: Figure | Event): PublicRecord => {
		const p = r.place === null ? undefined : places.get(r.place);
		const a = articles.get(r.article);
		return {
			id: r.id,
			actor: r.actor ?? null,
			announced: r.announced ?? false,
			date: r.date,
			date_end: r.date_end,
			date_precision: r.date_precision,
			date_words: r.date_words,
			date_words_en: r.date_words_en,
			place: r.place,
			place_words: r.place_words ?? null,
			place_precision: p?.precision ?? null,
			place_name_nl: p?.name_nl ?? null,
			place_name_en: p?.name_en ?? null,
			lat: p?.lat ?? null,
			lon: p?.lon ?? null,
			article: r.article,
			article_date: a?.date ?? null,
			article_title: a?.title ?? null,
			article_title_en: a?.title_en ?? null,
			quote: r.quote,
			quote_en: r.quote_en,
			claim: r.claim,
			describes: r.describes ?? [],
			note: r.note ?? null
		};
	};
}

function inOrder(fields: readonly Column[], values: PublicRecord): PublicRecord {
	return Object.fromEntries(fields.map((f) => [f, values[f] ?? null]));
}

/**
 * A figure as the API gives it. `value_low`/`value_high` are the range its chart mark draws
 * (`figureBounds`): "duizenden" 2,000–10,000, "meer dan 700" 700 with no top (null).
 */
export function publicFigure(f: Figure, source: (r: Figure) => PublicRecord): PublicRecord {
	const b = figureBounds(f);
	return inOrder(FIGURE_FIELDS, {
		...source(f),
		metric: f.metric,
		value: f.value,
		qualifier: f.qualifier,
		value_low: b.lower,
		value_high: b.open ? null : b.upper,
		// As the article states it: a magnitude's value (1000) is a unit, not a count ("duizenden").
		value_text_nl: formatValue(f, 'nl'),
		value_text_en: formatValue(f, 'en'),
		unit: f.unit,
		side: f.side ?? null,
		part_of: f.part_of ?? null
	});
}

export function publicEvent(e: Event, source: (r: Event) => PublicRecord): PublicRecord {
	return inOrder(EVENT_FIELDS, {
		...source(e),
		kind: e.kind,
		title_nl: e.title_nl,
		title_en: e.title_en,
		step: e.step ?? null,
		denies: e.denies ?? null
	});
}

/** The figures and events of `/data/figures.json` (all, or those a widget shows). */
export function publicRecords(d: Dataset, figures = d.figures, events = d.events) {
	const source = sourceFields(d);
	return {
		figures: figures.map((f) => publicFigure(f, source)),
		events: events.map((e) => publicEvent(e, source))
	};
}

export function publicDataset(d: Dataset, figures = d.figures, events = d.events) {
	return {
		articles: publicArticles(d),
		places: publicPlaces(d),
		...publicRecords(d, figures, events)
	};
}

/** A JSON value as a CSV cell: lists space-separated, null empty. */
export function csvCell(value: Cell | undefined): string {
	if (value === null || value === undefined) return '';
	return Array.isArray(value) ? value.join(' ') : String(value);
}

/** One row per figure and event, in `CSV_COLUMNS`: what the CSV and the spreadsheet hold. */
export function tableRows(d: Dataset, figures = d.figures, events = d.events): PublicRecord[] {
	const r = publicRecords(d, figures, events);
	return [
		...r.figures.map((f) => ({ record: 'figure', ...f })),
		...r.events.map((e) => ({ record: 'event', ...e }))
	];
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula;
 * OWASP's advice is to prefix such cells with a quote so they stay text.
 */
export function neutraliseFormula(cell: string): string {
	return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function toCsv(d: Dataset, figures = d.figures, events = d.events): string {
	const cells = tableRows(d, figures, events).map((row) =>
		CSV_COLUMNS.map((c) => neutraliseFormula(csvCell(row[c])))
	);
	// RFC 4180: CRLF line ends; a BOM so that Excel reads UTF-8 (Loekasjenko’s, Oekraïne) right.
	return '\uFEFF' + [[...CSV_COLUMNS], ...cells].map((r) => csvFormatRow(r) + '\r\n').join('');
}
