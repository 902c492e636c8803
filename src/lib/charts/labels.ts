/**
 * Where a chart's texts go, in pixels for the width drawn: value labels, magnitude words, lane
 * labels, axis titles and notes. One rule for all of them: a label is tried at each of its
 * positions in turn, then lifted a line at a time, and left out when none is free. It never lands
 * on a label placed before it (nor on a box it must keep clear of), and never leaves the bounds.
 * Leaving a label out takes nothing from a reader: its mark keeps its tooltip and its table row.
 *
 * Text is measured with Arial's widths (`textWidth`), wider than Source Sans 3, and boxes are as
 * tall as the browser makes a line of the font (ascent and descent), so a label that fits here
 * fits on screen, in an export opened without the font, and in rsvg.
 */
import { textWidth } from '$lib/export/textWidth';
import { addDays } from '$lib/days';

/** Size of every text in a chart's drawing (ticks, axis titles, value and lane labels, notes, legend), in px. */
export const CHART_TEXT = 12;

export type Anchor = 'start' | 'middle' | 'end';

/** A label's baseline point and anchor, as SVG `<text x y text-anchor>` takes them. */
export interface LabelAt {
	x: number;
	y: number;
	anchor: Anchor;
}

export interface LabelRequest {
	id: string;
	text: string;
	/** Positions in order of preference. */
	at: LabelAt[];
	bold?: boolean;
	/** Lines the label may be lifted above its first position when every position is taken (default 0). */
	lift?: number;
	/** Line to lift by: negative lifts up (the default), positive moves down. */
	liftDirection?: -1 | 1;
	/** Words to try at the same places when `text` finds no room ("774" for "774 opgepakt"). */
	shorter?: string;
	/** How far, in px, a position may slide sideways to stay within the bounds (a note stays by its mark). */
	slide?: number;
}

export interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

export interface PlacedLabel extends LabelAt {
	id: string;
	text: string;
	box: Box;
}

export interface PlaceOptions {
	/** The chart's text size in px. */
	fontSize: number;
	/** Where labels may go (their whole box). */
	bounds: Box;
	/** Boxes to keep clear of besides the labels: the legend, marks a note must not cover. */
	avoid?: Box[];
	/** Room kept between two labels, in px. */
	gap?: number;
}

/** Above and below the baseline, in em: Source Sans 3's line box (taller than Arial's), as Chromium measures text. */
export const ASCENT = 1.024;
const DESCENT = 0.4;

/** The height a line of text takes at `fontSize` with the gap between labels: what a label is lifted by. */
export function lineHeight(fontSize: number): number {
	return Math.ceil((ASCENT + DESCENT) * fontSize) + 2;
}

/** The box of `text` set at `at`. */
export function textBox(text: string, at: LabelAt, fontSize: number, bold = false): Box {
	const w = textWidth(text, fontSize, bold);
	const left = at.anchor === 'start' ? at.x : at.anchor === 'middle' ? at.x - w / 2 : at.x - w;
	return { left, right: left + w, top: at.y - ASCENT * fontSize, bottom: at.y + DESCENT * fontSize };
}

export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
	return a.left < b.right + gap && a.right + gap > b.left && a.top < b.bottom + gap && a.bottom + gap > b.top;
}

function inside(b: Box, bounds: Box): boolean {
	return b.left >= bounds.left && b.right <= bounds.right && b.top >= bounds.top && b.bottom <= bounds.bottom;
}

/** Moves a position sideways so its box stays within the bounds, if the label is not wider than they are. */
function clampX(at: LabelAt, box: Box, bounds: Box): LabelAt {
	const dx =
		box.left < bounds.left ? bounds.left - box.left : box.right > bounds.right ? bounds.right - box.right : 0;
	return { ...at, x: at.x + dx };
}

/**
 * Places `requests` in order (the first wins a contested spot) and returns one entry per request:
 * where it goes, or null where it is left out.
 */
export function placeLabels(requests: LabelRequest[], o: PlaceOptions): (PlacedLabel | null)[] {
	const gap = o.gap ?? 2;
	const taken: Box[] = [...(o.avoid ?? [])];
	const line = lineHeight(o.fontSize);
	return requests.map((r) => {
		const tries: LabelAt[] = [...r.at];
		const first = r.at[0];
		for (let i = 1; first && i <= (r.lift ?? 0); i++)
			tries.push({ ...first, y: first.y + (r.liftDirection ?? -1) * i * line });
		for (const text of r.shorter === undefined ? [r.text] : [r.text, r.shorter])
			for (const t of tries) {
				const at = clampX(t, textBox(text, t, o.fontSize, r.bold), o.bounds);
				if (Math.abs(at.x - t.x) > (r.slide ?? Infinity)) continue;
				const box = textBox(text, at, o.fontSize, r.bold);
				if (!inside(box, o.bounds) || taken.some((b) => boxesOverlap(box, b, gap))) continue;
				taken.push(box);
				return { id: r.id, text, ...at, box };
			}
		return null;
	});
}

/** A day span on a chart, with the words its label would say. */
export interface DaySpanLabel {
	id: string;
	text: string;
	x0: string;
	x1: string;
}

/**
 * Labels that say the same words over days that overlap or follow each other ("duizenden" for a
 * week, its Saturday and the Sunday after): one label for each such run, over all its days, named
 * by its members' ids. Others stay one label each, in their order.
 */
export function shareLabels<T extends DaySpanLabel>(
	items: T[]
): { text: string; x0: string; x1: string; ids: string[] }[] {
	const groups: { text: string; x0: string; x1: string; ids: string[] }[] = [];
	const sorted = [...items].sort((a, b) => (a.x0 < b.x0 ? -1 : a.x0 > b.x0 ? 1 : 0));
	for (const it of sorted) {
		const g = groups.find((g) => g.text === it.text && it.x0 <= addDays(g.x1, 1) && it.x1 >= g.x0);
		if (g) {
			g.ids.push(it.id);
			if (it.x1 > g.x1) g.x1 = it.x1;
		} else groups.push({ text: it.text, x0: it.x0, x1: it.x1, ids: [it.id] });
	}
	// In the order of the items' first member, so the caller's priority holds.
	const order = new Map(items.map((it, i) => [it.id, i]));
	return groups.sort(
		(a, b) => Math.min(...a.ids.map((i) => order.get(i)!)) - Math.min(...b.ids.map((i) => order.get(i)!))
	);
}
