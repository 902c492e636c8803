/**
 * Applies the site's font on a page whose first paint does not wait for it (src/lib/webFonts.ts).
 * It loads the files the page names (`#web-fonts`) as its script starts, through the FontFace API,
 * so that no text waits for them, and uses them if they came before the page painted (from the
 * cache, mostly: nothing moves) or within `WINDOW` ms after (a fast network: the text, set in the
 * fallback sized to the font, changes its letters but hardly its lines). Later, the reader has begun
 * to read the fallback: it stays for this page, and the files are in the cache for the next. When
 * they came is the browser's network timing, so a main thread busy hydrating does not turn a font
 * that came in time away. `<html data-fonts>` then says which it is: `web` or `fallback`.
 */
import type { WebFont } from '$lib/webFonts';

const WINDOW = 100;

function decided(fonts: 'web' | 'fallback') {
	document.documentElement.dataset.fonts = fonts;
}

/** When the file at `url` came in, by the browser's network timing (not when this thread got to it). */
function arrival(url: string): number | undefined {
	const entries = performance.getEntriesByName(new URL(url, location.href).href, 'resource');
	return (entries.at(-1) as PerformanceResourceTiming | undefined)?.responseEnd;
}

/** When the page painted its first content, if it has. */
function firstPaint(): number | undefined {
	return performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
}

function load(fonts: WebFont[]) {
	const faces = fonts.map(
		(f) =>
			new FontFace(f.family, `url(${f.url}) format('woff2')`, { weight: String(f.weight), display: 'swap' })
	);
	Promise.all(faces.map((face) => face.load())).then(
		() => {
			const came = Math.max(...fonts.map((f) => arrival(f.url) ?? performance.now()));
			const painted = firstPaint();
			if (painted !== undefined && came - painted > WINDOW) return decided('fallback');
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
