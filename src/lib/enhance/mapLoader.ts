/**
 * Starts the Leaflet map of a page that has one (`.map-box` and its `#map-data` JSON): loads `/map.js`
 * (Leaflet and the basemap, their own file, built from `map.ts`) and hands it the hooks. Returns at
 * once; the handle's calls wait for the map. Part of the first script of the dashboard and of every
 * widget, so it stays this small; a page without a map loads nothing.
 *
 * If `/map.js` cannot load (offline, blocked) or fails, the static SVG map stays, and `map-fallback`
 * gives it the prerendered basemap image that Leaflet would otherwise have drawn.
 */
import { importScript } from './dom';
import type { MapControl } from './map';

export interface MapHooks {
	/**
	 * A place's popup asks for a record's source panel; `opener` gets focus back when it closes.
	 * False when the page cannot open it in place: the map then follows the record's `?sel=` link.
	 */
	onselect(id: string, opener: Element | null): boolean;
}

export interface MapHandle {
	/** Rings the place of a hovered chart mark (null: none). */
	highlight(placeId: string | null): void;
	/** Reads `#map-data` again and redraws the places (after the range changed). */
	refresh(): void;
}

export function startMap(hooks: MapHooks): MapHandle {
	const box = document.querySelector<HTMLElement>('.map-box');
	let map: MapControl | null = null;
	let highlighted: string | null = null;
	if (box && document.getElementById('map-data')) {
		// A path on this site, built beside the page's script (scripts/build-scripts.mjs).
		importScript<typeof import('./map')>('/map.js')
			.then((module) => {
				// It reads `#map-data` as it is now, so a refresh asked for before it was ready is done.
				map = module.createMap(box, hooks);
				map.highlight(highlighted);
			})
			.catch((error) => {
				console.warn('The interactive map could not load; the static map stays.', error);
				box.classList.add('map-fallback');
			});
	}
	return {
		highlight(placeId) {
			highlighted = placeId;
			map?.highlight(placeId);
		},
		refresh() {
			map?.refresh();
		}
	};
}
