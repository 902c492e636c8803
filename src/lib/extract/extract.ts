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
 * from their auxiliaries and common strong forms, and the weak past ending (-de, -te, -den, -ten) of a
 * verb after its subject is left to the perfect's auxiliaries: a guess, shown as such.
 */
const pastTense =
	/\b(werd|werden|was|waren|had|hadden|heeft|hebben|zijn\s+\p{L}*\s*ge\p{L}+|is\s+\p{L}*\s*ge\p{L}+|kwam|kwamen|ging|gingen|zei|zeiden|stond|stonden|hield|hielden|liep|liepen|trok|trokken|vond|vonden|\p{L}+(?:eerde|eerden|ilde|ilden|elde|elden|akte|akten|ukte|ukten|oerde|oerden))\b/iu;
const presentTense =
	/\b(is|zijn|zit|zitten|staat|staan|blijft|blijven|houdt|houden|gaat|gaan|komt|komen|telt|tellen|eist|eisen|wil|willen|zegt|zeggen|meldt|melden|spreekt|spreken|verwacht|verwachten)\b/iu;

export function isPresentTense(sentence: string): boolean {
	return presentTense.test(sentence) && !pastTense.test(sentence);
}

interface SentenceDate {
	date: ReturnType<typeof findDates>[number] | null;
	from: DateSource | null;
}

/** The day of a sentence: its own, the sentence before's, or the article's for a present-tense report. */
function sentenceDate(
	own: ReturnType<typeof findDates>[number] | undefined,
	previous: ReturnType<typeof findDates>[number] | undefined,
	sentence: string,
	articleDay: string
): SentenceDate {
	if (own) return { date: own, from: 'sentence' };
	if (previous) return { date: previous, from: 'previous_sentence' };
	if (isPresentTense(sentence)) {
		return {
			date: { text: '', index: -1, date: articleDay, date_end: null, precision: 'as_of' },
			from: 'article_day'
		};
	}
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
