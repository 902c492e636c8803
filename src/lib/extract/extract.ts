/**
 * Candidate figures of one article: every number of every sentence, with the sentence it stands in, the
 * sentence's first date and the places it names. A curator (or a later filter) picks the real figures;
 * the extractor keeps counts, durations and years alike so nothing is lost before that choice.
 *
 * The date is the sentence's own: "In Minsk werden meer dan 700 mensen aangehouden." gets none, even
 * though the sentence before it says "Zondag". Carrying dates across sentences guesses; a curator sees it.
 */
import { findDates, type DatePrecision } from './dates';
import { findNumbers, type NumberMatch, type Qualifier } from './numbers';
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
	/** The words the date was read from ("zondag"). */
	date_words: string | null;
	places: string[];
}

export interface ExtractOptions {
	/** The article's publication day, ISO YYYY-MM-DD: what "zondag" and "vorige week" count back from. */
	articleDay: string;
	places: PlaceName[];
}

export function extractCandidates(text: string, opts: ExtractOptions): Candidate[] {
	const candidates: Candidate[] = [];
	for (const sentence of splitSentences(text)) {
		const numbers = findNumbers(sentence.text);
		if (numbers.length === 0) continue;
		const date = findDates(sentence.text, opts.articleDay)[0] ?? null;
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
				date_words: date?.text ?? null,
				places: [...places]
			});
		}
	}
	return candidates;
}
