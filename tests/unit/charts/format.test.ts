import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatShortDate, formatValue } from '../../../src/lib/i18n/format';

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

describe('the days and numbers are the very strings Intl gives', () => {
	const intlDay = (lang: 'nl' | 'en', year: boolean) =>
		new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-US', {
			day: 'numeric',
			month: 'short',
			...(year ? { year: 'numeric' } : {}),
			timeZone: 'UTC'
		});

	it.each(['nl', 'en'] as const)('every day of 2019 to 2021 in %s, with and without the year', (lang) => {
		const [long, short] = [intlDay(lang, true), intlDay(lang, false)];
		for (let t = Date.UTC(2019, 0, 1); t < Date.UTC(2022, 0, 1); t += 86_400_000) {
			const date = new Date(t);
			const iso = date.toISOString().slice(0, 10);
			expect(formatDate(iso, lang), iso).toBe(long.format(date));
			expect(formatShortDate(date, lang), iso).toBe(short.format(date));
		}
	});

	it.each(['nl', 'en'] as const)('counts, shares, amounts and their millions and billions in %s', (lang) => {
		const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
		const plain = new Intl.NumberFormat(locale);
		const compact = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long' });
		const values = [0, 1, 2, 5, 12.5, 0.25, 1.125, 80.1, 99.99, 774, 1000, 9999, 12_345, 100_000, 999_999];
		for (let i = 0; i < 2000; i++) {
			// Whole numbers and a few decimals, of every size from ones to hundreds of trillions.
			const magnitude = 10 ** Math.floor((i / 2000) * 12);
			values.push(Math.round(((i * 7919) % 1000) * magnitude) / (i % 3 === 0 ? 100 : 1));
		}
		values.push(1e6, 1.5e6, 1.25e6, 2.25e9, 999.9e6, 999_999_999, 1e12, 15e9, -2000, -1.5e9);
		for (const v of values)
			expect(formatNumber(v, lang), String(v)).toBe((Math.abs(v) >= 1e6 ? compact : plain).format(v));
	});
});
