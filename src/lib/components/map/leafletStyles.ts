/**
 * Leaflet's stylesheet (14 KB), which only the interactive map needs: it comes with Leaflet's
 * chunk, never before the first paint, so the static SVG map (and the rest of the page) paints
 * without it. Put first in <head>, so that the map's own rules (MapFrame.svelte) still come after
 * it in the cascade, as they did when both were one stylesheet. A `<link>` to our own file keeps
 * the CSP (`style-src 'self'`).
 */
import href from 'leaflet/dist/leaflet.css?url';

let loading: Promise<void> | null = null;

/** Resolves once Leaflet's styles apply (at once if they already do); rejects if they fail to load. */
export function leafletStyles(): Promise<void> {
	loading ??= new Promise<void>((done, fail) => {
		const link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = href;
		link.dataset.leaflet = '';
		link.onload = () => done();
		link.onerror = () => {
			loading = null;
			link.remove();
			fail(new Error(`Leaflet's stylesheet did not load (${href})`));
		};
		document.head.prepend(link);
	});
	return loading;
}
