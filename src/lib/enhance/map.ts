/**
 * `/map.js`, the interactive map: Leaflet over the bundled basemap (Natural Earth, no tiles unless the
 * deployment sets `PUBLIC_TILE_URL`, so by default no request leaves the site). An ES module of its
 * own, imported by `mapLoader.ts` once the page is up, so that no page's first script carries Leaflet.
 *
 * Everything it shows comes worded from the page's `#map-data` JSON (`$lib/map/mapData`): a circle
 * per place, sized by its number of records, its name beside it, the exercise zone as an area. A
 * circle is a button (Enter or Space opens its popup and focus goes into it; Escape closes it and
 * focus comes back) and carries `data-place`, `data-x0` and `data-x1`, which the page's script reads
 * to light up the charts' marks of the place's days. A popup lists the place's records with their
 * quotes, each with a button to its source panel. The colours are the palette's CSS variables
 * (MapFrame's styles), so a theme or scheme change needs nothing from here.
 */
import * as L from 'leaflet';
import type { MapData, MapEntry, MapPlace } from '$lib/map/mapData';
import { BELARUS_ID, basemapBorders, basemapCountries } from '$lib/map/basemap';
import { h } from './dom';
import type { MapHooks } from './mapLoader';

/** The drawn map, as the loader drives it. */
export interface MapControl {
	/** Rings the place of a hovered chart mark (null: none). */
	highlight(placeId: string | null): void;
	/** Reads `#map-data` again and redraws the places, keeping the view. */
	refresh(): void;
}

/** A place's popup: its name, how many records, and each with its date, quote and source button. */
function popupContent(p: MapPlace, text: MapData['text'], onselect: (e: MapEntry, button: Element) => void) {
	const heading = h('h3', '', p.name);
	heading.tabIndex = -1;
	const list = h('ul');
	for (const e of p.entries) {
		const quote = h('blockquote', '', `‘${e.quote}’`);
		quote.lang = e.quoteLang;
		const button = h(
			'button',
			'source-button',
			text.showSource,
			h('span', 'sr-only', `: ${e.headline}, ${e.date}`)
		);
		button.setAttribute('type', 'button');
		button.addEventListener('click', () => onselect(e, button));
		list.append(
			h('li', '', h('p', 'headline', e.headline), h('p', 'date', `${e.date} · ${e.article}`), quote, button)
		);
	}
	return h('div', 'map-popup', heading, h('p', 'count', p.count), list);
}

/**
 * Draws the map in `box` (the frame's `.map-box`) from `#map-data`, removes the static map under it
 * once drawn, and returns its control. Throws when the page has no map data or Leaflet fails; the
 * loader then keeps the static map.
 */
export function createMap(box: HTMLElement, hooks: MapHooks): MapControl {
	/** The `#map-data` the places were last drawn from, as text: the same data is not drawn again. */
	let drawnFrom = document.getElementById('map-data')?.textContent ?? '';
	const initial = JSON.parse(drawnFrom) as MapData;
	const { text, tiles } = initial;

	const container = h('div', 'leaflet-map');
	container.setAttribute('role', 'region');
	container.setAttribute('aria-label', text.label);
	const description = box.parentElement?.querySelector('[data-view="map-desc"]')?.id;
	if (description) container.setAttribute('aria-describedby', description);
	box.append(container);

	let map: L.Map;
	try {
		const [[west, south], [east, north]] = initial.extent;
		map = L.map(container, {
			zoomControl: false,
			attributionControl: false,
			zoomSnap: 0.25,
			maxZoom: 9,
			// The basemap ends at 38-65°N, 5°W-50°E: panning far beyond would show only empty sea. The bounds
			// leave room for a popup near the edge to pan into view on a phone.
			maxBounds: [
				[25, -20],
				[75, 65]
			],
			maxBoundsViscosity: 1
		});
		// The view first: GeoJSON layers added to a map without one are not drawn.
		map.fitBounds(
			[
				[south, west],
				[north, east]
			],
			{ animate: false }
		);
		map.setMinZoom(Math.max(2, map.getZoom() - 1));
		// The basemap gets a pane under the places' (overlayPane, z-index 400), so the marks are always on
		// top; Leaflet gives each pane's paths their own SVG.
		map.createPane('basemap').style.zIndex = '300';
		L.control.zoom({ position: 'topleft', zoomInTitle: text.zoomIn, zoomOutTitle: text.zoomOut }).addTo(map);
		// Plain text: the widget and the dashboard link to no other site from inside the map.
		L.control.attribution({ prefix: 'Leaflet' }).addTo(map);
		// With a tile server, the basemap only tints Belarus and draws the borders over the tiles.
		if (tiles) L.tileLayer(tiles.url, { attribution: tiles.attribution }).addTo(map);
		// Fills without outlines, then the land borders once on top (Crimea is Ukraine's fill).
		L.geoJSON(basemapCountries(), {
			pane: 'basemap',
			interactive: false,
			attribution: 'Natural Earth',
			style: (country) => {
				const belarus = String(country?.id) === BELARUS_ID;
				return {
					stroke: false,
					className: belarus ? 'land belarus' : 'land',
					fillOpacity: tiles ? (belarus ? 0.4 : 0) : 1
				};
			}
		}).addTo(map);
		L.geoJSON(basemapBorders(), {
			pane: 'basemap',
			interactive: false,
			style: { className: 'borders', weight: 1, opacity: 1, fill: false }
		}).addTo(map);
	} catch (error) {
		container.remove();
		throw error;
	}

	// Minor place names show only once the map is zoomed to about the scale of a desktop's.
	const farZoom = map.getZoom() + Math.log2(initial.smallWidth / container.clientWidth);
	const onZoom = () => container.classList.toggle('far', map.getZoom() < farZoom - 0.01);
	map.on('zoomend', onZoom);
	onZoom();

	let places = L.layerGroup().addTo(map);
	let circles = new Map<string, L.CircleMarker>();
	let highlighted: string | null = null;

	const select = (e: MapEntry, button: Element) => {
		// Without a source panel on the page, the record's link brings it with the panel open.
		if (!hooks.onselect(e.id, button)) location.assign(e.href);
	};

	/** The places of `data`, in a new layer group that replaces the old one. */
	function drawPlaces(data: MapData) {
		map.closePopup();
		places.remove();
		// On the map before the circles go in: a circle's path exists only once it is on the map.
		places = L.layerGroup().addTo(map);
		circles = new Map();
		// A popup fits inside the map beside the zoom buttons, tip and padding included, also on a phone;
		// longer lists scroll.
		const popupSize = {
			width: Math.min(300, container.clientWidth - 110),
			height: Math.max(140, Math.min(320, container.clientHeight - 110))
		};
		for (const p of data.places) {
			if (!p.area) continue;
			L.polygon(p.area, {
				interactive: false,
				className: 'exercise-area',
				weight: 1.5,
				dashArray: '4 2',
				fillOpacity: 0.3
			}).addTo(places);
		}
		for (const p of data.places) {
			const circle = L.circleMarker([p.lat, p.lon], {
				radius: p.radius,
				weight: 1.5,
				fillOpacity: 0.85,
				className: 'place-marker'
			});
			/** Whether the popup was opened from the keyboard: focus then moves into it and back. */
			let byKeyboard = false;
			circle.bindPopup(() => popupContent(p, data.text, select), {
				maxWidth: popupSize.width,
				minWidth: Math.min(200, popupSize.width),
				maxHeight: popupSize.height,
				autoPanPaddingTopLeft: [56, 12],
				autoPanPaddingBottomRight: [12, 12],
				className: 'map-popup-box'
			});
			circle.on({
				popupopen: (event: L.PopupEvent) => {
					const popup = event.popup.getElement();
					if (!popup) return;
					popup.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', data.text.close);
					// Leaflet closes a popup on Escape only while the map itself has focus.
					popup.onkeydown = (e) => {
						if (e.key !== 'Escape') return;
						e.stopPropagation();
						byKeyboard = true;
						circle.closePopup();
					};
					if (byKeyboard) popup.querySelector<HTMLElement>('h3')?.focus();
				},
				popupclose: () => {
					if (byKeyboard) (circle.getElement() as SVGElement | undefined)?.focus({ preventScroll: true });
					byKeyboard = false;
				}
			});
			circle.addTo(places);
			circles.set(p.id, circle);
			// Leaflet's paths are neither focusable nor named: each place's circle becomes a button.
			const path = circle.getElement();
			if (path) {
				path.setAttribute('tabindex', '0');
				path.setAttribute('role', 'button');
				path.setAttribute('aria-label', p.label);
				path.setAttribute('aria-haspopup', 'dialog');
				path.setAttribute('data-place', p.id);
				path.setAttribute('data-x0', p.x0);
				path.setAttribute('data-x1', p.x1);
				path.addEventListener('keydown', (e) => {
					const key = (e as KeyboardEvent).key;
					if (key === 'Enter' || key === ' ') {
						e.preventDefault();
						e.stopPropagation();
						byKeyboard = true;
						circle.openPopup();
					} else if (key === 'Escape' && circle.isPopupOpen()) {
						e.stopPropagation();
						circle.closePopup();
					}
				});
			}
			if (p.labelSide) {
				const label = h('span', `side-${p.labelSide}${p.minor ? ' minor' : ''}`, p.name);
				label.style.setProperty('--r', `${p.radius}px`);
				L.marker([p.lat, p.lon], {
					icon: L.divIcon({ className: 'map-label', html: label, iconSize: [0, 0] }),
					interactive: false,
					keyboard: false
				}).addTo(places);
			}
		}
		for (const icon of container.querySelectorAll('.map-label')) icon.setAttribute('aria-hidden', 'true');
		highlight(highlighted);
	}

	function highlight(placeId: string | null) {
		highlighted = placeId;
		for (const [id, circle] of circles) circle.getElement()?.classList.toggle('highlighted', id === placeId);
	}

	drawPlaces(initial);
	// Drawn: the static map under it goes (it stays only where this never ran).
	for (const layer of box.querySelectorAll('.map-layer')) layer.remove();
	container.classList.add('ready');

	return {
		highlight,
		refresh() {
			// The dashboard also fetches its view again for a new width: the same places stay as they
			// are, an open popup with them.
			box.querySelectorAll('.map-layer').forEach((layer) => layer.remove());
			const json = document.getElementById('map-data')?.textContent ?? '';
			if (!json || json === drawnFrom) return;
			const data = JSON.parse(json) as MapData;
			drawnFrom = json;
			// The place that had focus keeps it, if it is still on the map.
			const focused = container.contains(document.activeElement)
				? document.activeElement?.closest('[data-place]')?.getAttribute('data-place')
				: null;
			drawPlaces(data);
			if (focused) {
				const again = circles.get(focused)?.getElement() as SVGElement | undefined;
				again?.focus({ preventScroll: true });
			}
		}
	};
}
