import { describe, expect, it } from 'vitest';
import { proseStart, splitSentences } from '../../../src/lib/extract/sentences';

const cases: { input: string; expected: string[] }[] = [
	{
		input: 'Een zin. Nog een zin! En een vraag? Slot',
		expected: ['Een zin.', 'Nog een zin!', 'En een vraag?', 'Slot']
	},
	{ input: 'Kop\n\nEerste alinea.\nTweede alinea.', expected: ['Kop', 'Eerste alinea.', 'Tweede alinea.'] },
	// Thousands separators, decimals and web addresses have no space after the dot.
	{
		input: 'Meer dan 100.000 Wit-Russen. Een lening van 1,5 miljard. Zie pic.twitter.com/abc nu.',
		expected: ['Meer dan 100.000 Wit-Russen.', 'Een lening van 1,5 miljard.', 'Zie pic.twitter.com/abc nu.']
	},
	// Abbreviations and initials.
	{
		input: 'Op 12 sep. Zei hij o.a. dat A. Loekasjenko blijft. Dr. Jansen knikte.',
		expected: ['Op 12 sep. Zei hij o.a. dat A. Loekasjenko blijft.', 'Dr. Jansen knikte.']
	},
	// A lower-case word after a dot goes on the sentence.
	{ input: 'Het zijn er ong. tien. Daarna niets.', expected: ['Het zijn er ong. tien.', 'Daarna niets.'] },
	// Quotations: the closing mark stays with its sentence, and a quotation of two sentences stays whole.
	{
		input: '‘Geweld is onaanvaardbaar.’ Dat zei hij.',
		expected: ['‘Geweld is onaanvaardbaar.’', 'Dat zei hij.']
	},
	{
		input: "Ze schreef op Telegram. 'Zij zullen het herzien. Het is spijtig.'\nDaarna niets.",
		expected: ['Ze schreef op Telegram.', "'Zij zullen het herzien. Het is spijtig.'", 'Daarna niets.']
	},
	{
		input: 'Dat de unie onderwerp is van "externe druk". Dat werd niet toegelicht.',
		expected: ['Dat de unie onderwerp is van "externe druk".', 'Dat werd niet toegelicht.']
	},
	{
		input: '"Ik zal het land niet opgeven. Nooit", zei hij. Toen ging hij.',
		expected: ['"Ik zal het land niet opgeven. Nooit", zei hij.', 'Toen ging hij.']
	},
	// Apostrophes are no quotation marks: "Loekasjenko’s", "zo'n", "'s avonds".
	{
		input: "Loekasjenko’s positie is zwak. Zo'n 300 mensen kwamen 's avonds. Het bleef rustig.",
		expected: ['Loekasjenko’s positie is zwak.', "Zo'n 300 mensen kwamen 's avonds.", 'Het bleef rustig.']
	},
	// The metadata prefix of four of the five articles is skipped.
	{
		input: ' date 2020-10 Loekasjenko probeert het nu. Maar het mocht niet helpen.',
		expected: ['Loekasjenko probeert het nu.', 'Maar het mocht niet helpen.']
	},
	{ input: '', expected: [] },
	{ input: '  \n\n ', expected: [] }
];

describe('splitSentences', () => {
	it.each(cases)('$input', ({ input, expected }) => {
		expect(splitSentences(input).map((sentence) => sentence.text)).toEqual(expected);
	});

	it.each(cases)('gives offsets into the original text for $input', ({ input }) => {
		for (const sentence of splitSentences(input)) {
			expect(input.slice(sentence.index, sentence.index + sentence.text.length)).toBe(sentence.text);
		}
	});
});

describe('proseStart', () => {
	it.each([
		{ input: ' date 2020-08 Rusland is bereid', expected: 14 },
		{ input: 'date 2020-08-16 Rusland', expected: 16 },
		{ input: 'Alexander Loekasjenko begroet', expected: 0 },
		{ input: 'Een update 2020-08 later', expected: 0 }
	])('$input → $expected', ({ input, expected }) => {
		expect(proseStart(input)).toBe(expected);
	});
});
