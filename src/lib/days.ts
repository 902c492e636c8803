/**
 * Days as the data writes them (`YYYY-MM-DD`, in UTC) and their arithmetic. Free of d3, so that the
 * URL parsing, the story's period and the browser's first script can use it.
 */
export const DAY_MS = 86_400_000;

/** The start of a day: `2020-08-09` → 2020-08-09T00:00:00Z. */
export function dayStart(iso: string): Date {
	return new Date(iso + 'T00:00:00Z');
}

/** The day a moment falls on: the inverse of `dayStart`. */
export function isoDay(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

/** True for a day of the calendar written `YYYY-MM-DD`: not `2020-02-30`, not `2020-13-01`. */
export function isCalendarDay(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const ms = dayStart(value).getTime();
	return !Number.isNaN(ms) && isoDay(ms) === value;
}

/** A day as a count of days since 1970-01-01, for arithmetic on days. */
export function dayNumber(iso: string): number {
	return Math.round(dayStart(iso).getTime() / DAY_MS);
}

/** The day of a count of days since 1970-01-01: the inverse of `dayNumber`. */
export function dayOfNumber(day: number): string {
	return isoDay(day * DAY_MS);
}

/** The day `n` days after `iso` (before it, for a negative `n`). */
export function addDays(iso: string, n: number): string {
	return dayOfNumber(dayNumber(iso) + n);
}
