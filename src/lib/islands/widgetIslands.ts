/**
 * A widget's islands, hydrated over the server's HTML with one view: the widget's chart (or strip,
 * or map) and its source panel. Its own chunk, which `widget.ts` imports when the widget is first
 * used (the map widget at once).
 */
import ChartWidget from '$lib/components/embed/ChartWidget.svelte';
import HeadlinesWidget from '$lib/components/embed/HeadlinesWidget.svelte';
import MapWidget from '$lib/components/embed/MapWidget.svelte';
import PanelSlot from '$lib/components/dashboard/PanelSlot.svelte';
import type { PageRecords } from '$lib/data/pageData';
import { isWidgetId, widgetLinks } from '$lib/embed/widgets';
import type { Options } from '$lib/view/options';
import { pageContext, type ViewState } from '$lib/view/pageView';
import { hydrateIslands, readJson } from './hydrate';
import { browserView } from './view.svelte';

export function hydrateWidget(id: string): void {
	const page = readJson<{ records: PageRecords; view: ViewState; options: Partial<Options> }>('#page-data');
	if (!page || !isWidgetId(id)) return;
	const view = browserView(page.view, widgetLinks(id, page.options));
	void hydrateIslands(
		{ ChartWidget, HeadlinesWidget, MapWidget, PanelSlot },
		pageContext(page.records, view),
		view
	);
}
