/**
 * Applies the site's font on a page whose first paint does not wait for it (src/lib/webFonts.ts):
 * once the page has painted, it loads the files the page names (`#web-fonts`) and uses them only if
 * all came within `WINDOW` ms, from the cache or a fast network (by when they came, so a main
 * thread busy hydrating does not turn a cached font away). Later, the reader has begun to
 * read the fallback (sized to the font, so that lines break where they would): it stays for this
 * page, and the files are in the cache for the next. `<html data-fonts>` then says which it is:
 * `web` or `fallback`.
 */
const WINDOW = 100;

interface WebFont {
	family: string;
	weight: number;
	url: string;
}

function decided(fonts: 'web' | 'fallback') {
	document.documentElement.dataset.fonts = fonts;
}

/** When the file at `url` came in, by the browser's network timing (not when this thread got to it). */
function arrival(url: string): number | undefined {
	const entries = performance.getEntriesByName(new URL(url, location.href).href, 'resource');
	return (entries.at(-1) as PerformanceResourceTiming | undefined)?.responseEnd;
}

function load(fonts: WebFont[]) {
	const start = performance.now();
	const faces = fonts.map(
		(f) =>
			new FontFace(f.family, `url(${f.url}) format('woff2')`, { weight: String(f.weight), display: 'swap' })
	);
	Promise.all(faces.map((face) => face.load())).then(
		() => {
			const came = Math.max(...fonts.map((f) => arrival(f.url) ?? performance.now()));
			if (came - start > WINDOW) return decided('fallback');
			for (const face of faces) document.fonts.add(face);
			decided('web');
		},
		() => decided('fallback')
	);
}

/** Runs `then` once the page has painted its first content (after its first frame, where the browser cannot say). */
function afterFirstPaint(then: () => void) {
	if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
		requestAnimationFrame(() => setTimeout(then, 0));
		return;
	}
	const observer = new PerformanceObserver((list) => {
		if (!list.getEntriesByName('first-contentful-paint').length) return;
		observer.disconnect();
		then();
	});
	observer.observe({ type: 'paint', buffered: true });
}

export function useWebFonts(): void {
	const data = document.getElementById('web-fonts')?.textContent;
	if (!data || !('FontFace' in globalThis)) return;
	const fonts = JSON.parse(data) as WebFont[];
	afterFirstPaint(() => load(fonts));
}
