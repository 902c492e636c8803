/**
 * The written-out number and date formats (src/lib/i18n/format.ts) against Intl's own, which they
 * stand in for in the browser: the same text for every day of 2019–2021 and for numbers across
 * every magnitude, signs, fractions and roundings.
 */
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateSpan, formatNumber, formatShortDate } from '../../../src/lib/i18n/format';

const intlDate = (locale: string, year: boolean) =>
	new Intl.DateTimeFormat(locale, {
		day: 'numeric',
		month: 'short',
		...(year ? { year: 'numeric' } : {}),
		timeZone: 'UTC'
	});
const intlNumber = (locale: string, value: number) =>
	new Intl.NumberFormat(
		locale,
		Math.abs(value) >= 1e6 ? { notation: 'compact', compactDisplay: 'long' } : {}
	).format(value);

const days: string[] = [];
for (let t = Date.UTC(2019, 0, 1); t <= Date.UTC(2021, 11, 31); t += 86_400_000)
	days.push(new Date(t).toISOString().slice(0, 10));

const numbers = [0, 1, 5, 9, 10, 12, 99, 100, 700, 774, 999, 1000, 1001, 9999, 12_345, 100_000, 999_999];
for (const base of [
	1, 1.04, 1.05, 1.25, 1.35, 1.5, 1.95, 1.96, 2.45, 9.94, 9.95, 9.96, 12.5, 99.5, 123.4, 999.4, 999.5, 999.96
])
	for (const unit of [1e6, 1e9, 1e12]) numbers.push(base * unit);
numbers.push(0.5, 1.5, 2.25, 12.3456, 0.0004, 0.0005, 1234.5678, 999_999.9996, NaN);
numbers.push(...numbers.map((n) => -n).filter((n) => n !== 0));

describe('the written-out formats give what Intl gives', () => {
	it.each([
		{ lang: 'nl', locale: 'nl-NL' },
		{ lang: 'en', locale: 'en-US' }
	] as const)('every day of 2019–2021 in $lang, with and without the year', ({ lang, locale }) => {
		const [long, short] = [intlDate(locale, true), intlDate(locale, false)];
		for (const day of days) {
			const date = new Date(day + 'T00:00:00Z');
			expect(formatDate(day, lang), day).toBe(long.format(date));
			expect(formatShortDate(date, lang), day).toBe(short.format(date));
		}
		expect(formatDateSpan('2020-08-09', '2020-08-15', lang)).toBe(
			`${short.format(new Date('2020-08-09T00:00:00Z'))} – ${long.format(new Date('2020-08-15T00:00:00Z'))}`
		);
	});

	it.each([
		{ lang: 'nl', locale: 'nl-NL' },
		{ lang: 'en', locale: 'en-GB' }
	] as const)('numbers of every magnitude in $lang', ({ lang, locale }) => {
		for (const value of numbers)
			expect(formatNumber(value, lang), String(value)).toBe(intlNumber(locale, value));
	});
});
