/**
 * The chart widgets: arrests, protests, sanctions, timeline. The headline strip and the map have
 * routes of their own (`/embed/headlines`, `/embed/map`), so a chart widget downloads neither's code
 * nor styles; any other name answers 404 with the list of widgets.
 *
 * Rendered on the server as islands that `/islands/widget.js` hydrates (src/lib/islands/widget.ts).
 */
import { error } from '@sveltejs/kit';
import { chartIds } from '$lib/charts/chartModel';
import { loadWidget } from '$lib/embed/widgetPage.server';
import { widgetIds } from '$lib/embed/widgets';

export function load({ params, url, setHeaders }) {
	if (!(chartIds as readonly string[]).includes(params.chart)) {
		error(404, `There is no widget of that name. Widgets: ${widgetIds.join(', ')}.`);
	}
	return loadWidget(params.chart, url, setHeaders);
}
