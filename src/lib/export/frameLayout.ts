/**
 * The frame of an exported file: how much the drawing is scaled, and how the title, subtitle and
 * source line wrap so that nothing runs off the file. ChartSvg and MapSvg draw each of these texts on
 * one line; on a narrow file `wrapFrameText` sets the long ones on several lines (as `<tspan>`s of
 * the same `<text>`), in the room `headerHeight` and `footerHeight` kept for them.
 *
 * Widths are Arial's (`textWidth`), the widest font of the stack: see the note in svg.ts.
 */
import { textWidth } from './textWidth';

/**
 * A file is laid out at about the size of a laptop's chart and scaled up to its size, so text keeps
 * the share of the chart it has on screen (a 1920-px slide drawn 1:1 would have 11-px labels that
 * no projector shows). Never scaled up below LAYOUT_BASE, and laid out at least LAYOUT_MIN (the
 * dashboard's narrowest) wide and tall, scaling down to fit smaller files.
 */
export const LAYOUT_BASE = { width: 960, height: 540 };
export const LAYOUT_MIN = { width: 320, height: 240 };

/** Geometry of ChartSvg/MapSvg's frame, in layout pixels. */
const TITLE = { size: 22, first: 34, line: 26 };
const SUBTITLE = { size: 15, gap: 24, line: 19 };
const SMALL = { size: 11, line: 14, bottom: 14 };
const HEADER_BELOW = 12;
/** Without a title, a little room above the legend or the map. */
const HEADER_NO_TITLE = 8;
const FOOTER_BASE = 26;
const SIDE = 16;
const GAP = 24;

export interface FrameTexts {
	title: string | null;
	subtitle: string;
	source: string;
	credit: string;
	/** Where the frame's text starts (x of the title and the source line). */
	left: number;
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
	/** The source line's lines; the credit has the last line to itself when there is more than one. */
	source: string[];
	headerHeight: number;
	footerHeight: number;
}

/** Greedy line breaking of `units` (words, or a source line's items) joined by `sep`. */
export function wrapUnits(
	units: string[],
	sep: string,
	maxWidth: number,
	size: number,
	bold = false
): string[] {
	const lines: string[] = [];
	let line = '';
	for (const u of units) {
		const next = line ? line + sep + u : u;
		if (line && textWidth(next, size, bold) > maxWidth) {
			lines.push(line);
			line = u;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);
/** "Bronnen: #003 (15 aug 2020), #000 (17 aug 2020)" breaks between articles, not inside a date. */
const sourceItems = (s: string) => s.split(/(?<=,)\s+/);

export function frameLayout(size: { width: number; height: number }, t: FrameTexts): FrameLayout {
	const up = Math.max(1, Math.min(size.width / LAYOUT_BASE.width, size.height / LAYOUT_BASE.height));
	const s = Math.min(up, size.width / LAYOUT_MIN.width, size.height / LAYOUT_MIN.height);
	// Two decimals, rounded down: a short transform, and the drawing never overflows the file.
	const scale = Math.floor(s * 100) / 100;
	// Whole pixels (ChartSvg rounds them), rounded up so the background reaches the file's edges.
	const width = Math.ceil(size.width / scale);
	const height = Math.ceil(size.height / scale);
	const room = width - t.left - SIDE;

	const title = t.title === null ? null : wrapUnits(words(t.title), ' ', room, TITLE.size, true);
	const subtitle = wrapUnits(words(t.subtitle), ' ', room, SUBTITLE.size);
	const headerHeight = title
		? TITLE.first +
			(title.length - 1) * TITLE.line +
			SUBTITLE.gap +
			(subtitle.length - 1) * SUBTITLE.line +
			HEADER_BELOW
		: HEADER_NO_TITLE;

	const oneLine = textWidth(t.source, SMALL.size) + GAP + textWidth(t.credit, SMALL.size) <= room;
	const source = oneLine ? [t.source] : wrapUnits(sourceItems(t.source), ' ', room, SMALL.size);
	const footerLines = oneLine ? 1 : source.length + 1;
	const footerHeight = FOOTER_BASE + (footerLines - 1) * SMALL.line;
	return { scale, width, height, title, subtitle, source, headerHeight, footerHeight };
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function tspans(lines: string[], x: string, y0: number, step: number): string {
	return lines.map((l, i) => `<tspan x="${x}" y="${y0 + i * step}">${escapeXml(l)}</tspan>`).join('');
}

/**
 * Sets the frame's texts of a cleaned file on the lines `layout` gives them. Texts on one line stay
 * as the component drew them. Works in layout pixels (inside the scale group).
 */
export function wrapFrameText(svg: string, layout: FrameLayout): string {
	const { title, subtitle, source } = layout;
	const subtitleTop = title ? TITLE.first + (title.length - 1) * TITLE.line + SUBTITLE.gap : 0;
	const plan: Record<string, ((x: string) => string) | null> = {
		title: title && title.length > 1 ? (x) => tspans(title, x, TITLE.first, TITLE.line) : null,
		// The title's lines push the subtitle down even when the subtitle itself fits on one line.
		subtitle:
			title && (title.length > 1 || subtitle.length > 1)
				? (x) => tspans(subtitle, x, subtitleTop, SUBTITLE.line)
				: null,
		// Lines above the credit, which keeps the last line (where the component drew both).
		source:
			layout.footerHeight > FOOTER_BASE
				? (x) => tspans(source, x, layout.height - SMALL.bottom - source.length * SMALL.line, SMALL.line)
				: null
	};
	return svg.replace(
		/<text class="(title|subtitle|source)"([^>]*)>[^<]*<\/text>/g,
		(all, cls: string, attrs: string) => {
			const make = plan[cls];
			if (!make) return all;
			const x = /\sx="([^"]*)"/.exec(attrs)?.[1] ?? '0';
			return `<text class="${cls}"${attrs}>${make(x)}</text>`;
		}
	);
}
