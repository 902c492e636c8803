/**
 * A coordinate as the charts write it into an SVG attribute: rounded to hundredths of a pixel, as a
 * string. Rounded, so that the HTML carries no long decimals; a string, so that Svelte, hydrating,
 * finds the server's attribute equal to it and leaves it (for a number it first looks up whether the
 * element has a property of that name, for every attribute of every mark). For the same reason the
 * charts write every other coordinate as a string too: a constant as `y="0"` (in the template,
 * never set at all), a computed one through `px`.
 */
export function px(n: number): string {
	const r = Math.round(n * 100) / 100;
	return String(Object.is(r, -0) ? 0 : r);
}

/**
 * Lines and boxes of one kind as one `<path>`'s data, so that a chart's grid, ticks and weekend
 * bands are one element each rather than one per line: fewer nodes for the browser to lay out and
 * for the islands to hydrate and redraw on every range change.
 */
export const paths = {
	/** Vertical lines at each `x`, from `y0` to `y1`. */
	vertical: (xs: number[], y0: number, y1: number): string =>
		xs.map((x) => `M${px(x)},${px(y0)}V${px(y1)}`).join(''),
	/** Horizontal lines at each `y`, from `x0` to `x1`. */
	horizontal: (ys: number[], x0: number, x1: number): string =>
		ys.map((y) => `M${px(x0)},${px(y)}H${px(x1)}`).join(''),
	/** A box over each `[x0, x1]`, from `y0` to `y1`. */
	bands: (spans: [number, number][], y0: number, y1: number): string =>
		spans.map(([a, b]) => `M${px(a)},${px(y0)}H${px(b)}V${px(y1)}H${px(a)}Z`).join('')
};
