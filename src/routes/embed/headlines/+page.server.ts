/**
 * The headline strip as a widget. Its own route so that chart widgets do not carry its code and styles.
 * Server-rendered only, like the chart widgets: `/widget.js` opens the source panel in place and
 * reports the height (the quotes under the figures show with CSS alone).
 */
import { loadWidget } from '$lib/embed/widgetPage.server';
import { widgetScriptData } from '$lib/embed/widgetScriptData';

export function load({ url, setHeaders }) {
	const data = loadWidget('headlines', url, setHeaders);
	return { ...data, script: widgetScriptData(data.id, data.records, data.options) };
}
