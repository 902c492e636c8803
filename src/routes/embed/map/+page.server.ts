/**
 * The map widget. Its own route (not `[chart]`) so that chart widgets never download the map's code
 * and Leaflet's stylesheet: SvelteKit preloads the CSS of everything a route's page can import.
 */
import { loadWidget } from '$lib/embed/widgetPage.server';

export function load({ url, setHeaders }) {
	return loadWidget('map', url, setHeaders);
}
