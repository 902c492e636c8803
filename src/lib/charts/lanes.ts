/**
 * The rows of an event chart (timeline lanes, sanction steps): each row's label sits on the row's
 * top edge, in the padding above its band, and its dots below the label's baseline.
 */
import { placeLabels, type Box, type PlacedLabel } from './labels';

export interface LaneArea {
	/** Baseline of the row's label. */
	labelY: number;
	/** Room for the row's dots. */
	top: number;
	bottom: number;
}

export function laneArea(bandTop: number, band: number, fontSize: number): LaneArea {
	return { labelY: bandTop + 1, top: bandTop + Math.round(0.35 * fontSize), bottom: bandTop + band };
}

/**
 * The rows' labels, placed at the left edge (a label wider than the chart is left out: the table
 * and each mark's name still say the lane).
 */
export function laneLabels(
	rows: { row: number; label: string; bandTop: number }[],
	band: number,
	width: number,
	fontSize: number,
	left = 0
): (PlacedLabel | null)[] {
	return placeLabels(
		rows.map((r) => ({
			id: String(r.row),
			text: r.label,
			at: [{ x: left, y: laneArea(r.bandTop, band, fontSize).labelY, anchor: 'start' }]
		})),
		{ fontSize, bounds: { left, right: width, top: -Infinity, bottom: Infinity }, gap: 0 }
	);
}

/** How far a note may slide from its mark to stay inside the chart, in px. */
export const NOTE_SLIDE = 40;

/** A mark of an event chart as its notes see it: its box, its centre's height, its lane's label line. */
export interface LaneMark {
	id: string;
	box: Box;
	cy: number;
	lineY: number;
}

/**
 * The story's notes on an event chart, each beside its mark: to its right, else its left, else on
 * its lane's label line (starting or ending over it); clear of every mark, every lane label and
 * each other. A note with no room is left out (its mark still names it).
 */
export function laneNotes(
	notes: { id: string; text: string }[],
	marks: LaneMark[],
	laneLabelBoxes: Box[],
	bounds: Box,
	fontSize: number
): PlacedLabel[] {
	const byId = new Map(marks.map((m) => [m.id, m]));
	const shown = notes.filter((n) => byId.has(n.id));
	return placeLabels(
		shown.map((n) => {
			const { box, cy, lineY } = byId.get(n.id)!;
			const y = cy + 0.35 * fontSize;
			return {
				id: n.id,
				text: n.text,
				bold: true,
				slide: NOTE_SLIDE,
				at: [
					{ x: box.right + 3, y, anchor: 'start' as const },
					{ x: box.left - 3, y, anchor: 'end' as const },
					{ x: box.left, y: lineY, anchor: 'start' as const },
					{ x: box.right, y: lineY, anchor: 'end' as const }
				]
			};
		}),
		{ fontSize, bounds, avoid: [...marks.map((m) => m.box), ...laneLabelBoxes] }
	).flatMap((l) => (l ? [l] : []));
}
