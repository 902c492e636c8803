import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatValue } from '../../../src/lib/i18n/format';

describe('numbers, dates and qualified values per language', () => {
	it.each([
		{ value: 1_500_000_000, lang: 'nl', expected: '1,5 miljard' },
		{ value: 1_500_000_000, lang: 'en', expected: '1.5 billion' },
		{ value: 100_000, lang: 'nl', expected: '100.000' },
		{ value: 100_000, lang: 'en', expected: '100,000' }
	] as const)('formatNumber($value, $lang)', ({ value, lang, expected }) => {
		expect(formatNumber(value, lang)).toBe(expected);
	});

	it.each([
		{ lang: 'nl', expected: '13 sep 2020' },
		{ lang: 'en', expected: 'Sep 13, 2020' }
	] as const)('formatDate in $lang', ({ lang, expected }) => {
		expect(formatDate('2020-09-13', lang)).toBe(expected);
	});

	it.each([
		{ f: { value: 700, qualifier: 'more_than', unit: 'people' }, nl: 'meer dan 700', en: 'more than 700' },
		{ f: { value: 1000, qualifier: 'magnitude', unit: 'people' }, nl: 'duizenden', en: 'thousands' },
		{
			f: { value: 100000, qualifier: 'magnitude', unit: 'people' },
			nl: 'honderdduizenden',
			en: 'hundreds of thousands'
		},
		{ f: { value: 2, qualifier: 'at_least', unit: 'people' }, nl: 'minstens 2', en: 'at least 2' },
		{ f: { value: 1.5e9, qualifier: 'exact', unit: 'USD' }, nl: '1,5 miljard dollar', en: '$1.5 billion' },
		{ f: { value: 80, qualifier: 'more_than', unit: 'percent' }, nl: 'meer dan 80%', en: 'more than 80%' }
	] as const)('formatValue $f.qualifier $f.value', ({ f, nl, en }) => {
		expect(formatValue(f, 'nl')).toBe(nl);
		expect(formatValue(f, 'en')).toBe(en);
	});
});
