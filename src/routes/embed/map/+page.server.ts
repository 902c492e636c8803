/**
 * The map widget. Its own route (not `[chart]`) so that chart widgets never carry the map's styles
 * (Leaflet's among them): SvelteKit links the CSS of everything a route's page imports.
 *
 * Rendered on the server only, like every page: the static SVG map is in the HTML, and
 * `/widget.js` loads Leaflet over it (`/map.js`, from the `#map-data` JSON that MapFrame writes),
 * opens the source panel in place and reports the height.
 */
import { dataset } from '$lib/data/dataset';
import { loadWidget } from '$lib/embed/widgetPage.server';
import { widgetScriptData } from '$lib/embed/widgetScriptData';
import { MAP_SIZE, mapLayout } from '$lib/map/projection';

const layout = mapLayout(dataset.places, MAP_SIZE.width, MAP_SIZE.height, false);

export function load({ url, setHeaders }) {
	const data = loadWidget('map', url, setHeaders);
	return { ...data, script: widgetScriptData(data.id, data.records, data.options), mapLayout: layout };
}
