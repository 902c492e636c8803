/**
 * Guesses what a number of Dutch news text counts, from the words around it: "zo'n vijftig betogers
 * opgepakt" counts arrests, "tienduizenden actievoerders" a protest's size, "80 procent van de stemmen"
 * a vote share. A guess for the desk and `npm run extract`, which a curator confirms or corrects; it
 * never decides on its own what enters the data.
 *
 * The words are read first in the number's own clause (up to a comma, semicolon or colon), then in the
 * whole sentence: "774 betogers opgepakt, van wie 500 in Minsk" gives the 500 the sentence's arrests,
 * while "Tienduizenden demonstranten gingen de straat op, 200 werden opgepakt" keeps the two apart.
 * Within one stretch the verb of what happened to people wins over who they were: "betogers opgepakt" are
 * arrests, not a protest.
 */
import type { NumberMatch } from './numbers';

/** Mirrors `metrics` in src/lib/data/schema.ts (kept free of zod), plus "none": no figure of ours. */
export type MetricGuess =
	| 'arrests'
	| 'protest_size'
	| 'movement_size'
	| 'deaths'
	| 'vote_share'
	| 'loan'
	| 'years_in_power'
	| 'house_arrest'
	| 'duration'
	| 'none';

/** Word stems, matched at the start of a word (so "opgepakt" also finds "opgepakte"). */
const countWords: [MetricGuess, RegExp][] = [
	['house_arrest', /\bhuisarrest/i],
	[
		'arrests',
		/\b(opgepakt|opgepakte|aangehouden|arrestatie|arrestant|gearresteerd|arresteerde|arresteren|vastgezet|vastgehouden|hield\b.*\bvast\b|hielden\b.*\bvast\b|zit(?:ten)?\b.*\bvast\b|vastzitten|in hechtenis|gedetineerd|opgesloten|in de cel|achter de tralies|afgevoerd)/i
	],
	[
		'deaths',
		/\b(doden\b|dode\b|kwa?m(?:en)? om\b|komen om\b|doodgeschoten|gedood|omgekomen|om het leven|overleden|dodelijke slachtoffers|sterfgeval|stierf|stierven|sterven\b|gesneuveld)/i
	],
	[
		'protest_size',
		/\b(betoger|demonstrant|deelnemer|actievoerder|manifestant|protesteerder|aanhanger|de straat op|de straten op|op straat|op de been|kwamen af op|marcheerden|demonstreerden|protesteerden|betoogden|verzamelden zich|menigte|mensenmassa)/i
	],
	// Nouns of a gathering, also inside compounds ("pro-regeringsbetoging", "vrouwenmars", "steunbijeenkomst").
	['protest_size', /(betoging|demonstratie|protestactie|mars\b|bijeenkomst|manifestatie)/i]
];

const voteWords = /\b(stem|verkiezing|kiezer|gekozen|uitslag|herkozen|zetel|kandidat|gewonnen|won\b|wint\b)/i;
const loanWords = /\b(lening|leent|lenen|krediet|geleend)/i;
const powerWords = /\b(aan de macht|regeert|regeren|bewind|heerst|aan het roer|president)/i;

/** The clause of `sentence` that holds the character at `index`. */
function clauseAt(sentence: string, index: number): string {
	const before = sentence.slice(0, index);
	const start = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
	const rest = sentence.slice(index);
	const ends = [',', ';', ':'].map((c) => rest.indexOf(c)).filter((i) => i >= 0);
	const end = ends.length > 0 ? index + Math.min(...ends) : sentence.length;
	return sentence.slice(start, end);
}

function countMetric(text: string): MetricGuess | null {
	for (const [metric, words] of countWords) if (words.test(text)) return metric;
	return null;
}

/**
 * The metric a number of `sentence` most likely counts, or "none". `number` is one of
 * `findNumbers(sentence)`; its `index` is its offset in the sentence.
 */
export function guessMetric(sentence: string, number: NumberMatch): MetricGuess {
	if (number.kind === 'year') return 'none';
	const after = sentence.slice(number.index + number.text.length);
	// An age ("de 66-jarige", "een 26-jarige student") is no count of people.
	if (/^-?\s?jarig/i.test(after) || /^\s+jaar oud/i.test(after)) return 'none';
	if (number.unit === 'percent') return voteWords.test(sentence) ? 'vote_share' : 'none';
	if (number.unit === 'USD' || number.unit === 'EUR') return loanWords.test(sentence) ? 'loan' : 'none';
	if (number.unit === 'years') return powerWords.test(sentence) ? 'years_in_power' : 'none';
	if (number.unit === 'hours') return 'duration';
	if (number.kind === 'duration') return 'none';
	return countMetric(clauseAt(sentence, number.index)) ?? countMetric(sentence) ?? 'none';
}
