/**
 * Source Sans 3, the site's font, in the three weights it uses: the files src/scripts/build-fonts.mjs
 * cuts to the site's characters, and their `@font-face` rules. The fallback sized to it ("Source Sans
 * 3 Fallback") is in fonts.css, on every page.
 *
 * Rules in the CSS make the text wait for the font: with `font-display: optional` Chromium hides
 * it for up to 100 ms while a file comes, and a preloaded optional file holds the whole first paint
 * (measured on the dashboard: its first paint came 60–70 ms later with the preload than with the
 * script below). So the pages readers load most, the dashboard and the widgets, name the files as
 * data (`#web-fonts`, +layout.svelte) and their script uses them if they come in time
 * (src/lib/islands/webFonts.ts); without JavaScript the rules are in a `<noscript>`. The other
 * pages have the rules in their CSS, `font-display: optional`.
 */
import regular from '$lib/fonts/source-sans-3-400.woff2?url';
import semibold from '$lib/fonts/source-sans-3-600.woff2?url';
import bold from '$lib/fonts/source-sans-3-700.woff2?url';

export interface WebFont {
	family: string;
	weight: number;
	url: string;
}

export const webFonts: WebFont[] = [
	{ family: 'Source Sans 3', weight: 400, url: regular },
	{ family: 'Source Sans 3', weight: 600, url: semibold },
	{ family: 'Source Sans 3', weight: 700, url: bold }
];

/**
 * The `@font-face` rules of `fonts`. `optional`: a font that is not there by the first paint is not
 * swapped in later, so text never reflows under a reader's eyes.
 */
export function fontFaceCss(fonts: WebFont[]): string {
	return fonts
		.map(
			(f) =>
				`@font-face{font-family:'${f.family}';font-style:normal;font-weight:${f.weight};` +
				`font-display:optional;src:url(${f.url}) format('woff2')}`
		)
		.join('');
}
