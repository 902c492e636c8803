/**
 * A widget's script (`/islands/widget.js`): hydrates the widget's island and its source panel over
 * the server's HTML with one view, and reports the widget's height to the page that frames it (ours,
 * Pym's, Datawrapper's and AMP's messages, `reportHeight`). Links that leave the widget open in a
 * new tab, not inside the article's frame.
 */
import ChartWidget from '$lib/components/embed/ChartWidget.svelte';
import HeadlinesWidget from '$lib/components/embed/HeadlinesWidget.svelte';
import MapWidget from '$lib/components/embed/MapWidget.svelte';
import PanelSlot from '$lib/components/dashboard/PanelSlot.svelte';
import type { PageRecords } from '$lib/data/pageData';
import { reportHeight } from '$lib/embed/height';
import { isWidgetId, widgetLinks } from '$lib/embed/widgets';
import type { Options } from '$lib/view/options';
import { pageContext, type ViewState } from '$lib/view/pageView';
import { hydrateIslands, readJson } from './hydrate';
import { browserView } from './view.svelte';

const main = document.querySelector<HTMLElement>('main.widget');
const page = readJson<{ records: PageRecords; view: ViewState; options: Partial<Options> }>('#page-data');
const id = main?.dataset.widget ?? '';
if (main && page && isWidgetId(id)) {
	reportHeight(main, { chart: id, childId: main.dataset.childId ?? null });
	const view = browserView(page.view, widgetLinks(id, page.options));
	hydrateIslands({ ChartWidget, HeadlinesWidget, MapWidget, PanelSlot }, pageContext(page.records, view));
	view.live = true;
	document.documentElement.dataset.hydrated = '';
	document.addEventListener(
		'click',
		(event) => {
			const a = event.target instanceof Element ? event.target.closest('a[href]') : null;
			if (!(a instanceof HTMLAnchorElement) || a.target) return;
			if (a.origin !== location.origin || a.pathname !== location.pathname) {
				a.target = '_blank';
				a.rel = 'noopener';
			}
		},
		true
	);
}
