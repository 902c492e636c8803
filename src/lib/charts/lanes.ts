/**
 * The rows of an event chart (timeline lanes, sanction steps): each row's label sits on the row's
 * top edge, in the padding above its band, and its dots below the label's baseline.
 */
import { placeLabels, type PlacedLabel } from './labels';

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
