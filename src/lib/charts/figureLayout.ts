/**
 * A figure chart in pixels: where each mark goes (`figureGeometry`), and the texts of its plot
 * (`figureLabels`), placed with `placeLabels`: the value axis's title first (it
 * keeps clear of the tick numbers), then the value labels in the marks' order, then the notes.
 * Labels that say the same words over shared or following days ("duizenden" three times in one
 * week) are one label (`shareLabels`). A part against its whole (500 of 774) is labelled
 * beside its top; the rest above their tops, or lifted, or left out.
 */
import type { FigureMark } from './figureSeries';
import {
	ASCENT,
	placeLabels,
	shareLabels,
	textBox,
	type Box,
	type LabelRequest,
	type PlacedLabel
} from './labels';
import { NOTE_SLIDE } from './lanes';
import { dayStart } from '$lib/days';
import { dayEnd } from './scales';
import { formatNumber, magnitudeWord } from '$lib/i18n/format';
import type { Lang } from '$lib/view/options';

/** A mark's label: its word for a magnitude, else its number, "> 700" for "meer dan 700", "≥ 2" for "zeker 2" (the open top says the rest). */
export function valueLabel(m: FigureMark, lang: Lang): string {
	if (m.figure.qualifier === 'magnitude') return magnitudeWord(m.figure.value, lang);
	const n = formatNumber(m.figure.value, lang);
	return m.figure.qualifier === 'more_than' ? `> ${n}` : m.figure.qualifier === 'at_least' ? `≥ ${n}` : n;
}

/** How far an open-ended bar reaches past its value. */
export const OPEN = 26;
/** A part's width, of its whole's. */
const PART = 0.5;

export interface MarkGeometry {
	m: FigureMark;
	x: number;
	width: number;
	top: number;
	bottom: number;
	span: boolean;
}

/**
 * Each mark's box: a span over its days, one-day marks in their slots of the day, a part (500 of
 * 774) in its whole's slot, half as wide and against its right side, so each is seen and pointed at
 * whole, and the part reads as the whole's. `x` maps epoch ms and `y` a value (clamped to the
 * domain) to pixels; `height` is the plot's.
 */
export function figureGeometry(
	marks: FigureMark[],
	x: (ms: number) => number,
	y: (v: number) => number,
	height: number
): MarkGeometry[] {
	const wholes = new Set(marks.flatMap((m) => (m.partOf ? [m.partOf] : [])));
	return marks.map((m) => {
		const xa = x(dayStart(m.x0).getTime());
		const xb = x(dayEnd(m.x1).getTime());
		const span = m.x0 !== m.x1;
		const slotW = Math.max(5, Math.min(14, (xb - xa) * 0.8));
		let left = span ? xa : (xa + xb) / 2 - (slotW * m.slots) / 2 + m.slot * slotW;
		let width = span ? Math.max(2, xb - xa) : slotW;
		// A whole and its part stand together, centred on the slot: the part, narrower, against the whole's right side.
		if (wholes.has(m.id)) left -= (slotW * PART) / 2;
		if (m.partOf) {
			left += slotW - (slotW * PART) / 2;
			width = slotW * PART;
		}
		const bottom = m.figure.qualifier === 'magnitude' ? y(m.lower) : height;
		return { m, x: left, width, top: y(m.upper), bottom, span };
	});
}

/** The order marks are drawn in: spans behind one-day marks, parts after their wholes. */
export function drawOrder(placed: MarkGeometry[]): MarkGeometry[] {
	const rank = (p: MarkGeometry) => (p.span ? 0 : p.m.partOf ? 2 : 1);
	return [...placed].sort((a, b) => rank(a) - rank(b));
}

/** The input of `figureLabels` for marks laid out by `figureGeometry`, with their labels' words. */
export function labelMarks(
	placed: MarkGeometry[],
	text: (m: FigureMark) => string,
	notes: ReadonlyMap<string, string> = new Map()
): FigureLabelMark[] {
	return placed.map((p) => ({
		note: notes.get(p.m.id),
		id: p.m.id,
		text: text(p.m),
		x0: p.m.x0,
		x1: p.m.x1,
		left: p.x,
		right: p.x + p.width,
		top: p.top,
		labelTop: p.top - (p.m.open ? OPEN : 0),
		isPart: p.m.partOf !== null
	}));
}

export interface FigureLabelMark {
	id: string;
	text: string;
	x0: string;
	x1: string;
	/** The mark's box in px. */
	left: number;
	right: number;
	/** Where its label sits on: the bar's top, or the open end's tip. */
	labelTop: number;
	/** Top of the bar itself. */
	top: number;
	isPart: boolean;
	/** The story's note on this mark ("774 opgepakt"): its label when there is room, else the value. */
	note?: string;
}

/** A note on an event of the chart's days, drawn as a thin line on its day with the note at the top. */
export interface ReferenceNote {
	id: string;
	x: number;
	text: string;
}

export interface FigureLabelOptions {
	width: number;
	fontSize: number;
	/** Top of the room above the plot (below the legend); the plot starts at 0. */
	top: number;
	/** The axis title's left edge (in the left margin). */
	titleLeft: number;
	axisTitle: string;
	/** Boxes of the tick numbers: the axis title keeps clear of them. */
	ticks: Box[];
	references?: ReferenceNote[];
}

export interface FigureLabels {
	axisTitle: PlacedLabel | null;
	/** One per label drawn, with the ids of the marks it speaks for. */
	values: (PlacedLabel & { ids: string[] })[];
	/** The reference notes that found room (a note without room is not drawn, nor its line). */
	references: (PlacedLabel & { lineX: number })[];
}

/** Lines a value label may be lifted by before it is left out. */
const LIFT = 3;

export function figureLabels(marks: FigureLabelMark[], o: FigureLabelOptions): FigureLabels {
	const byId = new Map(marks.map((m) => [m.id, m]));
	const groups = shareLabels(marks);
	const titleY = Math.min(...o.ticks.map((t) => t.top), 0) - 0.4 * o.fontSize - 2;
	const [axisTitle] = placeLabels(
		[
			{
				id: 'axis-title',
				text: o.axisTitle,
				at: [{ x: o.titleLeft, y: Math.floor(titleY), anchor: 'start' }]
			}
		],
		{
			fontSize: o.fontSize,
			bounds: { left: o.titleLeft, right: o.width, top: o.top, bottom: Infinity },
			avoid: o.ticks
		}
	);
	const requests: LabelRequest[] = [];
	for (const g of groups) {
		const ms = g.ids.map((id) => byId.get(id)!);
		const left = Math.min(...ms.map((m) => m.left));
		const right = Math.max(...ms.map((m) => m.right));
		const y = Math.min(...ms.map((m) => m.labelTop)) - 4;
		const id = g.ids.join(' ');
		const note = ms.length === 1 ? ms[0].note : undefined;
		const words = note ? { text: note, shorter: g.text } : { text: g.text };
		if (ms.length === 1 && ms[0].isPart) {
			// Beside the part's top, right or left of its whole; the whole's label is above.
			const m = ms[0];
			const yy = m.top + 0.35 * o.fontSize;
			requests.push({
				id,
				...words,
				bold: true,
				at: [
					{ x: right + 3, y: yy, anchor: 'start' },
					{ x: left - 3, y: yy, anchor: 'end' }
				],
				lift: LIFT
			});
		} else if (g.x0 === g.x1) {
			requests.push({
				id,
				...words,
				bold: true,
				at: [{ x: (left + right) / 2, y, anchor: 'middle' }],
				lift: LIFT
			});
		} else {
			requests.push({
				id,
				...words,
				bold: true,
				at: [
					{ x: left + 2, y, anchor: 'start' },
					{ x: right - 2, y, anchor: 'end' }
				],
				lift: LIFT
			});
		}
	}
	// Value labels stay over the plot, clear of the axis title.
	const placed = placeLabels(requests, {
		fontSize: o.fontSize,
		bounds: { left: 0, right: o.width, top: o.top, bottom: Infinity },
		avoid: axisTitle ? [axisTitle.box] : []
	});
	const values = placed.flatMap((p) => (p ? [{ ...p, ids: p.id.split(' ') }] : []));
	// Notes on the days of events: at the plot's top, clear of every other text and of the marks.
	const markBoxes = marks.map((m) => ({ left: m.left, right: m.right, top: m.labelTop, bottom: Infinity }));
	const refs = o.references ?? [];
	const refY = Math.ceil(ASCENT * o.fontSize) + 2;
	const references = placeLabels(
		refs.map((r) => ({
			id: r.id,
			text: r.text,
			bold: true,
			slide: NOTE_SLIDE,
			at: [
				{ x: r.x + 3, y: refY, anchor: 'start' },
				{ x: r.x - 3, y: refY, anchor: 'end' }
			],
			lift: LIFT,
			liftDirection: 1
		})),
		{
			fontSize: o.fontSize,
			bounds: { left: 0, right: o.width, top: 0, bottom: Infinity },
			avoid: [...(axisTitle ? [axisTitle.box] : []), ...values.map((v) => v.box), ...markBoxes]
		}
	).flatMap((p, i) => (p ? [{ ...p, lineX: refs[i].x }] : []));
	return { axisTitle, values, references };
}

/** The boxes of a value axis's tick numbers, written right-aligned at `x` and centred on their y (dy 0.32 em). */
export function tickBoxes(ticks: { text: string; y: number }[], x: number, fontSize: number): Box[] {
	return ticks.map((t) => textBox(t.text, { x, y: t.y + 0.32 * fontSize, anchor: 'end' }, fontSize));
}
