/**
 * The chart widgets: arrests, protests, sanctions, timeline. The headline strip and the map have
 * routes of their own (`/embed/headlines`, `/embed/map`), so a chart widget downloads neither's code
 * nor styles; any other name answers 404 with the list of widgets.
 *
 * Rendered on the server only, as every page is: `/widget.js` (src/lib/enhance/widget.ts) adds the tooltips, the source panel in place, arrow keys between marks
 * and the height messages, reading what it shows from the JSON blocks of `script` below.
 */
import { error } from '@sveltejs/kit';
import { chartIds } from '$lib/charts/chartModel';
import { loadWidget } from '$lib/embed/widgetPage.server';
import { widgetScriptData } from '$lib/embed/widgetScriptData';
import { widgetIds } from '$lib/embed/widgets';

export function load({ params, url, setHeaders }) {
	if (!(chartIds as readonly string[]).includes(params.chart)) {
		error(404, `There is no widget of that name. Widgets: ${widgetIds.join(', ')}.`);
	}
	const data = loadWidget(params.chart, url, setHeaders);
	return { ...data, script: widgetScriptData(data.id, data.records, data.options) };
}
