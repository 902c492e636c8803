/**
 * The shape of every data file in `data/`, as zod schemas. Files are parsed with these at load
 * (build, server start, `npm run check:data`); the rest of the code trusts the inferred types.
 */
import { z } from 'zod';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD');
const id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'an id of lower-case letters, digits, _ and -');

export const qualifiers = ['exact', 'approx', 'more_than', 'at_least', 'magnitude'] as const;
export const Qualifier = z.enum(qualifiers);
export type Qualifier = z.infer<typeof Qualifier>;

/** How exactly a record's date is known: one day, a span of days, a month, or "as of" the article's day. */
export const datePrecisions = ['day', 'span', 'month', 'approx', 'as_of'] as const;
export const DatePrecision = z.enum(datePrecisions);
export type DatePrecision = z.infer<typeof DatePrecision>;

export const Article = z.strictObject({
	id,
	file: z.string().regex(/^[\w-]+\.txt$/, 'a file name in data/articles/'),
	language: z.enum(['nl', 'en']),
	date: isoDay,
	/** The words in the text that fix the publication day, and how they were read. */
	date_reasoning: z.string().min(20),
	title: z.string().min(3),
	title_en: z.string().min(3)
});
export type Article = z.infer<typeof Article>;

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
export const Geometry = z.discriminatedUnion('type', [
	z.strictObject({ type: z.literal('Point'), coordinates: lonLat }),
	z.strictObject({ type: z.literal('LineString'), coordinates: z.array(lonLat).min(2) }),
	z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(z.array(lonLat).min(4)).min(1) })
]);
export type Geometry = z.infer<typeof Geometry>;

export const placeKinds = ['city', 'country', 'region', 'area', 'building'] as const;
export const Place = z.strictObject({
	id,
	name_nl: z.string().min(1),
	name_en: z.string().min(1),
	kind: z.enum(placeKinds),
	/** A representative point, also for countries and areas: where the map puts the mark. */
	lat: z.number().min(-90).max(90),
	lon: z.number().min(-180).max(180),
	geometry: Geometry,
	/** Spellings the articles use, found by the extractor ("Wit-Rusland", "Sotsji"). */
	aliases: z.array(z.string().min(2)),
	/** The articles that name or clearly imply the place; a note says which when implied. */
	articles: z.array(id),
	note: z.string().optional()
});
export type Place = z.infer<typeof Place>;

/** Fields shared by figures and events: where the record comes from and when it happened. */
const sourced = {
	id,
	date: isoDay,
	date_end: isoDay.nullable(),
	date_precision: DatePrecision,
	/** The words the date was resolved from, as they stand in the article ("zondag"). */
	date_words: z.string().min(1),
	place: id,
	article: id,
	quote: z.string().min(8),
	/** Records that report the same fact share a claim id. */
	claim: id.nullable(),
	/** Set when a date lies after the article's day because the article announces it. */
	announced: z.boolean().optional(),
	note: z.string().optional()
};

export const metrics = [
	'arrests',
	'protest_size',
	'deaths',
	'vote_share',
	'loan',
	'years_in_power',
	'released'
] as const;
export const Metric = z.enum(metrics);
export type Metric = z.infer<typeof Metric>;

export const units = ['people', 'percent', 'USD', 'years'] as const;

export const Figure = z.strictObject({
	...sourced,
	metric: Metric,
	value: z.number().positive(),
	qualifier: Qualifier,
	unit: z.enum(units),
	/** Who: for protests, which side marched; for vote shares, whose share. */
	side: z.enum(['opposition', 'government']).optional(),
	actor: z.string().optional(),
	/** A figure that is a part of another (500 in Minsk of 774 nationwide). */
	part_of: id.optional()
});
export type Figure = z.infer<typeof Figure>;

export const eventKinds = [
	'sanctions',
	'meeting',
	'call',
	'military_exercise',
	'election',
	'strike',
	'statement',
	'death'
] as const;
export const EventKind = z.enum(eventKinds);
export type EventKind = z.infer<typeof EventKind>;

export const sanctionSteps = ['decision', 'summit', 'personal_package'] as const;

export const Event = z.strictObject({
	...sourced,
	kind: EventKind,
	title_nl: z.string().min(3),
	title_en: z.string().min(3),
	actor: z.string().optional(),
	/** For sanctions: which step of the EU's sanctions this is. */
	step: z.enum(sanctionSteps).optional()
});
export type Event = z.infer<typeof Event>;

export const ArticlesFile = z.array(Article).min(1);
export const PlacesFile = z.array(Place).min(1);
export const FiguresFile = z.array(Figure);
export const EventsFile = z.array(Event);

export interface Dataset {
	articles: Article[];
	places: Place[];
	figures: Figure[];
	events: Event[];
	/** Full text of each article, by article id. */
	texts: Record<string, string>;
}

/** The records without the article texts: what views need and the browser receives. */
export type Records = Omit<Dataset, 'texts'>;
