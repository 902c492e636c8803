/**
 * The story's period, by the rule data/story.json states: from the day of its `period_start` record
 * (the election, whose sentence dates it) to the newest article's day. Every view's time axis, the
 * URL's `from`/`to`, the presets and the brush run over it, so a sixth article of 20 October extends
 * them all with no code change. Pure: the server derives it once (validate.ts) and sends it to the
 * islands with the page's records.
 */
import type { Period } from '$lib/data/schema';
import { DAY_MS, dayStart, isoDay } from '$lib/days';

export type { Period };

export function storyPeriod(startDay: string, articles: readonly { date: string }[]): Period {
	const newest = articles.reduce((last, a) => (a.date > last ? a.date : last), startDay);
	return { from: startDay, to: newest };
}

/** The number of days in the period, both ends counted. */
export function periodDays(p: Period): number {
	return Math.round((dayStart(p.to).getTime() - dayStart(p.from).getTime()) / DAY_MS) + 1;
}

export function inPeriod(day: string, p: Period): boolean {
	return day >= p.from && day <= p.to;
}

const monthIds = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
] as const;

export interface RangePreset {
	/** `all`, `election_week`, or a month (`september`; with its year, `january-2021`, when the period spans two). */
	id: string;
	/** For a month: its first day, which names it in the reader's language. */
	month: string | null;
	from: string;
	to: string;
}

/**
 * The named ranges offered as buttons: the whole period, its first week (the election week: the
 * period starts on the election) and each month it touches, cut to the period.
 */
export function rangePresets(p: Period): RangePreset[] {
	const start = dayStart(p.from).getTime();
	const weekEnd = isoDay(start + 7 * DAY_MS);
	const out: RangePreset[] = [
		{ id: 'all', month: null, from: p.from, to: p.to },
		{ id: 'election_week', month: null, from: p.from, to: weekEnd < p.to ? weekEnd : p.to }
	];
	const years = new Set([p.from.slice(0, 4), p.to.slice(0, 4)]).size;
	for (let m = p.from.slice(0, 7); m <= p.to.slice(0, 7);) {
		const [y, mo] = m.split('-').map(Number);
		const first = `${m}-01`;
		const last = isoDay(Date.UTC(y, mo, 0));
		const id = monthIds[mo - 1] + (years > 1 ? `-${y}` : '');
		out.push({ id, month: first, from: first < p.from ? p.from : first, to: last > p.to ? p.to : last });
		m = isoDay(Date.UTC(y, mo, 1)).slice(0, 7);
	}
	return out;
}
