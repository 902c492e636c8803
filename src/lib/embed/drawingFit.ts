/**
 * When a widget's server-laid-out drawing should be laid out again for the width it has on screen: a
 * widget then hydrates at once rather than at first use. Pure, and small enough for the first script.
 */

/**
 * True when a drawing laid out `drawn` px wide shows in a box `box` px wide at a scale that makes its
 * 11 px text too small (under ~10 px) or needlessly large: time to lay it out again.
 */
export function needsNewDrawing(box: number, drawn: number): boolean {
	if (!(box > 0) || !(drawn > 0)) return false;
	const scale = box / drawn;
	return scale < 0.9 || scale > 1.12;
}
