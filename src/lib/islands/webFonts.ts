/**
 * Applies the site's font on a page whose first paint does not wait for it (src/lib/webFonts.ts).
 * It loads the files the page names (`#web-fonts`) as its script starts, through the FontFace API,
 * so that no text waits for them, and uses them if they are ready before the page paints (from the
 * cache, mostly: nothing moves). Once the page has painted, the reader has begun to read the
 * fallback: it stays for this page, and the files are in the cache for the next. (Swapped in even
 * 30 ms after the paint, the font moved text: the fallback is sized to it, but a line near its end
 * breaks otherwise, measured as layout shifts of 0.02 on a chart widget and 0.07 on the headline
 * strip at 412 px.) `<html data-fonts>` then says which it is: `web` or `fallback`.
 */
import type { WebFont } from '$lib/webFonts';

function decided(fonts: 'web' | 'fallback') {
	document.documentElement.dataset.fonts = fonts;
}

/** Whether the page has painted its first content. */
function painted(): boolean {
	return performance.getEntriesByName('first-contentful-paint').length > 0;
}

function load(fonts: WebFont[]) {
	const faces = fonts.map(
		(f) =>
			new FontFace(f.family, `url(${f.url}) format('woff2')`, { weight: String(f.weight), display: 'swap' })
	);
	Promise.all(faces.map((face) => face.load())).then(
		() => {
			// Used only if the text has not been painted yet: applied later, they would move it.
			if (painted()) return decided('fallback');
			for (const face of faces) document.fonts.add(face);
			decided('web');
		},
		() => decided('fallback')
	);
}

export function useWebFonts(): void {
	const data = document.getElementById('web-fonts')?.textContent;
	if (!data || !('FontFace' in globalThis)) return;
	load(JSON.parse(data) as WebFont[]);
}
