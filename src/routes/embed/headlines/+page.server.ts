/**
 * The headline strip as a widget. Its own route so that chart widgets do not carry its code and
 * styles. Rendered on the server as islands that `/islands/widget.js` hydrates.
 */
import { loadWidget } from '$lib/embed/widgetPage.server';

export function load({ url, setHeaders }) {
	return loadWidget('headlines', url, setHeaders);
}
