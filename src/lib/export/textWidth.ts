/**
 * How wide a line of text is in Arial / Liberation Sans (metric-compatible), the widest font of the
 * exports' font stack. Exports lay their frame out for these widths, so a file opened where Source
 * Sans 3 is missing (PowerPoint, Illustrator, rsvg-convert, LibreOffice) still fits; Source Sans 3
 * is narrower, so it fits too. Advance widths in 1/1000 em, measured from Liberation Sans.
 */

const CHARS =
	' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~·–—…éëïöüáàèçñ’';
const REGULAR =
	'278,278,355,556,556,889,667,191,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,278,278,584,584,584,556,1015,667,667,722,722,667,611,778,722,278,500,667,556,833,722,778,667,778,722,667,611,722,667,944,667,667,611,278,278,278,469,556,333,556,556,500,556,556,278,556,556,222,222,500,222,833,556,556,556,556,333,500,278,556,500,722,500,500,500,334,260,334,584,278,556,1000,1000,556,556,278,556,556,556,556,556,500,556,222';
const BOLD =
	'278,333,474,556,556,889,722,238,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,333,333,584,584,584,611,975,722,722,722,722,667,611,778,722,278,556,722,611,833,722,778,667,778,722,667,611,722,667,944,667,667,611,333,278,333,584,556,333,556,611,556,611,556,333,611,611,278,278,556,278,889,611,611,611,611,389,556,333,611,556,778,556,556,500,389,280,389,584,278,556,1000,1000,556,556,278,611,611,556,556,556,556,611,278';

/** For a character outside the table: as wide as a capital, to err on the safe side. */
const UNKNOWN = 722;

/** Widths by UTF-16 code unit, up to the table's last character ("…"); UNKNOWN where it has none. */
function table(widths: string): Uint16Array {
	const w = widths.split(',').map(Number);
	const t = new Uint16Array(Math.max(...[...CHARS].map((c) => c.charCodeAt(0))) + 1).fill(UNKNOWN);
	[...CHARS].forEach((c, i) => (t[c.charCodeAt(0)] = w[i]));
	return t;
}
const tables = { regular: table(REGULAR), bold: table(BOLD) };

/**
 * Width of `text` in 1/1000 em, a whole number (so widths add up exactly). A character outside the
 * Basic Multilingual Plane (an emoji: two code units) counts once. The charts measure every label
 * as they hydrate and on each brush move: a loop over code units, no iterator and no lookup by string.
 */
export function textUnits(text: string, bold = false): number {
	const t = bold ? tables.bold : tables.regular;
	let sum = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		sum += c < t.length ? t[c] : UNKNOWN;
		if (c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
	}
	return sum;
}

/** Width in pixels of `text` set at `size` px; `bold` for weights 600 and up. */
export function textWidth(text: string, size: number, bold = false): number {
	return (textUnits(text, bold) * size) / 1000;
}
