/**
 * Events → marks for the sanctions step chart and the events timeline. A mark is one occurrence:
 * the records of one claim are one mark, and a record that `describes` others is none of its own.
 */
import type { DatePrecision, Event, EventKind } from '$lib/data/schema';
import { daysInRange } from './figureSeries';
import { overlaps, type DayRange } from './range';

/** One thing that happened, and every record that reports it (its claim's records, the mark's first). */
export interface Occurrence {
	event: Event;
	reports: Event[];
}

export interface EventMark extends Occurrence {
	id: string;
	x0: string;
	x1: string;
	/** Row of the mark: a sanction step's level, or a timeline lane. */
	row: number;
}

export const sanctionLevels = { decision: 1, personal_package: 2 } as const;

/** The timeline's lanes, top to bottom: the street, then the state, then words; sanctions have their own chart. */
export const timelineLanes = [
	'election',
	'protest',
	'violence',
	'death',
	'release',
	'strike',
	'call',
	'meeting',
	'military_exercise',
	'statement'
] as const satisfies readonly EventKind[];

const precisionRank: Record<DatePrecision, number> = { day: 0, approx: 1, span: 2, month: 3, as_of: 4 };

/**
 * The occurrences the events report: one per claim (drawn at its most precisely dated report, the
 * first in the file among equals), one per record without a claim, none for a record that describes
 * others (it is shown with them).
 */
export function occurrences(events: readonly Event[]): Occurrence[] {
	let found = occurrencesOf.get(events);
	if (!found) occurrencesOf.set(events, (found = readOccurrences(events)));
	return found;
}

/**
 * The occurrences of each list of events, kept: they do not depend on the range, and a range change
 * (every brush move) asks for them again on events that have not changed. Treat them as read-only.
 */
const occurrencesOf = new WeakMap<readonly Event[], Occurrence[]>();

function readOccurrences(events: readonly Event[]): Occurrence[] {
	const groups = new Map<string, Event[]>();
	for (const e of events) {
		if (e.describes) continue;
		const key = e.claim === null ? `record:${e.id}` : `claim:${e.claim}`;
		groups.set(key, [...(groups.get(key) ?? []), e]);
	}
	return [...groups.values()].map((reports) => {
		const event = reports.reduce((best, r) =>
			precisionRank[r.date_precision] < precisionRank[best.date_precision] ? r : best
		);
		return { event, reports: [event, ...reports.filter((r) => r !== event)] };
	});
}

function byDate(a: Occurrence, b: Occurrence) {
	const [x, y] = [a.event, b.event];
	return x.date < y.date ? -1 : x.date > y.date ? 1 : x.id < y.id ? -1 : 1;
}

function marksOf(
	events: readonly Event[],
	range: DayRange,
	row: (e: Event) => number | undefined
): EventMark[] {
	return occurrences(events)
		.filter((o) => row(o.event) !== undefined && overlaps(o.event, range))
		.sort(byDate)
		.map((o) => {
			const [x0, x1] = daysInRange(o.event, range);
			return { ...o, id: o.event.id, x0, x1, row: row(o.event)! };
		});
}

export function sanctionMarks(events: readonly Event[], range: DayRange): EventMark[] {
	return marksOf(events, range, (e) =>
		e.kind === 'sanctions' && e.step ? sanctionLevels[e.step] : undefined
	);
}

export function timelineMarks(events: readonly Event[], range: DayRange): EventMark[] {
	const lane = new Map<string, number>(timelineLanes.map((k, i) => [k, i]));
	return marksOf(events, range, (e) => lane.get(e.kind));
}
