/**
 * Finds the figures of Dutch news text: numbers in digits or words, with the hedge before them ("ruim",
 * "zeker") and the scale and unit after them ("1,5 miljard dollar", "80 procent", "26 jaar").
 *
 * Left out on purpose, because they are no figures: the day numbers and years of dates ("9 augustus",
 * "11 oktober 2020", "augustus 2020", "twee dagen geleden", which dates.ts reads), ordinals ("vijfde", "5e"), clock times
 * ("20.00 uur"), the article "een", and the idiom "onder vier ogen" (in private).
 *
 * Choices, each also noted where it is made:
 * - "één" with its accents is the numeral 1 (Dutch writes the accents to say "one", not "a");
 * - "drie decennia" is 30 years (unit 'years', kind 'duration'), so it compares with "26 jaar";
 * - durations in days, weeks or months ("twee maanden") are kind 'duration' with unit null, as the unit
 *   list has no months;
 * - a plural magnitude ("honderden", "enkele duizenden") is 'magnitude' even after a hedge;
 * - "minder dan", "nog geen" and "een paar" are 'approx': the qualifier list has no upper bound.
 */
import { monthNamePattern, monthNames } from './dates';

/** Mirrors `Qualifier` in src/lib/data/schema.ts, kept free of zod so the extractor stays plain. */
export type Qualifier = 'exact' | 'approx' | 'more_than' | 'at_least' | 'magnitude';

export interface NumberMatch {
	/** The words matched, verbatim, with hedge, scale and unit ("ruim honderdduizend", "80 procent"). */
	text: string;
	/** Offset of text in the input string. */
	index: number;
	value: number;
	qualifier: Qualifier;
	unit: 'percent' | 'USD' | 'EUR' | 'years' | 'hours' | null;
	/** "sinds 1994" is a year; "26 jaar", "4 uur" are durations; the rest are counts. */
	kind: 'count' | 'year' | 'duration';
}

const hedgeQualifiers: Record<string, Qualifier> = {
	'meer dan': 'more_than',
	'iets meer dan': 'more_than',
	ruim: 'more_than',
	zeker: 'at_least',
	minstens: 'at_least',
	'ten minste': 'at_least',
	tenminste: 'at_least',
	ongeveer: 'approx',
	circa: 'approx',
	'ca.': 'approx',
	"zo'n": 'approx',
	bijna: 'approx',
	rond: 'approx',
	'rond de': 'approx',
	'minder dan': 'approx',
	'nog geen': 'approx',
	'een paar': 'approx',
	enkele: 'magnitude'
};

/** Plural number words that give an order of magnitude, not a count. */
const magnitudes: Record<string, number> = {
	tientallen: 10,
	honderden: 100,
	duizenden: 1_000,
	tienduizenden: 10_000,
	honderdduizenden: 100_000,
	miljoenen: 1_000_000,
	miljarden: 1_000_000_000
};

const scales: Record<string, number> = { duizend: 1_000, miljoen: 1_000_000, miljard: 1_000_000_000 };

const units: Record<string, { unit: NumberMatch['unit']; kind: NumberMatch['kind']; factor: number }> = {
	procent: { unit: 'percent', kind: 'count', factor: 1 },
	'%': { unit: 'percent', kind: 'count', factor: 1 },
	dollar: { unit: 'USD', kind: 'count', factor: 1 },
	dollars: { unit: 'USD', kind: 'count', factor: 1 },
	euro: { unit: 'EUR', kind: 'count', factor: 1 },
	jaar: { unit: 'years', kind: 'duration', factor: 1 },
	jaren: { unit: 'years', kind: 'duration', factor: 1 },
	// A decade is ten years: "drie decennia" is 30 years, comparable with "26 jaar".
	decennium: { unit: 'years', kind: 'duration', factor: 10 },
	decennia: { unit: 'years', kind: 'duration', factor: 10 },
	uur: { unit: 'hours', kind: 'duration', factor: 1 },
	uren: { unit: 'hours', kind: 'duration', factor: 1 },
	dag: { unit: null, kind: 'duration', factor: 1 },
	dagen: { unit: null, kind: 'duration', factor: 1 },
	week: { unit: null, kind: 'duration', factor: 1 },
	weken: { unit: null, kind: 'duration', factor: 1 },
	maand: { unit: null, kind: 'duration', factor: 1 },
	maanden: { unit: null, kind: 'duration', factor: 1 }
};

const digitUnits: Record<string, number> = {
	een: 1,
	twee: 2,
	drie: 3,
	vier: 4,
	vijf: 5,
	zes: 6,
	zeven: 7,
	acht: 8,
	negen: 9
};
const teens: Record<string, number> = {
	tien: 10,
	elf: 11,
	twaalf: 12,
	dertien: 13,
	veertien: 14,
	vijftien: 15,
	zestien: 16,
	zeventien: 17,
	achttien: 18,
	negentien: 19
};
const tens: Record<string, number> = {
	twintig: 20,
	dertig: 30,
	veertig: 40,
	vijftig: 50,
	zestig: 60,
	zeventig: 70,
	tachtig: 80,
	negentig: 90
};

/** 1–99 written as one word: "zeven", "zeventien", "zeventig", "zevenentwintig", "drieëndertig". */
function parseBelowHundred(word: string): number | null {
	if (word in digitUnits) return digitUnits[word];
	if (word in teens) return teens[word];
	if (word in tens) return tens[word];
	const compound = /^(een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën)([a-z]+)$/.exec(word);
	if (compound && compound[2] in tens) return digitUnits[compound[1]] + tens[compound[2]];
	return null;
}

/** 1–9999 without "duizend": "honderd", "tweehonderd", "twaalfhonderd", "honderdvijftig". */
function parseBelowThousand(word: string): number | null {
	const at = word.indexOf('honderd');
	if (at < 0) return parseBelowHundred(word);
	const before = word.slice(0, at);
	const after = word.slice(at + 'honderd'.length);
	const hundreds = before === '' ? 1 : parseBelowHundred(before);
	const rest = after === '' ? 0 : parseBelowHundred(after);
	if (hundreds === null || rest === null || (before !== '' && hundreds < 2)) return null;
	return hundreds * 100 + rest;
}

/** A Dutch number written as one word, or null: "vijfduizend", "honderdduizend", "tweeduizendtwintig". */
export function parseNumberWord(word: string): number | null {
	const lower = word.toLowerCase();
	if (lower === 'één') return 1;
	const at = lower.lastIndexOf('duizend');
	if (at < 0) return parseBelowThousand(lower);
	const before = lower.slice(0, at);
	const after = lower.slice(at + 'duizend'.length);
	const thousands = before === '' ? 1 : parseBelowThousand(before);
	const rest = after === '' ? 0 : parseBelowThousand(after);
	if (thousands === null || rest === null || (before !== '' && thousands < 2)) return null;
	return thousands * 1000 + rest;
}

/**
 * A word as it may stand in a sentence: all lower case, or capitalised at the start of one ("Zeker twee",
 * "Duizenden"). The pattern is case-sensitive otherwise: a case-insensitive one reads the text about a
 * third slower, and news prose does not write figures in capitals.
 */
function capitalisable(word: string): string {
	const first = word[0];
	return `[${first.toUpperCase()}${first}]${word.slice(1)}`;
}

function anyOf(words: string[]): string {
	return words.map(capitalisable).join('|');
}

const hedgeWords = [
	'iets\\s+meer\\s+dan',
	'meer\\s+dan',
	'minder\\s+dan',
	'nog\\s+geen',
	'een\\s+paar',
	'ruim',
	'zeker',
	'minstens',
	'ten\\s+minste',
	'tenminste',
	'ongeveer',
	'circa',
	'ca\\.',
	"zo['’]n",
	'bijna',
	'rond(?:\\s+de)?',
	'enkele'
];
const numberMorphemes = [
	...Object.keys(digitUnits),
	...Object.keys(teens),
	...Object.keys(tens),
	'honderd',
	'duizend',
	'en',
	'ën'
];
const smallNumberWords = [
	'een',
	'één',
	'twee',
	'drie',
	'vier',
	'vijf',
	'zes',
	'zeven',
	'acht',
	'negen',
	'tien'
];
const corePattern =
	'(?<digits>\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)' +
	`|(?<magnitude>${anyOf(Object.keys(magnitudes))})` +
	`|(?<word>${anyOf(['één'])}|(?:${anyOf(numberMorphemes)})+)`;
/** Expressions whose numbers belong to a date or an idiom: matched first so their numbers are skipped. */
const skipPattern =
	`\\d{1,2}\\s+(?:${monthNamePattern})(?:\\s+\\d{4})?` +
	`|(?:${anyOf(monthNames)})\\s+\\d{4}` +
	`|(?:(?:${anyOf(['ruim', 'bijna', 'ongeveer', "zo['’]n"])})\\s+)?(?:${anyOf(smallNumberWords)}|\\d{1,2})` +
	'\\s+(?:dagen|dag|weken|week)\\s+geleden' +
	`|${anyOf(['onder'])}\\s+vier\\s+ogen`;
const unitWordPattern = Object.keys(units)
	.filter((unit) => unit !== '%')
	.sort((a, b) => b.length - a.length)
	.join('|');

/*
 * One pass over the text. A number may not touch a letter or digit on either side, so ordinals ("5e",
 * "vijfde") and words that merely contain a number word ("eenheidsstaat") fail; nor may it sit in a clock
 * time or a decimal it only partly covers ("20.00"), nor end a name ("COVID-19").
 */
const numberPattern = new RegExp(
	'(?<![\\p{L}\\d]|\\d[.,:]|\\p{L}-)(?:' +
		`(?<skip>${skipPattern})` +
		`|(?:(?<hedge>${anyOf(hedgeWords)})\\s+)?(?:${corePattern})(?![\\p{L}\\d]|[.,:]\\d)` +
		'(?:\\s+(?<scale>miljoen|miljard|duizend)(?![\\p{L}\\d]))?' +
		`(?:\\s*(?<percent>%)|\\s+(?<unit>${unitWordPattern})(?![\\p{L}\\d]))?` +
		')',
	'gu'
);

/** Words before a four-digit number that make it a year: "sinds 1994", "in 1994", "van 2019". */
const yearPreposition = /(?:sinds|sedert|in|van|vanaf|tot|uit|na|voor|begin|eind|medio)\s+$/i;

function normaliseHedge(hedge: string): string {
	return hedge.toLowerCase().replace(/\s+/g, ' ').replace('’', "'");
}

/** Rounds away float noise from scaling decimals (1,2 × 10⁶), keeping every real digit. */
function scaled(value: number, factor: number): number {
	return Number((value * factor).toPrecision(15));
}

export function findNumbers(text: string): NumberMatch[] {
	const matches: NumberMatch[] = [];
	numberPattern.lastIndex = 0;
	for (let match = numberPattern.exec(text); match; match = numberPattern.exec(text)) {
		const groups = match.groups!;
		if (groups.skip) continue;

		let value: number;
		let isMagnitude = false;
		if (groups.digits) {
			value = Number(groups.digits.replace(/\./g, '').replace(',', '.'));
		} else if (groups.magnitude) {
			value = magnitudes[groups.magnitude.toLowerCase()];
			isMagnitude = true;
		} else {
			const word = groups.word.toLowerCase();
			// The article "een" is no number; "een miljoen" is.
			if (word === 'een' && !groups.scale) continue;
			const parsed = parseNumberWord(word);
			if (parsed === null) continue;
			value = parsed;
		}

		if (groups.scale) value = scaled(value, scales[groups.scale.toLowerCase()]);
		const unitWord = groups.percent ?? groups.unit?.toLowerCase();
		const unit = unitWord ? units[unitWord] : null;
		if (unit) value = scaled(value, unit.factor);

		let kind: NumberMatch['kind'] = unit?.kind ?? 'count';
		if (
			!unit &&
			!groups.scale &&
			groups.digits &&
			/^\d{4}$/.test(groups.digits) &&
			value >= 1000 &&
			value <= 2100 &&
			yearPreposition.test(text.slice(Math.max(0, match.index - 8), match.index))
		) {
			kind = 'year';
		}

		// A plural magnitude stays a magnitude after a hedge: "zeker honderden" is still no count.
		const qualifier: Qualifier = isMagnitude
			? 'magnitude'
			: groups.hedge
				? hedgeQualifiers[normaliseHedge(groups.hedge)]
				: 'exact';

		matches.push({ text: match[0], index: match.index, value, qualifier, unit: unit?.unit ?? null, kind });
	}
	return matches;
}
