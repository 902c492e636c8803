/** Scales and ticks for the charts: pure, so that tick choices are tested without a DOM. */
import { scaleBand, scaleLinear, scaleLog } from 'd3-scale';
import { utcDay, utcMonday, utcMonth, utcSaturday } from 'd3-time';
import type { YScale } from '$lib/view/options';
import { DAY_MS, dayStart } from '$lib/days';
import type { DayRange } from './range';

/** The day after `iso`: a day's mark spans [day, next day) on the time axis. */
export function dayEnd(iso: string): Date {
	return new Date(dayStart(iso).getTime() + DAY_MS);
}

/**
 * Time as a linear scale over epoch milliseconds (a Date converts to its number): d3's scaleUtc
 * would pull d3-time-format into the browser for tick labels we write with Intl anyway.
 */
export function timeScale(range: DayRange) {
	return scaleLinear().domain([dayStart(range.from).getTime(), dayEnd(range.to).getTime()]);
}

export function valueScale(kind: YScale) {
	return kind === 'log' ? scaleLog() : scaleLinear();
}

export function rowScale(rows: number[]) {
	return scaleBand<number>().domain(rows).paddingInner(0.2).paddingOuter(0.1);
}

/** About one tick per 90 px: Mondays for short ranges, the 1st and 15th or months for long ones. */
export function timeTicks([fromMs, toMs]: [number, number], width: number): Date[] {
	const [from, to] = [new Date(fromMs), new Date(toMs)];
	const days = (to.getTime() - from.getTime()) / DAY_MS;
	const fit = Math.max(2, Math.floor(width / 90));
	if (days <= fit) return utcDay.range(from, to);
	const mondays = utcMonday.range(from, to);
	if (mondays.length <= fit) return mondays;
	const weeks = mondays.filter((_, i) => i % 2 === 0);
	if (weeks.length <= fit) return weeks;
	return utcMonth.range(from, to);
}

/** Powers of ten on a log axis (never "2 000"); round steps on a linear one. */
export function valueTicks([lo, hi]: [number, number], height: number): number[] {
	if (lo > 0 && hi / lo >= 10) {
		const out: number[] = [];
		for (let v = 10 ** Math.ceil(Math.log10(lo)); v <= hi; v *= 10) out.push(v);
		return out;
	}
	return scaleLinear()
		.domain([lo, hi])
		.ticks(Math.max(2, Math.floor(height / 50)));
}

/** [start, end) in epoch ms of every Saturday–Sunday inside the domain. */
export function weekendSpans([fromMs, toMs]: [number, number]): [number, number][] {
	return utcSaturday
		.range(new Date(fromMs - 2 * DAY_MS), new Date(toMs))
		.map((sat): [number, number] => [
			Math.max(fromMs, sat.getTime()),
			Math.min(toMs, sat.getTime() + 2 * DAY_MS)
		])
		.filter(([a, b]) => b > a);
}
