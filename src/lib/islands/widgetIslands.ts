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
import { isWidgetId, widgetLinks, widgetOptions, widgetViewProps } from '$lib/embed/widgets';
import { staticAddressOptions } from '$lib/static/address';
import type { Options } from '$lib/view/options';
import { pageContext, type ViewState } from '$lib/view/pageView';
import { hydrateIslands, readJson } from './hydrate';
import { liveProps } from './liveProps.svelte';
import { browserView } from './view.svelte';

/** Resolves once every island is live (each hydrated in a task of its own). */
export async function hydrateWidget(id: string): Promise<void> {
	const page = readJson<{ records: PageRecords; view: ViewState; options: Partial<Options> }>('page-data');
	if (!page || !isWidgetId(id)) return;
	// On a static host the page shows the defaults: the address's options are applied once it is live.
	const address = staticAddressOptions(widgetOptions(id), page.records.period);
	const options = address
		? {
				...page.options,
				...Object.fromEntries(Object.keys(page.options).map((k) => [k, address[k as keyof Options]]))
			}
		: page.options;
	const view = browserView(page.view, widgetLinks(id, options, page.records.period));
	let widget: Record<string, unknown> | null = null;
	await hydrateIslands(
		{ ChartWidget, HeadlinesWidget, MapWidget, PanelSlot },
		pageContext(page.records, view),
		view,
		{
			yieldBetween: true,
			propsFor: (island, props) => (island === 'widget' && address ? (widget = liveProps(props)) : props),
			whenLive: () => {
				if (!address) return;
				if (widget) Object.assign(widget, widgetViewProps(id, address));
				Object.assign(view, { from: address.from, to: address.to, sel: address.sel });
			}
		}
	);
}
