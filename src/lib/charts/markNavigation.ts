/**
 * How a chart's marks are reached and explained: the mark the arrow keys go to next (in time), and
 * where a mark's tooltip goes. Pure, tested in tests/unit/charts/markNavigation.test.ts.
 */
import { articleInWords } from '$lib/data/articleRef';
import type { TableRow } from './chartModel';

/** A mark as the arrow keys see it: its first day, and its centre on screen. */
export interface MarkPosition {
	day: string;
	x: number;
	y: number;
}

/**
 * The mark to focus after `key` when mark `current` has focus: the next or previous one in time (the
 * first day, then left to right, then top to bottom), the first (Home) or the last (End). Stops at
 * the ends. Null for any other key.
 */
export function nextMarkIndex(marks: readonly MarkPosition[], current: number, key: string): number | null {
	if (!marks[current]) return null;
	const order = marks
		.map((_, i) => i)
		.sort((a, b) => {
			const p = marks[a];
			const q = marks[b];
			return p.day < q.day ? -1 : p.day > q.day ? 1 : p.x - q.x || p.y - q.y || a - b;
		});
	const at = order.indexOf(current);
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
			return order[Math.min(at + 1, order.length - 1)];
		case 'ArrowLeft':
		case 'ArrowUp':
			return order[Math.max(at - 1, 0)];
		case 'Home':
			return order[0];
		case 'End':
			return order[order.length - 1];
		default:
			return null;
	}
}

/**
 * The marks that share a spot with mark `id`, itself first: the one-day marks of its day on its row
 * (the timeline's seven statements of 17 August, dodged apart but of one day), or of its day on a
 * figure chart (774 and its 500 in Minsk). A span shares its spot with none. The tooltip lists them all.
 */
export function spotMates(
	marks: readonly { id: string; x0: string; x1: string; row?: number }[],
	id: string
): string[] {
	const m = marks.find((k) => k.id === id);
	if (!m) return [];
	if (m.x0 !== m.x1) return [id];
	const mates = marks.filter((k) => k.id !== id && k.x0 === m.x0 && k.x1 === m.x1 && k.row === m.row);
	return [id, ...mates.map((k) => k.id)];
}

/** The lines of a mark's tooltip. */
export interface TooltipText {
	value: string;
	what: string;
	when: string;
	quote: string;
	article: string;
}

export function tooltipText(row: TableRow): TooltipText {
	return {
		value: row.value,
		what: row.what,
		when: `${row.date} · ${row.place}`,
		quote: `‘${row.quote}’`,
		article: row.articles.map(articleInWords).join('; ')
	};
}

/** Gap between a mark and its tooltip. */
const GAP = 10;

/**
 * Where the tooltip goes inside the chart's box: centred over the mark and kept inside the box; above
 * the mark, or below its top when the room above (up to the top of the page, or of the widget, which
 * the frame cuts off) is too small.
 */
export function tooltipPlacement(
	mark: { x: number; top: number; bottom: number },
	boxWidth: number,
	tip: { width: number; height: number },
	roomAbove: number
): { left: number; top: number; below: boolean } {
	const left = Math.max(0, Math.min(mark.x - tip.width / 2, boxWidth - tip.width));
	if (roomAbove >= tip.height + GAP) return { left, top: mark.top - GAP - tip.height, below: false };
	// Under a dot; over the upper part of a tall bar rather than under its foot, far down the chart.
	return { left, top: Math.min(mark.bottom, mark.top + 24) + GAP, below: true };
}
