/**
 * Day arithmetic (src/lib/days.ts), which the period, the brush, the scales, the labels, the
 * extractor and the desk share: whole UTC days, so that no time zone or clock change moves a date.
 */
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, dayOfNumber, dayStart, isCalendarDay, isoDay } from '$lib/days';

describe('days', () => {
	it('count from 1970-01-01 and back', () => {
		expect(dayNumber('1970-01-01')).toBe(0);
		expect(dayNumber('2020-08-09')).toBe(18483);
		expect(dayOfNumber(18483)).toBe('2020-08-09');
		expect(isoDay(dayStart('2020-10-12').getTime())).toBe('2020-10-12');
	});

	it('tell a day of the calendar from what only looks like one', () => {
		expect(isCalendarDay('2020-02-29')).toBe(true);
		expect(isCalendarDay('2020-02-30')).toBe(false);
		expect(isCalendarDay('2019-02-29')).toBe(false);
		expect(isCalendarDay('2020-13-01')).toBe(false);
		expect(isCalendarDay('2020-9-1')).toBe(false);
		expect(isCalendarDay('')).toBe(false);
	});

	it('add days across months, a leap day and the clock changes of 2020', () => {
		expect(addDays('2020-08-31', 1)).toBe('2020-09-01');
		expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
		expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
		expect(addDays('2020-10-24', 2)).toBe('2020-10-26');
		expect(addDays('2020-03-28', 2)).toBe('2020-03-30');
		expect(addDays('2020-08-09', 64)).toBe('2020-10-12');
	});
});
