/**
 * The public data API's shapes: exactly the field names documented in the README, in a fixed order,
 * so that `/data/figures.json`, `/data/figures.csv`, embeds' "Get the data" links and exports agree.
 */
import { csvFormatRow } from 'd3-dsv';
import type { Dataset, Event, Figure } from '$lib/data/schema';
import { formatValue } from '$lib/i18n/format';

export function publicArticles(d: Dataset) {
	return d.articles.map((a) => ({ id: a.id, date: a.date, title: a.title, language: a.language }));
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
		geometry: p.geometry
	}));
}

export function publicFigure(f: Figure) {
	return {
		id: f.id,
		metric: f.metric,
		value: f.value,
		qualifier: f.qualifier,
		unit: f.unit,
		date: f.date,
		date_end: f.date_end,
		date_precision: f.date_precision,
		place: f.place,
		article: f.article,
		quote: f.quote,
		claim: f.claim,
		describes: f.describes ?? []
	};
}

export function publicEvent(e: Event) {
	return {
		id: e.id,
		kind: e.kind,
		title_nl: e.title_nl,
		title_en: e.title_en,
		date: e.date,
		date_end: e.date_end,
		place: e.place,
		article: e.article,
		quote: e.quote,
		claim: e.claim,
		describes: e.describes ?? [],
		denies: e.denies ?? null
	};
}

export function publicDataset(d: Dataset, figures = d.figures, events = d.events) {
	return {
		articles: publicArticles(d),
		places: publicPlaces(d),
		figures: figures.map(publicFigure),
		events: events.map(publicEvent)
	};
}

/** One table for figures and events: `record` says which, and the columns of the other stay empty. */
export const CSV_COLUMNS = [
	'record',
	'id',
	'metric',
	'kind',
	'title_nl',
	'title_en',
	'value',
	'qualifier',
	'value_text_nl',
	'value_text_en',
	'unit',
	'side',
	'part_of',
	'step',
	'announced',
	'date',
	'date_end',
	'date_precision',
	'place',
	'place_precision',
	'place_name_nl',
	'place_name_en',
	'lat',
	'lon',
	'article',
	'article_date',
	'quote',
	'claim',
	'describes',
	'denies'
] as const;

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula;
 * OWASP's advice is to prefix such cells with a quote so they stay text.
 */
export function neutraliseFormula(cell: string): string {
	return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function toCsv(d: Dataset, figures = d.figures, events = d.events): string {
	const places = new Map(d.places.map((p) => [p.id, p]));
	const articleDates = new Map(d.articles.map((a) => [a.id, a.date]));
	const where = (placeId: string | null) => {
		const p = placeId === null ? undefined : places.get(placeId);
		return {
			place_precision: p?.precision,
			place_name_nl: p?.name_nl,
			place_name_en: p?.name_en,
			lat: p?.lat,
			lon: p?.lon
		};
	};
	const rows: Record<string, unknown>[] = [
		...figures.map((f) => ({
			record: 'figure',
			...publicFigure(f),
			// As the article states it: a magnitude's value (1000) is a unit, not a count ("duizenden").
			value_text_nl: formatValue(f, 'nl'),
			value_text_en: formatValue(f, 'en'),
			side: f.side,
			part_of: f.part_of,
			announced: f.announced,
			...where(f.place),
			describes: f.describes?.join(' '),
			article_date: articleDates.get(f.article)
		})),
		...events.map((e) => ({
			record: 'event',
			...publicEvent(e),
			step: e.step,
			announced: e.announced,
			date_precision: e.date_precision,
			...where(e.place),
			describes: e.describes?.join(' '),
			denies: e.denies,
			article_date: articleDates.get(e.article)
		}))
	];
	const cells = rows.map((row) =>
		CSV_COLUMNS.map((c) => neutraliseFormula(row[c] === null || row[c] === undefined ? '' : String(row[c])))
	);
	// RFC 4180: CRLF line ends; a BOM so that Excel reads UTF-8 (Loekasjenko’s, Oekraïne) right.
	return '\uFEFF' + [[...CSV_COLUMNS], ...cells].map((r) => csvFormatRow(r) + '\r\n').join('');
}
