import { describe, expect, it } from 'vitest';
import { dayAt, dayIndex, shiftDay, SPAN_DAYS, xOfDay } from '../../../src/lib/charts/brush';

describe('range brush arithmetic', () => {
	it('spans 9 August to 15 October: 68 days', () => {
		expect(SPAN_DAYS).toBe(68);
	});

	it.each([
		{ day: '2020-08-09', index: 0 },
		{ day: '2020-09-13', index: 35 },
		{ day: '2020-10-15', index: 67 }
	])('$day is day $index', ({ day, index }) => {
		expect(dayIndex(day)).toBe(index);
		expect(dayAt(xOfDay(day, 680) + 1, 680)).toBe(day);
	});

	it('keeps shifted days inside the span', () => {
		expect(shiftDay('2020-08-10', -7)).toBe('2020-08-09');
		expect(shiftDay('2020-10-14', 7)).toBe('2020-10-15');
		expect(shiftDay('2020-09-01', 7)).toBe('2020-09-08');
	});
});
