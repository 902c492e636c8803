/**
 * The data dictionary: every column of `/data/figures.csv` (and field of a JSON figure or event) with
 * its Table Schema type, meaning and allowed values. The data package and the data README are
 * written from it, so they cannot disagree with the files.
 */
import {
	datePrecisions,
	eventKinds,
	metrics,
	placePrecisions,
	qualifiers,
	sanctionSteps,
	units
} from '$lib/data/schema';
import type { Column } from './publicData';

export interface FieldSpec {
	type: 'string' | 'number' | 'boolean' | 'date' | 'object' | 'array';
	description: string;
	/** Allowed values; an empty cell is always allowed where `required` is not set. */
	enum?: readonly string[];
	/** Set in every row (figures and events alike). */
	required?: boolean;
}

export const columnSpecs: Record<Column, FieldSpec> = {
	record: {
		type: 'string',
		enum: ['figure', 'event'],
		required: true,
		description: 'Whether the row is a figure (a number an article reports) or an event.'
	},
	id: { type: 'string', required: true, description: 'The record’s id, unique over figures and events.' },
	metric: { type: 'string', enum: metrics, description: 'Figures: what the number counts.' },
	kind: { type: 'string', enum: eventKinds, description: 'Events: what kind of event it is.' },
	title_nl: { type: 'string', description: 'Events: the title in Dutch, using the words the quote reports.' },
	title_en: { type: 'string', description: 'Events: the title in English.' },
	value: {
		type: 'number',
		description:
			'Figures: the number the article’s words name. For a magnitude ("duizenden") it is the unit (1000), not a count: read value_low and value_high.'
	},
	qualifier: {
		type: 'string',
		enum: qualifiers,
		description:
			'Figures: how the article qualifies the number: exact; approx ("ongeveer", ±10 %); more_than ("meer dan", "ruim"); at_least ("minstens", "zeker"); magnitude ("honderden", "duizenden").'
	},
	value_low: {
		type: 'number',
		description: 'Figures: the lowest value the words allow, as the chart draws it ("duizenden": 2000).'
	},
	value_high: {
		type: 'number',
		description:
			'Figures: the highest value the words allow, as the chart draws it ("duizenden": 10000); empty where the top is open ("meer dan 700").'
	},
	value_text_nl: {
		type: 'string',
		description: 'Figures: the value in words, in Dutch ("meer dan 700", "duizenden").'
	},
	value_text_en: {
		type: 'string',
		description: 'Figures: the value in words, in English ("more than 700", "thousands").'
	},
	unit: { type: 'string', enum: units, description: 'Figures: the unit of value.' },
	side: {
		type: 'string',
		enum: ['opposition', 'government'],
		description: 'Figures: for protests, which side marched; for vote shares, whose share.'
	},
	actor: { type: 'string', description: 'Who acts or whose figure it is, where the record names one.' },
	part_of: {
		type: 'string',
		description:
			'Figures: the id of the figure this one is a part of (500 in Minsk of 774 nationwide). A sub-count: leave it out when summing, or the total counts it twice.'
	},
	step: {
		type: 'string',
		enum: sanctionSteps,
		description: 'Sanctions: which step of the EU’s sanctions this is.'
	},
	announced: {
		type: 'boolean',
		required: true,
		description: 'True when the article announces the record ahead of its date (an exercise to come).'
	},
	date: { type: 'date', required: true, description: 'The day (or first day) the record is of.' },
	date_end: { type: 'date', description: 'The last day of a span; empty for one day.' },
	date_precision: {
		type: 'string',
		enum: datePrecisions,
		required: true,
		description:
			'How exactly the date is known: day, span, month, approx (the words name no day), as_of (the state on the article’s day).'
	},
	date_words: {
		type: 'string',
		required: true,
		description: 'The words the date was resolved from, as in the article ("zondag").'
	},
	date_words_en: {
		type: 'string',
		required: true,
		description: 'date_words in English: a curated translation.'
	},
	place: {
		type: 'string',
		description:
			'The place’s id (see the places in figures.json); empty where no place is named and none stands in.'
	},
	place_words: {
		type: 'string',
		description: 'Where the article places the record when the quote does not name it.'
	},
	place_precision: {
		type: 'string',
		enum: placePrecisions,
		description: 'named: the articles give the place; stand_in: they give none and the point only stands in.'
	},
	place_name_nl: { type: 'string', description: 'The place’s name in Dutch.' },
	place_name_en: { type: 'string', description: 'The place’s name in English.' },
	lat: { type: 'number', description: 'The place’s representative point: latitude (WGS 84).' },
	lon: { type: 'number', description: 'The place’s representative point: longitude (WGS 84).' },
	article: { type: 'string', required: true, description: 'The id of the article the record comes from.' },
	article_date: {
		type: 'date',
		required: true,
		description: 'The article’s publication day (resolved from its text).'
	},
	article_title: {
		type: 'string',
		required: true,
		description: 'The article’s title, in Dutch as published.'
	},
	article_title_en: {
		type: 'string',
		required: true,
		description: 'The article’s title in English (a translation).'
	},
	quote: {
		type: 'string',
		required: true,
		description:
			'The sentence the record comes from, verbatim: the publisher’s text, quoted for attribution (not covered by CC BY 4.0).'
	},
	quote_en: {
		type: 'string',
		required: true,
		description: 'A curated English translation of quote, for reading only: cite the Dutch original.'
	},
	claim: {
		type: 'string',
		description: 'Records that report the same fact share a claim id: count a claim once, not each report.'
	},
	describes: {
		type: 'string',
		description:
			'The ids (space-separated; a list in JSON) of the events this record tells more about: it is no occurrence of its own.'
	},
	denies: { type: 'string', description: 'Events: the id of the record whose claim this one denies.' },
	note: { type: 'string', description: 'The curator’s note where a reader could wonder.' }
};
