/**
 * The map widget. Its own route (not `[chart]`) so that chart widgets never download the map's code
 * and Leaflet's stylesheet: SvelteKit preloads the CSS of everything a route's page can import.
 */
import { dataset } from '$lib/data/dataset';
import { loadWidget } from '$lib/embed/widgetPage.server';
import { MAP_SIZE, mapLayout } from '$lib/map/projection';

const layout = mapLayout(dataset.places, MAP_SIZE.width, MAP_SIZE.height, false);

export function load({ url, setHeaders }) {
	return { ...loadWidget('map', url, setHeaders), mapLayout: layout };
}
