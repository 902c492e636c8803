/**
 * The dashboard, rendered on the server only (as every page is: +layout.server.ts). `/dashboard.js`
 * (src/lib/enhance/dashboard.ts) brings tooltips, the linked highlight, the source panel, the range
 * controls (each new range is this page fetched again and swapped in), the Leaflet map and the
 * export and embed tools. `w` is the width the script asks the charts to be drawn for.
 */
import { error } from '@sveltejs/kit';
import { dataset } from '$lib/data/dataset';
import { pageRecords } from '$lib/data/pageData';
import { dashboardScriptData } from '$lib/embed/widgetScriptData';
import { MAP_SIZE, mapLayout } from '$lib/map/projection';
import { dashboardLoadOptions, parseOptions } from '$lib/view/options';
import { optionErrorMessage } from '$lib/view/optionError';

const records = pageRecords(dataset);
const layout = mapLayout(dataset.places, MAP_SIZE.width, MAP_SIZE.height, false);

export function load({ url }) {
	const parsed = parseOptions(url.searchParams, dashboardLoadOptions);
	if (!parsed.ok) error(400, optionErrorMessage(parsed.error));
	const options = parsed.options;
	return {
		records,
		options,
		mapLayout: layout,
		script: dashboardScriptData(records, { ...options, yscale: 'log' })
	};
}
