/**
 * Dots of one lane that would sit on one another (seven statements on 17 August, two calls on
 * following days) are dodged, as in a beeswarm: each dot, in order of its day, takes the free spot
 * nearest its day, first in the lane's other rows, then a pixel at a time sideways. Dots keep their
 * order in time within a row, and no dot overlaps another.
 */

export interface DodgeIn {
	id: string;
	/** The x of its day. */
	x: number;
	/** The lane's room for dots: top and bottom in px. A lane is told apart by its `top`. */
	top: number;
	bottom: number;
}

export interface DodgeOut {
	id: string;
	x: number;
	y: number;
}

export interface DodgeOptions {
	r: number;
	/** Room between two dots. */
	gap: number;
	/** Dots stay within [r, width − r]. */
	width: number;
}

/**
 * The heights a dot may take in a lane, in order of preference: its middle (where a lone dot sits,
 * on the lane's line), then the rows the lane holds, nearest the middle first. Dots on the middle and
 * on a row beside it pack like a honeycomb.
 */
export function laneRows(top: number, bottom: number, r: number, gap: number): number[] {
	const step = 2 * r + gap;
	const n = Math.max(1, Math.floor((bottom - top - 2 * r) / step) + 1);
	const mid = (top + bottom) / 2;
	const rows = Array.from({ length: n }, (_, i) => mid + (i - (n - 1) / 2) * step).sort(
		(a, b) => Math.abs(a - mid) - Math.abs(b - mid) || a - b
	);
	return rows[0] === mid ? rows : [mid, ...rows];
}

export function dodge(points: DodgeIn[], o: DodgeOptions): DodgeOut[] {
	const min = 2 * o.r + o.gap;
	const placed = new Map<number, DodgeOut[]>();
	const out = new Map<string, DodgeOut>();
	const order = [...points].sort((a, b) => a.x - b.x);
	const lo = o.r;
	const hi = Math.max(o.r, o.width - o.r);
	for (const p of order) {
		const lane = placed.get(p.top) ?? [];
		placed.set(p.top, lane);
		const rows = laneRows(p.top, p.bottom, o.r, o.gap);
		const free = (x: number, y: number) =>
			lane.every((q) => (q.x - x) ** 2 + (q.y - y) ** 2 >= min * min - 1e-6);
		let spot: DodgeOut | null = null;
		// Rightwards first: a dot moved off its day goes after the ones of that day, keeping time's order.
		for (let d = 0; !spot && d <= o.width; d++) {
			for (const dx of d === 0 ? [0] : [d, -d]) {
				const x = Math.min(hi, Math.max(lo, p.x + dx));
				const y = rows.find((y) => free(x, y));
				if (y !== undefined) {
					spot = { id: p.id, x, y };
					break;
				}
			}
		}
		spot ??= { id: p.id, x: Math.min(hi, Math.max(lo, p.x)), y: rows[0] };
		lane.push(spot);
		out.set(p.id, spot);
	}
	return points.map((p) => out.get(p.id)!);
}
