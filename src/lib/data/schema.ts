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
	title_en: z.string().min(3),
	/** Where the article appeared (a newspaper, a site), when the data knows it. */
	outlet: z.string().min(2).optional(),
	/** The article's address at its publisher, when the data knows it. */
	url: z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).optional()
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
/**
 * Whether the articles place the records here. `named`: they name the place (a city, a country, the
 * western border). `stand_in`: they give no place for its records (the EU's meetings, a KGB prison
 * they do not locate, Putin's side of a call); the point only stands in, the map draws it as such,
 * and the place's note says what it stands for.
 */
export const placePrecisions = ['named', 'stand_in'] as const;
export const Place = z.strictObject({
	id,
	name_nl: z.string().min(1),
	name_en: z.string().min(1),
	kind: z.enum(placeKinds),
	precision: z.enum(placePrecisions),
	/** A representative point, also for countries and areas: where the map puts the mark. */
	lat: z.number().min(-90).max(90),
	lon: z.number().min(-180).max(180),
	geometry: Geometry,
	/** Spellings the articles use, found by the extractor ("Wit-Rusland", "Sotsji"). */
	aliases: z.array(z.string().min(2)),
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
	/** `date_words` in English, a curated translation ("on Sunday"). */
	date_words_en: z.string().min(1),
	/** Null where the article names no place and no stand-in fits (NATO's denial). */
	place: id.nullable(),
	/** Where the place is read from when the quote does not name it ("Daar": Minsk, the sentence before). */
	place_words: z.string().min(3).optional(),
	article: id,
	quote: z.string().min(8),
	/**
	 * A curated English translation of `quote`, shown under the verbatim original in English views
	 * (never instead of it), marked as a translation.
	 */
	quote_en: z.string().min(8),
	/** Records that report the same fact share a claim id; charts draw a claim once. */
	claim: id.nullable(),
	/**
	 * The events this record reports on, not an occurrence of its own: "twee telefoongesprekken" are
	 * the two dated calls, a post's words the warning of the sentence before, "4 uur" the meeting's
	 * length. Drawn nowhere on its own; the source panels of those events list it.
	 */
	describes: z.array(id).min(1).optional(),
	/** Set when a date lies after the article's day because the article announces it. */
	announced: z.boolean().optional(),
	note: z.string().optional()
};

export const metrics = [
	'arrests',
	'protest_size',
	/** How many a movement counts, as of a day ("honderdduizenden demonstranten … houden vast"): no march. */
	'movement_size',
	'deaths',
	'vote_share',
	'loan',
	'years_in_power',
	/** Detention turned into house arrest ("hun detentie werd omgezet in huisarrest"): not a release. */
	'house_arrest',
	'duration'
] as const;
export const Metric = z.enum(metrics);
export type Metric = z.infer<typeof Metric>;

export const units = ['people', 'percent', 'USD', 'years', 'hours'] as const;

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
	'protest',
	'violence',
	'release',
	'strike',
	'statement',
	'death'
] as const;
export const EventKind = z.enum(eventKinds);
export type EventKind = z.infer<typeof EventKind>;

/** The steps of the EU's sanctions that the articles report as taken. */
export const sanctionSteps = ['decision', 'personal_package'] as const;

export const Event = z.strictObject({
	...sourced,
	kind: EventKind,
	title_nl: z.string().min(3),
	title_en: z.string().min(3),
	/**
	 * The words the title reports, each found in both the quote and `title_nl` (case aside): the
	 * check that the title says what the quote says ("gelast", not "geeft de schuld").
	 */
	title_words: z.array(z.string().min(2)).min(1),
	actor: z.string().optional(),
	/** For sanctions: which step of the EU's sanctions this is. */
	step: z.enum(sanctionSteps).optional(),
	/** The record whose claim this one denies ("Volgens het militaire bondgenootschap is dat niet waar"). */
	denies: id.optional()
});
export type Event = z.infer<typeof Event>;

export const ArticlesFile = z.array(Article).min(1);
export const PlacesFile = z.array(Place).min(1);
export const FiguresFile = z.array(Figure);
export const EventsFile = z.array(Event);

const STORY_PLACEHOLDERS = ['articles', 'period'] as const;
const storyTemplate = z
	.string()
	.min(3)
	.refine(
		(s) =>
			[...s.matchAll(/\{(\w+)\}/g)].every(([, name]) =>
				(STORY_PLACEHOLDERS as readonly string[]).includes(name)
			),
		`a text whose placeholders are ${STORY_PLACEHOLDERS.map((p) => `{${p}}`).join(' and ')}`
	);

/** data/story.json: the story's own words, and the record its period starts with. */
export const StoryFile = z.strictObject({
	title_nl: storyTemplate,
	title_en: storyTemplate,
	intro_nl: storyTemplate,
	intro_en: storyTemplate,
	credit_nl: storyTemplate,
	credit_en: storyTemplate,
	/**
	 * The id of the event whose day the story's period starts on (the election, with the sentence
	 * that dates it); the period ends on the newest article's day (src/lib/story/period.ts).
	 */
	period_start: id
});
export type StoryFile = z.infer<typeof StoryFile>;

/** The days every view's time axis runs over, from the story's first day to its newest article's. */
export interface Period {
	from: string;
	to: string;
}

export interface Dataset {
	articles: Article[];
	places: Place[];
	figures: Figure[];
	events: Event[];
	story: StoryFile;
	period: Period;
	/** Full text of each article, by article id. */
	texts: Record<string, string>;
}

/** The records without the article texts: what views need and the browser receives. */
export type Records = Omit<Dataset, 'texts' | 'story' | 'period'>;
/** The records with the story's period: what a view of the whole period (an export's default) needs. */
export type StoryRecords = Records & Pick<Dataset, 'period'>;
