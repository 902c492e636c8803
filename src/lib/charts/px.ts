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
