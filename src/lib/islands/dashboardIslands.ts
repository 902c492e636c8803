/**
 * The dashboard's islands (loaded by `/islands/dashboard.js`, see dashboard.ts): hydrates them over the server's HTML with
 * one view, read from the page, so that a range, a selection or a pointed-at mark chosen in one
 * island shows in all of them, with no request.
 */
import type { PageRecords } from '$lib/data/pageData';
import DashboardChart from '$lib/components/dashboard/DashboardChart.svelte';
import Headlines from '$lib/components/dashboard/Headlines.svelte';
import LanguageLink from '$lib/components/dashboard/LanguageLink.svelte';
import PanelSlot from '$lib/components/dashboard/PanelSlot.svelte';
import Range from '$lib/components/dashboard/Range.svelte';
import { applyAddressTheme, goToAddressLanguage, staticAddressOptions } from '$lib/static/address';
import { dashboardLinks } from '$lib/view/dashboardUrl';
import { dashboardOptions } from '$lib/view/options';
import { pageContext, type ViewState } from '$lib/view/pageView';
import { hydrateIslands, readJson } from './hydrate';
import { browserView, lateView } from './view.svelte';
import { useWebFonts } from './webFonts';

function start() {
	const page = readJson<{ records: PageRecords; view: ViewState }>('page-data');
	if (!page) return;
	const view = browserView(page.view, dashboardLinks(location.href, page.records.period));
	// On a static host, the range and open panel the address asks for (the page shows the defaults).
	const address = staticAddressOptions(dashboardOptions, page.records.period);
	void hydrateIslands(
		{ DashboardChart, Headlines, LanguageLink, PanelSlot, Range },
		pageContext(page.records, view),
		view,
		{
			yieldBetween: true,
			// What is below the first screen waits: a chart (on a phone, every chart) hydrates when the
			// browser is idle, or as it comes into view, whichever is first, laid out for its width
			// then; the map as the reader comes within half a screen of it, its code (the static map,
			// then Leaflet) loading then. A range chosen before is drawn as each hydrates.
			later: {
				margin: { DashboardMap: '50% 0px', DashboardChart: '0px' },
				idle: ['DashboardChart'],
				load: {
					DashboardMap: () => import('$lib/components/map/DashboardMap.svelte').then((m) => m.default)
				},
				context: () => {
					const late = lateView(view, page.view);
					return { context: pageContext(page.records, late.view), settle: late.settle };
				}
			},
			whenLive: () => address && Object.assign(view, { from: address.from, to: address.to, sel: address.sel })
		}
	);
}

// A static host sends every language the same file: the address's language is the other copy.
if (!goToAddressLanguage(document.documentElement.lang)) {
	applyAddressTheme();
	useWebFonts();
	// The server's charts are painted first; the islands hydrate in the task after that frame.
	requestAnimationFrame(() => setTimeout(start, 0));
}
