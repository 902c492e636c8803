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
