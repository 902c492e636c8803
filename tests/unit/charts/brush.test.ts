import { describe, expect, it } from 'vitest';
import { dayAt, dayIndex, shiftDay, xOfDay } from '../../../src/lib/charts/brush';
import { periodDays } from '../../../src/lib/story/period';
import { validateDataset } from '../../../src/lib/data/validate';
import { readDataFiles } from '../../../src/scripts/read-data';

const { period } = validateDataset(readDataFiles());

describe('range brush arithmetic', () => {
	it('spans the story period, 9 August to 12 October (the newest article): 65 days', () => {
		expect(period).toEqual({ from: '2020-08-09', to: '2020-10-12' });
		expect(periodDays(period)).toBe(65);
	});

	it.each([
		{ day: '2020-08-09', index: 0 },
		{ day: '2020-09-13', index: 35 },
		{ day: '2020-10-12', index: 64 }
	])('$day is day $index', ({ day, index }) => {
		expect(dayIndex(period, day)).toBe(index);
		expect(dayAt(period, xOfDay(period, day, 650) + 1, 650)).toBe(day);
	});

	it('keeps shifted days inside the period', () => {
		expect(shiftDay(period, '2020-08-10', -7)).toBe('2020-08-09');
		expect(shiftDay(period, '2020-10-11', 7)).toBe('2020-10-12');
		expect(shiftDay(period, '2020-09-01', 7)).toBe('2020-09-08');
	});

	it('reaches 20 October when a sixth article of that day extends the period', () => {
		const longer = { from: '2020-08-09', to: '2020-10-20' };
		expect(periodDays(longer)).toBe(73);
		expect(shiftDay(longer, '2020-10-11', 30)).toBe('2020-10-20');
		expect(dayAt(longer, 729, 730)).toBe('2020-10-20');
	});
});
