/**
 * Figures → marks for the two value charts (arrests, protest sizes): one mark per record in range,
 * with its series, its days and its bounds. The components only place these with the scales.
 */
import type { Figure } from '$lib/data/schema';
import type { YScale } from '$lib/view/options';
import { figureBounds, type Bounds } from './bounds';
import { overlaps, type DayRange } from './range';

export type FigureSeriesId = 'nationwide' | 'minsk' | 'opposition' | 'government';

/** The second series of each figure chart is hatched: Minsk beside "heel Belarus", pro-government beside opposition differ by more than colour. */
export const HATCHED_SERIES: readonly FigureSeriesId[] = ['minsk', 'government'];

export interface FigureMark extends Bounds {
	id: string;
	figure: Figure;
	series: FigureSeriesId;
	/** First and last day; equal for a one-day figure. */
	x0: string;
	x1: string;
	/** One-day marks on the same day stand side by side: this one's place among `slots`. */
	slot: number;
	slots: number;
	/** The mark this one is a part of, drawn in the same slot (500 in Minsk against the 774 of the country). */
	partOf: string | null;
}

/** A mark's days, cut to the range: a span that began before the range starts at its first day. */
export function daysInRange(r: { date: string; date_end: string | null }, range: DayRange): [string, string] {
	const end = r.date_end ?? r.date;
	return [r.date < range.from ? range.from : r.date, end > range.to ? range.to : end];
}

function toMark(figure: Figure, series: FigureSeriesId, range: DayRange): FigureMark {
	const [x0, x1] = daysInRange(figure, range);
	return { id: figure.id, figure, series, x0, x1, slot: 0, slots: 1, partOf: null, ...figureBounds(figure) };
}

/**
 * Gives one-day marks that share a day their side-by-side slots; a part of another mark of that day
 * takes its whole's slot instead, to be drawn against it.
 */
function slotted(marks: FigureMark[]): FigureMark[] {
	const byDay = new Map<string, FigureMark[]>();
	const oneDay = (m: FigureMark) => m.x0 === m.x1;
	// Looked up by id, not searched: a range change reshapes every mark, and a search per part
	// would grow with the square of the records.
	const byId = new Map(marks.map((m) => [m.id, m]));
	const wholeOf = (m: FigureMark) => {
		const w = m.figure.part_of ? byId.get(m.figure.part_of) : undefined;
		return w && oneDay(w) && oneDay(m) && w.x0 === m.x0 ? w : undefined;
	};
	for (const m of marks) {
		if (!oneDay(m) || wholeOf(m)) continue;
		const list = byDay.get(m.x0) ?? [];
		list.push(m);
		byDay.set(m.x0, list);
	}
	for (const list of byDay.values())
		list.forEach((m, i) => Object.assign(m, { slot: i, slots: list.length }));
	for (const m of marks) {
		const whole = wholeOf(m);
		if (whole) Object.assign(m, { slot: whole.slot, slots: whole.slots, partOf: whole.id });
	}
	return marks;
}

/** Arrests, told apart by where: Minsk, or the country (a nationwide count, or one without a city). */
export function arrestMarks(figures: readonly Figure[], range: DayRange): FigureMark[] {
	return slotted(
		figures
			.filter((f) => f.metric === 'arrests' && overlaps(f, range))
			.map((f) => toMark(f, f.place === 'minsk' ? 'minsk' : 'nationwide', range))
	);
}

/** Protest sizes, told apart by side: opposition protests and pro-government rallies. */
export function protestMarks(figures: readonly Figure[], range: DayRange): FigureMark[] {
	return slotted(
		figures
			.filter((f) => f.metric === 'protest_size' && overlaps(f, range))
			.map((f) => toMark(f, f.side === 'government' ? 'government' : 'opposition', range))
	);
}

/**
 * Value domains are fixed per chart, not fitted to the range, so a mark keeps its height when
 * the reader changes the range. A log scale lets "duizenden" and "meer dan 100.000" both read.
 */
export const valueDomains = {
	arrests: { log: [100, 20_000], linear: [0, 10_000] },
	protests: { log: [1_000, 1_000_000], linear: [0, 1_000_000] }
} as const satisfies Record<string, Record<YScale, readonly [number, number]>>;

export const seriesOrder: Record<'arrests' | 'protests', FigureSeriesId[]> = {
	arrests: ['nationwide', 'minsk'],
	protests: ['opposition', 'government']
};
