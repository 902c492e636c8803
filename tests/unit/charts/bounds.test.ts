import { describe, expect, it } from 'vitest';
import { figureBounds } from '../../../src/lib/charts/bounds';
import { overlaps } from '../../../src/lib/charts/range';

describe('figureBounds', () => {
	it.each([
		{ value: 774, qualifier: 'exact', expected: { lower: 774, upper: 774, open: false } },
		{ value: 700, qualifier: 'more_than', expected: { lower: 700, upper: 700, open: true } },
		{ value: 2, qualifier: 'at_least', expected: { lower: 2, upper: 2, open: true } },
		{ value: 1000, qualifier: 'magnitude', expected: { lower: 2000, upper: 10000, open: false } },
		{ value: 100, qualifier: 'magnitude', expected: { lower: 200, upper: 1000, open: false } },
		{ value: 100, qualifier: 'approx', expected: { lower: 90, upper: 110, open: false } }
	] as const)('$qualifier $value', ({ value, qualifier, expected }) => {
		expect(figureBounds({ value, qualifier })).toEqual(expected);
	});
});

describe('overlaps', () => {
	const september = { from: '2020-09-01', to: '2020-09-30' };
	it.each([
		{ date: '2020-09-13', date_end: null, expected: true },
		{ date: '2020-08-16', date_end: null, expected: false },
		{ date: '2020-08-20', date_end: '2020-09-01', expected: true },
		{ date: '2020-09-30', date_end: '2020-10-03', expected: true },
		{ date: '2020-10-01', date_end: null, expected: false }
	])('$date..$date_end in September: $expected', ({ date, date_end, expected }) => {
		expect(overlaps({ date, date_end }, september)).toBe(expected);
	});
});
