/**
 * The frame of an exported file: how much the drawing is scaled, and how the title, subtitle and
 * source line wrap so that nothing runs off the file. ChartSvg and MapSvg draw each of these texts on
 * one line; on a narrow file `wrapFrameText` sets the long ones on several lines (as `<tspan>`s of
 * the same `<text>`), in the room `headerHeight` and `footerHeight` kept for them.
 *
 * Widths are Arial's (`textWidth`), the widest font of the stack: see the note in svg.ts.
 */
import { textUnits, textWidth } from './textWidth';

/**
 * A file is laid out at about the size of a laptop's chart and scaled up to its size, so text keeps
 * the share of the chart it has on screen (a 1920-px slide drawn 1:1 would have 11-px labels that
 * no projector shows). Never scaled up below LAYOUT_BASE, and laid out at least LAYOUT_MIN (the
 * dashboard's narrowest) wide and tall, scaling down to fit smaller files.
 */
export const LAYOUT_BASE = { width: 960, height: 540 };
export const LAYOUT_MIN = { width: 320, height: 240 };

/** Geometry of ChartSvg/MapSvg's frame, in layout pixels, at full size (`k` = 1). */
const TITLE = { size: 22, first: 34, line: 26 };
const SUBTITLE = { size: 15, gap: 24, line: 19 };
const SMALL = { size: 12, line: 15, bottom: 14 };
const NOTE = { size: 12, line: 15, gap: 6 };
const HEADER_BELOW = 12;
/** Without a title, a little room above the legend or the map. */
const HEADER_NO_TITLE = 8;
const FOOTER_BASE = 26;
const SIDE = 16;
const GAP = 24;
/**
 * A presenter's own words may take at most this share of the file's height, title and source line
 * included: longer ones are set smaller (down to FIT_STEPS' last factor), and if they still do not
 * fit the file is refused (the endpoint answers 400). Our own texts are never shrunk.
 */
const MAX_FRAME_SHARE = 0.5;
const FIT_STEPS = [1, 0.9, 0.8, 0.7, 0.6];

export interface FrameTexts {
	title: string | null;
	subtitle: string;
	/** A presenter's note, drawn above the source line. */
	note?: string | null;
	source: string;
	credit: string;
	/** Where the frame's text starts (x of the title and the source line). */
	left: number;
	/** The title, subtitle or note are a presenter's own words: shrunk to fit, words broken if need be. */
	own?: boolean;
}

export interface FrameLayout {
	/** Factor from layout pixels to the file's pixels (two decimals). */
	scale: number;
	/** Layout size: what the component is rendered at. */
	width: number;
	height: number;
	/** Lines of each text (null: no title, subtitle hidden with it). */
	title: string[] | null;
	subtitle: string[];
	note: string[];
	/** The source line's lines; the credit has the last line to itself when there is more than one. */
	source: string[];
	/** The source line does not share its line with the credit. */
	sourceApart: boolean;
	/** Factor of the title's, subtitle's and note's font sizes (below 1 only for own words). */
	textScale: number;
	headerHeight: number;
	footerHeight: number;
	/** False when own words take more than their share of the file even at the smallest size. */
	fits: boolean;
}

/**
 * Greedy line breaking of `units` (words, or a source line's items) joined by `sep`. Widths are
 * summed in whole 1/1000 em (`textUnits`) as the line grows, and scaled as `textWidth` scales them:
 * a line is measured exactly as `textWidth` measures it, without measuring it again per word.
 */
export function wrapUnits(
	units: string[],
	sep: string,
	maxWidth: number,
	size: number,
	bold = false
): string[] {
	const tooWide = (units: number) => (units * size) / 1000 > maxWidth;
	const sepUnits = textUnits(sep, bold);
	const lines: string[] = [];
	let line = '';
	let lineUnits = 0;
	for (const u of units) {
		const uUnits = textUnits(u, bold);
		if (line && tooWide(lineUnits + sepUnits + uUnits)) {
			lines.push(line);
			line = u;
			lineUnits = uUnits;
		} else {
			lineUnits = line ? lineUnits + sepUnits + uUnits : uUnits;
			line = line ? line + sep + u : u;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** A word wider than the line (a URL, a long compound) in pieces that fit, so it never runs off. */
function breakWord(word: string, maxWidth: number, size: number, bold: boolean): string[] {
	const tooWide = (units: number) => (units * size) / 1000 > maxWidth;
	if (!tooWide(textUnits(word, bold))) return [word];
	const pieces: string[] = [];
	let piece = '';
	let pieceUnits = 0;
	for (const c of word) {
		const cUnits = textUnits(c, bold);
		if (piece && tooWide(pieceUnits + cUnits)) {
			pieces.push(piece);
			piece = c;
			pieceUnits = cUnits;
		} else {
			piece += c;
			pieceUnits += cUnits;
		}
	}
	return piece ? [...pieces, piece] : pieces;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);
/** "Bronnen: #003 (15 aug 2020), #000 (17 aug 2020)" breaks between articles, not inside a date. */
const sourceItems = (s: string) => s.split(/(?<=,)\s+/);

/** Lines of a title, subtitle or note; own words may break inside an over-long word. */
function wrapText(text: string, own: boolean, maxWidth: number, size: number, bold = false): string[] {
	const units = words(text);
	return wrapUnits(
		own ? units.flatMap((w) => breakWord(w, maxWidth, size, bold)) : units,
		' ',
		maxWidth,
		size,
		bold
	);
}

/** The sizes of the frame's texts at factor `k` (line heights follow; the first baseline keeps its gap). */
function sizesAt(k: number) {
	return {
		title: { size: TITLE.size * k, first: TITLE.first - TITLE.size * (1 - k), line: TITLE.line * k },
		subtitle: { size: SUBTITLE.size * k, gap: SUBTITLE.gap * k, line: SUBTITLE.line * k },
		note: { size: NOTE.size * k, line: NOTE.line * k }
	};
}

export function frameLayout(size: { width: number; height: number }, t: FrameTexts): FrameLayout {
	const up = Math.max(1, Math.min(size.width / LAYOUT_BASE.width, size.height / LAYOUT_BASE.height));
	const s = Math.min(up, size.width / LAYOUT_MIN.width, size.height / LAYOUT_MIN.height);
	// Two decimals, rounded down: a short transform, and the drawing never overflows the file.
	const scale = Math.floor(s * 100) / 100;
	// Whole pixels (ChartSvg rounds them), rounded up so the background reaches the file's edges.
	const width = Math.ceil(size.width / scale);
	const height = Math.ceil(size.height / scale);
	const room = width - t.left - SIDE;

	const oneLine = textWidth(t.source, SMALL.size) + GAP + textWidth(t.credit, SMALL.size) <= room;
	const source = oneLine ? [t.source] : wrapUnits(sourceItems(t.source), ' ', room, SMALL.size);
	const sourceLines = oneLine ? 1 : source.length + 1;

	function at(k: number) {
		const z = sizesAt(k);
		const title = t.title === null ? null : wrapText(t.title, !!t.own, room, z.title.size, true);
		const subtitle = wrapText(t.subtitle, !!t.own, room, z.subtitle.size);
		const note = t.note == null ? [] : wrapText(t.note, !!t.own, room, z.note.size);
		const headerHeight = title
			? z.title.first +
				(title.length - 1) * z.title.line +
				z.subtitle.gap +
				(subtitle.length - 1) * z.subtitle.line +
				HEADER_BELOW
			: HEADER_NO_TITLE;
		const noteHeight = note.length ? note.length * z.note.line + NOTE.gap : 0;
		const footerHeight = FOOTER_BASE + (sourceLines - 1) * SMALL.line + noteHeight;
		const fits = headerHeight + footerHeight <= height * MAX_FRAME_SHARE;
		return { title, subtitle, note, textScale: k, headerHeight, footerHeight, fits };
	}

	let fitted = at(1);
	for (const k of t.own ? FIT_STEPS.slice(1) : []) {
		if (fitted.fits) break;
		fitted = at(k);
	}
	return { scale, width, height, source, sourceApart: !oneLine, ...fitted, fits: fitted.fits || !t.own };
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const round = (n: number) => Math.round(n * 100) / 100;

function tspans(lines: string[], x: string, y0: number, step: number): string {
	return lines.map((l, i) => `<tspan x="${x}" y="${round(y0 + i * step)}">${escapeXml(l)}</tspan>`).join('');
}

/**
 * Sets the frame's texts of a cleaned file on the lines `layout` gives them, at its text sizes.
 * Texts on one line at full size stay as the component drew them. Works in layout pixels (inside
 * the scale group).
 */
export function wrapFrameText(svg: string, layout: FrameLayout): string {
	const { title, subtitle, note, source, textScale: k } = layout;
	const z = sizesAt(k);
	const subtitleTop = title ? z.title.first + (title.length - 1) * z.title.line + z.subtitle.gap : 0;
	// The note fills the top of the footer; its first baseline sits as far down its line as the source's does.
	const noteTop = layout.height - layout.footerHeight + z.note.line * 0.8;
	const plan: Record<string, ((x: string) => string) | null> = {
		title: title && (title.length > 1 || k < 1) ? (x) => tspans(title, x, z.title.first, z.title.line) : null,
		// The title's lines push the subtitle down even when the subtitle itself fits on one line.
		subtitle:
			title && (title.length > 1 || subtitle.length > 1 || k < 1)
				? (x) => tspans(subtitle, x, subtitleTop, z.subtitle.line)
				: null,
		note: note.length ? (x) => tspans(note, x, noteTop, z.note.line) : null,
		// Lines above the credit, which keeps the last line (where the component drew both).
		source: layout.sourceApart
			? (x) => tspans(source, x, layout.height - SMALL.bottom - source.length * SMALL.line, SMALL.line)
			: null
	};
	const wrapped = svg.replace(
		/<text class="(title|subtitle|note|source)"([^>]*)>[^<]*<\/text>/g,
		(all, cls: string, attrs: string) => {
			const make = plan[cls];
			if (!make) return all;
			const x = /\sx="([^"]*)"/.exec(attrs)?.[1] ?? '0';
			return `<text class="${cls}"${attrs}>${make(x)}</text>`;
		}
	);
	if (k === 1) return wrapped;
	// Own words set smaller: rules more specific than the stylesheet's (a file has no style attributes).
	const sizes =
		`.chart-svg text.title{font-size:${round(z.title.size)}px}` +
		`.chart-svg text.subtitle{font-size:${round(z.subtitle.size)}px}` +
		`.chart-svg text.note{font-size:${round(z.note.size)}px}`;
	return wrapped.replace('</style>', `${sizes}</style>`);
}
