import { describe, expect, it } from 'vitest';
import { findNumbers, parseNumberWord, type NumberMatch } from '../../../src/lib/extract/numbers';

type Expected = Omit<NumberMatch, 'index'>;

const count = (text: string, value: number, qualifier: NumberMatch['qualifier'] = 'exact'): Expected => ({
	text,
	value,
	qualifier,
	unit: null,
	kind: 'count'
});

const cases: { input: string; expected: Expected[] }[] = [
	// Digits, with Dutch separators.
	{ input: 'Zondag werden 774 betogers opgepakt.', expected: [count('774', 774)] },
	{ input: 'meer dan 100.000 Wit-Russen', expected: [count('meer dan 100.000', 100_000, 'more_than')] },
	{
		input: 'een lening van 1,5 miljard dollar',
		expected: [{ ...count('1,5 miljard dollar', 1.5e9), unit: 'USD' }]
	},
	{
		input: 'ruim 2,5 miljoen euro',
		expected: [{ ...count('ruim 2,5 miljoen euro', 2_500_000, 'more_than'), unit: 'EUR' }]
	},
	{ input: '1.234.567 stemmen', expected: [count('1.234.567', 1_234_567)] },
	{ input: 'met 80 procent van de stemmen', expected: [{ ...count('80 procent', 80), unit: 'percent' }] },
	{ input: 'met 80% van de stemmen', expected: [{ ...count('80%', 80), unit: 'percent' }] },
	{ input: 'met 80 % van de stemmen', expected: [{ ...count('80 %', 80), unit: 'percent' }] },
	{ input: 'ongeveer 10 duizend mensen', expected: [count('ongeveer 10 duizend', 10_000, 'approx')] },

	// Number words.
	{ input: 'ruim honderdduizend Belarussen', expected: [count('ruim honderdduizend', 100_000, 'more_than')] },
	{ input: 'Zeker twee demonstranten kwamen om.', expected: [count('Zeker twee', 2, 'at_least')] },
	{ input: 'tweehonderd agenten', expected: [count('tweehonderd', 200)] },
	{ input: 'vijfduizend mensen', expected: [count('vijfduizend', 5000)] },
	{
		input: 'zevenentwintig en drieëndertig',
		expected: [count('zevenentwintig', 27), count('drieëndertig', 33)]
	},
	{
		input: 'tien, twintig of honderd',
		expected: [count('tien', 10), count('twintig', 20), count('honderd', 100)]
	},
	{ input: 'nog maar één persoon', expected: [count('één', 1)] },
	{ input: 'een miljoen mensen', expected: [count('een miljoen', 1_000_000)] },
	{ input: 'ruim een miljoen mensen', expected: [count('ruim een miljoen', 1_000_000, 'more_than')] },

	// Hedges.
	{
		input: 'iets meer dan 80 procent',
		expected: [{ ...count('iets meer dan 80 procent', 80, 'more_than'), unit: 'percent' }]
	},
	{ input: 'minstens 12 doden', expected: [count('minstens 12', 12, 'at_least')] },
	{ input: 'ten minste 12 doden', expected: [count('ten minste 12', 12, 'at_least')] },
	{ input: 'circa 300 mensen', expected: [count('circa 300', 300, 'approx')] },
	{ input: "zo'n 300 mensen", expected: [count("zo'n 300", 300, 'approx')] },
	{ input: 'zo’n 300 mensen', expected: [count('zo’n 300', 300, 'approx')] },
	{ input: 'bijna 300 mensen', expected: [count('bijna 300', 300, 'approx')] },
	{ input: 'rond de 300 mensen', expected: [count('rond de 300', 300, 'approx')] },
	{ input: 'minder dan 300 mensen', expected: [count('minder dan 300', 300, 'approx')] },

	// Plural magnitudes.
	{ input: 'Honderden demonstranten', expected: [count('Honderden', 100, 'magnitude')] },
	{ input: 'Duizenden demonstranten', expected: [count('Duizenden', 1000, 'magnitude')] },
	{ input: 'tienduizenden mensen', expected: [count('tienduizenden', 10_000, 'magnitude')] },
	{ input: 'honderdduizenden demonstranten', expected: [count('honderdduizenden', 100_000, 'magnitude')] },
	{ input: 'enkele duizenden mensen', expected: [count('enkele duizenden', 1000, 'magnitude')] },
	{ input: 'enkele honderden mensen', expected: [count('enkele honderden', 100, 'magnitude')] },
	{ input: 'tientallen mensen', expected: [count('tientallen', 10, 'magnitude')] },
	{ input: 'zeker honderden mensen', expected: [count('zeker honderden', 100, 'magnitude')] },

	// Durations and years.
	{ input: 'na 26 jaar', expected: [{ ...count('26 jaar', 26), unit: 'years', kind: 'duration' }] },
	{
		input: 'de 4 uur lange bijeenkomst',
		expected: [{ ...count('4 uur', 4), unit: 'hours', kind: 'duration' }]
	},
	{
		input: 'al drie decennia',
		expected: [{ ...count('drie decennia', 30), unit: 'years', kind: 'duration' }]
	},
	{ input: 'Na twee maanden van repressie', expected: [{ ...count('twee maanden', 2), kind: 'duration' }] },
	{ input: 'regeert al sinds 1994', expected: [{ ...count('1994', 1994), kind: 'year' }] },
	{ input: 'zijn aantreden in 1994.', expected: [{ ...count('1994', 1994), kind: 'year' }] },
	{ input: 'een tekort van 1994 euro', expected: [{ ...count('1994 euro', 1994), unit: 'EUR' }] },

	// Not figures.
	{ input: 'een lening, een week, een dag', expected: [] },
	{ input: 'voor het vijfde weekend, de 5e keer, het eerste gesprek', expected: [] },
	{ input: 'de verkiezingen van 9 augustus', expected: [] },
	{ input: '(@nexta_tv) 11 oktober 2020', expected: [] },
	{ input: 'in augustus 2020', expected: [] },
	{ input: 'ruim een week geleden; twee dagen geleden; ruim twee weken geleden', expected: [] },
	{ input: 'het eerste gesprek onder vier ogen', expected: [] },
	{ input: 'om 20.00 uur', expected: [] },
	{ input: 'de eenheidsstaat, eenwording, achten, en, Tenzij, tiental', expected: [] },
	{ input: 'COVID-19 en G7', expected: [] }
];

describe('findNumbers', () => {
	it.each(cases)('$input', ({ input, expected }) => {
		expect(findNumbers(input)).toEqual(expected.map((match) => ({ ...match, index: expect.any(Number) })));
	});

	it.each(cases)('gives offsets of the matched words in $input', ({ input }) => {
		for (const match of findNumbers(input)) {
			expect(input.slice(match.index, match.index + match.text.length)).toBe(match.text);
		}
	});
});

describe('parseNumberWord', () => {
	it.each([
		{ input: 'twaalf', expected: 12 },
		{ input: 'tachtig', expected: 80 },
		{ input: 'eenentwintig', expected: 21 },
		{ input: 'honderdvijftig', expected: 150 },
		{ input: 'twaalfhonderd', expected: 1200 },
		{ input: 'duizend', expected: 1000 },
		{ input: 'tweeduizendtwintig', expected: 2020 },
		{ input: 'honderdduizend', expected: 100_000 },
		{ input: 'tienduizend', expected: 10_000 },
		{ input: 'en', expected: null },
		{ input: 'achten', expected: null },
		{ input: 'eenhonderd', expected: null }
	])('$input → $expected', ({ input, expected }) => {
		expect(parseNumberWord(input)).toBe(expected);
	});
});
