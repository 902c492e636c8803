/**
 * Candidate figures of one article: every number of every sentence, with the sentence it stands in, the
 * sentence's first date and the places it names. A curator (or a later filter) picks the real figures;
 * the extractor keeps counts, durations and years alike so nothing is lost before that choice.
 *
 * Each candidate carries a guess of its metric (metric.ts) and a day, with where the day came from
 * (`date_from`): the sentence's own date words; else the date of the sentence just before it ("Zondag
 * ... . In Minsk werden meer dan 700 mensen aangehouden."), which often holds but is a guess; else, for a
 * sentence in the present tense, the article's day (a state "as of" that day). A curator sees which.
 */
import { findDates, type DatePrecision } from './dates';
import { findNumbers, type NumberMatch, type Qualifier } from './numbers';
import { guessMetric, type MetricGuess } from './metric';
import { findPlaces, type PlaceName } from './places';
import { splitSentences } from './sentences';

export interface Candidate {
	sentence: string;
	/** Offset of the sentence in the article text. */
	sentence_index: number;
	/** The number words matched ("meer dan 700"). */
	text: string;
	value: number;
	qualifier: Qualifier;
	unit: NumberMatch['unit'];
	kind: NumberMatch['kind'];
	date: string | null;
	date_end: string | null;
	date_precision: DatePrecision | null;
	/** The words the date was read from ("zondag"), in this sentence or the one before. */
	date_words: string | null;
	/** Where the date came from; null where none was found. */
	date_from: DateSource | null;
	/** What the number most likely counts, or "none" (an age, a year, a number of calls). */
	metric: MetricGuess;
	places: string[];
}

export type DateSource = 'sentence' | 'previous_sentence' | 'article_day';

/**
 * A sentence told in the present tense, with no verb of the past: "Er zitten nog 300 mensen vast"
 * reports the article's day, "Zondag werden 774 betogers opgepakt" does not. Dutch past tenses are read
 * from the perfect ("zijn ... opgepakt"), the auxiliaries and common strong pasts, and the weak past's
 * endings (-dde, -kte, -eerde, ...) where the word is no present form ("zitten"): a guess, shown as such.
 */
// A participle holds "ge" ("opgepakt", "aangehouden", "gearresteerd"); "geen" is none.
const perfect = /\b(?:zijn|is|heeft|hebben)\s+(?:\p{L}+\s+){0,3}\p{L}*ge\p{L}{2,}(?:d|t|en)\b/iu;
const pastWords = new Set(
	(
		'werd werden was waren had hadden kwam kwamen ging gingen zei zeiden stond stonden hield hielden liep liepen ' +
		'trok trokken vond vonden schreef schreven kreeg kregen sprak spraken zag zagen nam namen gaf gaven bleef ' +
		'bleven liet lieten won wonnen riep riepen viel vielen vroeg vroegen bood boden zat zaten lag lagen stierf ' +
		'stierven koos kozen'
	).split(' ')
);
/** Weak pasts: a stem and -de/-te ("meldde", "maakte", "demonstreerden"), by endings rarely anything else. */
const weakPast = /(?:dde|tte|kte|pte|fte|gde|mde|wde|zde|ilde|elde|eerde|oerde)n?$/iu;
const presentWords = new Set(
	(
		'is zijn zit zitten staat staan blijft blijven houdt houden gaat gaan komt komen telt tellen eist eisen ' +
		'wil willen zegt zeggen meldt melden spreekt spreken verwacht verwachten zetten'
	).split(' ')
);

export function isPresentTense(sentence: string): boolean {
	const words = (sentence.toLowerCase().match(/\p{L}+/gu) ?? []) as string[];
	const past =
		perfect.test(sentence) ||
		words.some((w) => pastWords.has(w) || (weakPast.test(w) && !presentWords.has(w)));
	return !past && words.some((w) => presentWords.has(w));
}

interface SentenceDate {
	date: ReturnType<typeof findDates>[number] | null;
	from: DateSource | null;
}

/** The day of a sentence: its own, the article's for a present-tense report, or the sentence before's. */
function sentenceDate(
	own: ReturnType<typeof findDates>[number] | undefined,
	previous: ReturnType<typeof findDates>[number] | undefined,
	sentence: string,
	articleDay: string
): SentenceDate {
	if (own) return { date: own, from: 'sentence' };
	// A report in the present tense tells the state on the article's day, whatever the sentence before dated.
	if (isPresentTense(sentence)) {
		return {
			date: { text: '', index: -1, date: articleDay, date_end: null, precision: 'as_of' },
			from: 'article_day'
		};
	}
	if (previous) return { date: previous, from: 'previous_sentence' };
	return { date: null, from: null };
}

export interface ExtractOptions {
	/** The article's publication day, ISO YYYY-MM-DD: what "zondag" and "vorige week" count back from. */
	articleDay: string;
	places: PlaceName[];
}

export function extractCandidates(text: string, opts: ExtractOptions): Candidate[] {
	const candidates: Candidate[] = [];
	let previous: ReturnType<typeof findDates>[number] | undefined;
	for (const sentence of splitSentences(text)) {
		const own = findDates(sentence.text, opts.articleDay)[0];
		const before = previous;
		previous = own;
		const numbers = findNumbers(sentence.text);
		if (numbers.length === 0) continue;
		const { date, from } = sentenceDate(own, before, sentence.text, opts.articleDay);
		const places = findPlaces(sentence.text, opts.places);
		for (const number of numbers) {
			candidates.push({
				sentence: sentence.text,
				sentence_index: sentence.index,
				text: number.text,
				value: number.value,
				qualifier: number.qualifier,
				unit: number.unit,
				kind: number.kind,
				date: date?.date ?? null,
				date_end: date?.date_end ?? null,
				date_precision: date?.precision ?? null,
				date_words: date && from !== 'article_day' ? date.text : null,
				date_from: from,
				metric: guessMetric(sentence.text, number),
				places: [...places]
			});
		}
	}
	return candidates;
}
