/**
 * The desk's suggestion cards: one per candidate of the extractor (src/lib/extract/), each a draft of a
 * figure or an event that the reporter edits, accepts or rejects; and the records the accepted cards
 * become. Pure: the desk's island and the tests share it.
 */
import { findDates } from '../extract/dates';
import { extractCandidates, type Candidate, type DateSource } from '../extract/extract';
import { findNumbers } from '../extract/numbers';
import { findPlaces } from '../extract/places';
import { splitSentences } from '../extract/sentences';
import type { MetricGuess } from '../extract/metric';
import type { PlaceName } from '../extract/places';
import type { DatePrecision, Event, EventKind, Figure, Place, Qualifier } from '../data/schema';

export type CardStatus = 'open' | 'accepted' | 'rejected';
export type RecordKind = 'figure' | 'event';

/** Every field a card edits, as the form holds them (strings where the form has text inputs). */
export interface Card {
	/** Unique on the page; the card's element id is `card-<key>`. */
	key: string;
	status: CardStatus;
	record: RecordKind;
	/** Where the number's words stand in the article text, for the highlight. */
	start: number;
	end: number;
	/** Where the sentence starts in the article text. */
	sentence_start: number;
	sentence: string;
	/** The number's words ("zo'n vijftig"), as the extractor read them. */
	words: string;
	id: string;
	metric: MetricGuess;
	value: number;
	qualifier: Qualifier;
	unit: string;
	side: '' | 'opposition' | 'government';
	date: string;
	date_end: string;
	date_precision: DatePrecision;
	date_words: string;
	date_words_en: string;
	/** How the day was proposed: the sentence's words, the sentence before, or the article's day. */
	date_from: DateSource | null;
	place: string;
	place_words: string;
	quote: string;
	quote_en: string;
	claim: string;
	note: string;
	kind: EventKind;
	title_nl: string;
	title_en: string;
	/** Comma-separated in the form. */
	title_words: string;
}

const idPrefix: Record<MetricGuess, string> = {
	arrests: 'arrests',
	protest_size: 'protest',
	movement_size: 'movement',
	deaths: 'deaths',
	vote_share: 'vote',
	loan: 'loan',
	years_in_power: 'years',
	house_arrest: 'house-arrest',
	duration: 'duration',
	none: 'figure'
};

/** The default id of a card: metric, the article's number, the card's number ("arrests-005-3"). */
export function defaultId(metric: MetricGuess, articleId: string, n: number): string {
	return `${idPrefix[metric]}-${articleId.slice(0, 3)}-${n}`;
}

const units: Record<string, string> = {
	percent: 'percent',
	USD: 'USD',
	EUR: 'EUR',
	years: 'years',
	hours: 'hours'
};

/** Who marched: a rally for the government says so ("aanhangers van de president", "steunbetoging"). */
function guessSide(sentence: string): Card['side'] {
	return /(aanhangers van|steunbetoging|pro-regering|voor de president|regeringsgezind)/i.test(sentence)
		? 'government'
		: 'opposition';
}

/** The place names of `places` that stand in `sentence` (the extractor gives their ids). */
export function placeNames(places: Place[]): PlaceName[] {
	return places.map((p) => ({ id: p.id, names: [p.name_nl, ...p.aliases] }));
}

function cardOf(c: Candidate, n: number, start: number, articleId: string): Card {
	const carried = c.date_from === 'article_day';
	return {
		key: `c${n}`,
		status: 'open',
		record: 'figure',
		start,
		end: start + c.text.length,
		sentence_start: c.sentence_index,
		sentence: c.sentence,
		words: c.text,
		id: defaultId(c.metric, articleId, n),
		metric: c.metric,
		value: c.value,
		qualifier: c.qualifier,
		unit: c.unit ? (units[c.unit] ?? c.unit) : 'people',
		side: c.metric === 'protest_size' ? guessSide(c.sentence) : '',
		date: c.date ?? '',
		date_end: c.date_end ?? '',
		date_precision: c.date_precision ?? 'day',
		date_words: carried ? 'geen datum in de zin; de dag van het artikel' : (c.date_words ?? ''),
		date_words_en: carried ? "no date in the sentence; the article's day" : '',
		date_from: c.date_from,
		place: c.places[0] ?? '',
		place_words: '',
		quote: c.sentence,
		quote_en: '',
		claim: '',
		note: '',
		kind: 'protest',
		title_nl: '',
		title_en: '',
		title_words: ''
	};
}

/** What kind of event a sentence reports, from its words; "statement" where none fits. */
const kindWords: [EventKind, RegExp][] = [
	['sanctions', /sanctie/i],
	['call', /(telefoongesprek|telefonisch|belde|belden|aan de telefoon)/i],
	['military_exercise', /(oefening|manoeuvre)/i],
	['election', /\b(verkiezing|stembus|gestemd)/i],
	['strike', /(staking|staakten|staken|het werk neer)/i],
	['release', /(vrijgelaten|vrijlating|op vrije voeten)/i],
	['death', /(overleden|om het leven|doodgeschoten|kwam om)/i],
	['violence', /(geweld|traangas|rubberkogels|geslagen|mishandel)/i],
	['meeting', /(ontmoeting|ontmoette|bijeenkomst|top\b|gesprek|overleg|om tafel)/i],
	['protest', /(protest|demonstr|betog|de straat op|mars)/i]
];

export function guessKind(sentence: string): EventKind {
	return kindWords.find(([, words]) => words.test(sentence))?.[0] ?? 'statement';
}

/** A dated sentence without a number: a draft event (left open unless the reporter accepts it). */
function eventCardOf(
	sentence: { text: string; index: number },
	n: number,
	articleId: string,
	articleDay: string,
	places: Place[]
): Card | null {
	const date = findDates(sentence.text, articleDay)[0];
	if (!date) return null;
	const kind = guessKind(sentence.text);
	return {
		key: `c${n}`,
		status: 'open',
		record: 'event',
		start: sentence.index + date.index,
		end: sentence.index + date.index + date.text.length,
		sentence_start: sentence.index,
		sentence: sentence.text,
		words: date.text,
		id: `${kind.replace('_', '-')}-${articleId.slice(0, 3)}-${n}`,
		metric: 'none',
		value: 0,
		qualifier: 'exact',
		unit: 'people',
		side: '',
		date: date.date,
		date_end: date.date_end ?? '',
		date_precision: date.precision,
		date_words: date.text,
		date_words_en: '',
		date_from: 'sentence',
		place: findPlaces(sentence.text, placeNames(places))[0] ?? '',
		place_words: '',
		quote: sentence.text,
		quote_en: '',
		claim: '',
		note: '',
		kind,
		title_nl: '',
		title_en: '',
		title_words: ''
	};
}

/**
 * The cards of an article, in the order of the text: one per candidate number (a figure), and one per
 * sentence that names a day but no number (an event).
 */
export function cardsOf(text: string, articleId: string, articleDay: string, places: Place[]): Card[] {
	const candidates = extractCandidates(text, { articleDay, places: placeNames(places) });
	const cards: Card[] = [];
	for (const sentence of splitSentences(text)) {
		const numbers = candidates.filter((c) => c.sentence_index === sentence.index);
		if (numbers.length === 0 && findNumbers(sentence.text).length === 0) {
			const event = eventCardOf(sentence, cards.length + 1, articleId, articleDay, places);
			if (event) cards.push(event);
			continue;
		}
		// Several numbers of a sentence: each found after the one before, so "twee ... twee" stay apart.
		let from = 0;
		for (const c of numbers) {
			const at = c.sentence.indexOf(c.text, from);
			from = at + c.text.length;
			cards.push(cardOf(c, cards.length + 1, c.sentence_index + at, articleId));
		}
	}
	return cards;
}

const optional = <T>(value: T | '', key: string): Record<string, T> => (value === '' ? {} : { [key]: value });

/** The record an accepted card becomes, with the fields in the order of data/figures.json / events.json. */
export function recordOf(card: Card, articleId: string): Figure | Event {
	const when = {
		date: card.date,
		date_end: card.date_end === '' ? null : card.date_end,
		date_precision: card.date_precision,
		date_words: card.date_words,
		date_words_en: card.date_words_en,
		place: card.place === '' ? null : card.place,
		...optional(card.place_words, 'place_words'),
		article: articleId,
		quote: card.quote,
		quote_en: card.quote_en,
		claim: card.claim === '' ? null : card.claim
	};
	if (card.record === 'event') {
		return {
			id: card.id,
			kind: card.kind,
			title_nl: card.title_nl,
			title_en: card.title_en,
			title_words: card.title_words
				.split(',')
				.map((w) => w.trim())
				.filter(Boolean),
			...when,
			...optional(card.note, 'note')
		} as Event;
	}
	return {
		id: card.id,
		// "none" stays as it is: validation names the field ("not a figure": reject the card).
		metric: card.metric,
		value: card.value,
		qualifier: card.qualifier,
		unit: card.unit,
		...optional(card.side, 'side'),
		...when,
		...optional(card.note, 'note')
	} as Figure;
}

export interface ClaimMatch {
	id: string;
	article: string;
	quote: string;
	/** The claim to give the card: the record's own, or a new one named after it. */
	claim: string;
}

const overlaps = (
	a: { date: string; date_end: string | null },
	b: { date: string; date_end: string | null }
) => a.date <= (b.date_end ?? b.date) && b.date <= (a.date_end ?? a.date);

/**
 * Records of other articles that may report the card's fact: the same metric, overlapping days, and a
 * value within a factor of two (or both vague counts of one order). The reporter decides.
 */
export function claimMatches(card: Card, figures: Figure[], articleId: string): ClaimMatch[] {
	if (card.record !== 'figure' || !card.date) return [];
	const days = { date: card.date, date_end: card.date_end || null };
	return figures
		.filter(
			(f) =>
				f.article !== articleId &&
				f.metric === card.metric &&
				overlaps(f, days) &&
				f.value <= card.value * 2 &&
				card.value <= f.value * 2
		)
		.map((f) => ({ id: f.id, article: f.article, quote: f.quote, claim: f.claim ?? `claim-${f.id}` }));
}
