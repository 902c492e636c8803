/**
 * The map widget. Its own route (not `[chart]`) so that chart widgets never carry the map's styles:
 * SvelteKit links the CSS of everything a route's page imports (Leaflet's own stylesheet comes with
 * Leaflet, src/lib/components/map/leafletStyles.ts). Rendered on
 * the server as islands that `/islands/widget.js` hydrates: the static SVG map is in the HTML, and
 * Leaflet loads over it.
 */
import { env } from '$env/dynamic/public';
import { dataset } from '$lib/data/dataset';
import { loadWidget } from '$lib/embed/widgetPage.server';
import { MAP_SIZE, mapLayout } from '$lib/map/projection';

const layout = mapLayout(dataset.places, MAP_SIZE.width, MAP_SIZE.height, false);

export function load({ url, setHeaders }) {
	return {
		...loadWidget('map', url, setHeaders),
		mapLayout: layout,
		tiles: env.PUBLIC_TILE_URL
			? { url: env.PUBLIC_TILE_URL, attribution: env.PUBLIC_TILE_ATTRIBUTION ?? '' }
			: null
	};
}
