/**
 * Pixel ↔ day arithmetic of the range brush, over the story's whole period (given by the page's
 * records, src/lib/story/period.ts), snapped to whole days.
 */
import { periodDays, type Period } from '$lib/story/period';
import { DAY_MS, dayStart, isoDay } from '$lib/days';

const startOf = (p: Period) => dayStart(p.from).getTime();

/** The day under pixel x of a brush `width` wide (clamped to the period). */
export function dayAt(p: Period, x: number, width: number): string {
	const span = periodDays(p);
	const i = Math.floor((x / width) * span);
	return isoDay(startOf(p) + Math.max(0, Math.min(span - 1, i)) * DAY_MS);
}

/** Left edge of a day's slot in pixels. */
export function xOfDay(p: Period, day: string, width: number): number {
	return (((dayStart(day).getTime() - startOf(p)) / DAY_MS) * width) / periodDays(p);
}

/** Moves a day by `days`, staying inside the period. */
export function shiftDay(p: Period, day: string, days: number): string {
	const start = startOf(p);
	const ms = dayStart(day).getTime() + days * DAY_MS;
	return isoDay(Math.max(start, Math.min(start + (periodDays(p) - 1) * DAY_MS, ms)));
}

/** The day's place in the period, 0 for the first: a slider's value. */
export function dayIndex(p: Period, day: string): number {
	return Math.round((dayStart(day).getTime() - startOf(p)) / DAY_MS);
}

/** The chosen range on the brush, in percent of its width: from the first day's left edge to the last day's right edge. */
export function brushGeometry(p: Period, from: string, to: string): { x0: number; x1: number } {
	return { x0: xOfDay(p, from, 100), x1: xOfDay(p, to, 100) + 100 / periodDays(p) };
}

const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);

/**
 * The range after moving the range [from, to] chosen when the drag began by `shift` days: the same
 * length, kept inside the period.
 */
export function movedRange(p: Period, from: string, to: string, shift: number): { from: string; to: string } {
	const span = daysBetween(from, to);
	let f = shiftDay(p, from, shift);
	const t = shiftDay(p, f, span);
	if (daysBetween(f, t) < span) f = shiftDay(p, t, -span);
	return { from: f, to: t };
}

/**
 * The range after a key on a handle (the W3C multi-thumb slider: a day with the arrows, a week with
 * Page Up/Down, Home/End to the handle's furthest day, never past the other handle), or null for a
 * key the handles do not take.
 */
export function keyedRange(
	p: Period,
	range: { from: string; to: string },
	which: 'from' | 'to',
	key: string
): { from: string; to: string } | null {
	const span = periodDays(p);
	const steps: Record<string, number> = {
		ArrowLeft: -1,
		ArrowDown: -1,
		ArrowRight: 1,
		ArrowUp: 1,
		PageDown: -7,
		PageUp: 7,
		Home: -span,
		End: span
	};
	const step = steps[key];
	if (!step) return null;
	if (which === 'from') {
		const f = shiftDay(p, range.from, step);
		return { from: f <= range.to ? f : range.to, to: range.to };
	}
	const t = shiftDay(p, range.to, step);
	return { from: range.from, to: t >= range.from ? t : range.from };
}
