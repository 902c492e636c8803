/** Pixel ↔ day arithmetic of the range brush, over the data's whole span, snapped to whole days. */
import { DATA_END, DATA_START } from '$lib/view/options';
import { DAY_MS, dayStart } from './scales';

const start = dayStart(DATA_START).getTime();
export const SPAN_DAYS = Math.round((dayStart(DATA_END).getTime() - start) / DAY_MS) + 1;

export function isoDay(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

/** The day under pixel x of a brush `width` wide (clamped to the data's span). */
export function dayAt(x: number, width: number): string {
	const i = Math.floor((x / width) * SPAN_DAYS);
	return isoDay(start + Math.max(0, Math.min(SPAN_DAYS - 1, i)) * DAY_MS);
}

/** Left edge of a day's slot in pixels. */
export function xOfDay(day: string, width: number): number {
	return (((dayStart(day).getTime() - start) / DAY_MS) * width) / SPAN_DAYS;
}

/** Moves a day by `days`, staying inside the data's span. */
export function shiftDay(day: string, days: number): string {
	const ms = dayStart(day).getTime() + days * DAY_MS;
	return isoDay(Math.max(start, Math.min(start + (SPAN_DAYS - 1) * DAY_MS, ms)));
}

/** The day's place in the data's span, 0 for the first: a slider's value. */
export function dayIndex(day: string): number {
	return Math.round((dayStart(day).getTime() - start) / DAY_MS);
}

/** The chosen range on the brush, in percent of its width: from the first day's left edge to the last day's right edge. */
export function brushGeometry(from: string, to: string): { x0: number; x1: number } {
	return { x0: xOfDay(from, 100), x1: xOfDay(to, 100) + 100 / SPAN_DAYS };
}

const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);

/**
 * The range after moving the range [from, to] chosen when the drag began by `shift` days: the same
 * length, kept inside the period.
 */
export function movedRange(from: string, to: string, shift: number): { from: string; to: string } {
	const span = daysBetween(from, to);
	let f = shiftDay(from, shift);
	const t = shiftDay(f, span);
	if (daysBetween(f, t) < span) f = shiftDay(t, -span);
	return { from: f, to: t };
}

/**
 * The range after a key on a handle (the W3C multi-thumb slider: a day with the arrows, a week with
 * Page Up/Down, Home/End to the handle's furthest day, never past the other handle), or null for a
 * key the handles do not take.
 */
export function keyedRange(
	range: { from: string; to: string },
	which: 'from' | 'to',
	key: string
): { from: string; to: string } | null {
	const steps: Record<string, number> = {
		ArrowLeft: -1,
		ArrowDown: -1,
		ArrowRight: 1,
		ArrowUp: 1,
		PageDown: -7,
		PageUp: 7,
		Home: -SPAN_DAYS,
		End: SPAN_DAYS
	};
	const step = steps[key];
	if (!step) return null;
	if (which === 'from') {
		const f = shiftDay(range.from, step);
		return { from: f <= range.to ? f : range.to, to: range.to };
	}
	const t = shiftDay(range.to, step);
	return { from: range.from, to: t >= range.from ? t : range.from };
}
