/** Events → marks for the sanctions step chart and the events timeline. */
import type { Event, EventKind } from '$lib/data/schema';
import { daysInRange } from './figureSeries';
import { overlaps, type DayRange } from './range';

export interface EventMark {
	id: string;
	event: Event;
	x0: string;
	x1: string;
	/** Row of the mark: a sanction step's level, or a timeline lane. */
	row: number;
	/** Marks on the same row that start the same day are stacked: 0, 1, 2 ... of `stackSize`. */
	stack: number;
	stackSize: number;
}

export const sanctionLevels = { decision: 1, summit: 2, personal_package: 3 } as const;

/** The timeline's lanes, top to bottom; sanctions have their own chart. */
export const timelineLanes = [
	'election',
	'call',
	'meeting',
	'military_exercise',
	'strike',
	'statement',
	'death'
] as const satisfies readonly EventKind[];

function stacked(marks: Omit<EventMark, 'stack' | 'stackSize'>[]): EventMark[] {
	const key = (m: { row: number; x0: string }) => `${m.row}|${m.x0}`;
	const sizes = new Map<string, number>();
	for (const m of marks) sizes.set(key(m), (sizes.get(key(m)) ?? 0) + 1);
	const seen = new Map<string, number>();
	return marks.map((m) => {
		const stack = seen.get(key(m)) ?? 0;
		seen.set(key(m), stack + 1);
		return { ...m, stack, stackSize: sizes.get(key(m))! };
	});
}

function days(e: Event, range: DayRange) {
	const [x0, x1] = daysInRange(e, range);
	return { x0, x1 };
}

function byDate(a: Event, b: Event) {
	return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1;
}

export function sanctionMarks(events: readonly Event[], range: DayRange): EventMark[] {
	return stacked(
		events
			.filter((e) => e.kind === 'sanctions' && e.step && overlaps(e, range))
			.sort(byDate)
			.map((e) => ({
				id: e.id,
				event: e,
				...days(e, range),
				row: sanctionLevels[e.step!]
			}))
	);
}

export function timelineMarks(events: readonly Event[], range: DayRange): EventMark[] {
	const lane = new Map<string, number>(timelineLanes.map((k, i) => [k, i]));
	return stacked(
		events
			.filter((e) => lane.has(e.kind) && overlaps(e, range))
			.sort(byDate)
			.map((e) => ({ id: e.id, event: e, ...days(e, range), row: lane.get(e.kind)! }))
	);
}
