/**
 * The one script of the server-rendered widgets (the four charts, the headline strip and the map),
 * bundled to `/widget.js` by `scripts/build-scripts.mjs`. The page is complete without it: marks are
 * links to `?sel=<id>`, which the server answers with the source panel open. With it:
 *
 * - the height messages (ours, Pym's, Datawrapper's, AMP's) go to the embedding page on load, on
 *   every size change and when `/embed.js` asks (`reportHeight` from `height.ts`);
 * - hovering or focusing a mark shows the dashboard's tooltip and lights up the marks of the same
 *   days; the arrow keys go from mark to mark in time (`marks.ts`);
 * - choosing a mark (or a headline figure, or a place on the map) opens its source panel in place
 *   (`sourcePanel.ts`);
 * - when the frame is much wider or narrower than the width the drawing was laid out for, the
 *   drawing is fetched again for the frame's width (Pym's `initialWidth`) and swapped in;
 * - the map widget gets its Leaflet map (`/map.js`, loaded on demand);
 * - links that leave the widget open in a new tab, not inside the article's frame.
 */
import type { WidgetSources, WidgetTooltipRow } from '$lib/embed/widgetScriptData';
import { reportHeight } from '$lib/embed/height';
import { closestOf, focusable, readJson } from './dom';
import { arrowKeys, linkedHighlight, rovingTabindex, tooltips } from './marks';
import { needsNewDrawing } from './fit';
import { startMap } from './mapLoader';
import { sourcePanel } from './sourcePanel';

// The page. Everything below runs in the widget's document.

/** Links to other pages (sources, the dashboard) open in a new tab; a mark's `?sel=` link stays. */
function linksLeaveInNewTab() {
	document.addEventListener(
		'click',
		(event) => {
			const a = closestOf(event.target, 'a[href]');
			if (!(a instanceof HTMLAnchorElement) || a.target) return;
			if (a.origin !== location.origin || a.pathname !== location.pathname) {
				a.target = '_blank';
				a.rel = 'noopener';
			}
		},
		true
	);
}

/**
 * Keeps the drawing laid out for the frame's width: when the box is much wider or narrower than the
 * drawing's viewBox, fetches this widget at the frame's width (Pym's `initialWidth`, which the server
 * lays the drawing out for) and swaps the new drawing in. Checked at once, then after each resize
 * settles; a width whose drawing is in place (or on its way) is not asked for again, so a frame the
 * server cannot draw for exactly (narrower than its smallest drawing) costs one request, not a loop.
 */
function fitDrawing(hideTooltip: () => void, redrawn: () => void) {
	const box = document.querySelector<HTMLElement>('.chart-box');
	if (!box) return;
	let drawnFor = -1;
	let askedFor = -1;
	let timer = 0;

	const check = async () => {
		const svg = box.querySelector<SVGSVGElement>('svg.chart-svg');
		const frame = document.documentElement.clientWidth;
		if (!svg || frame === drawnFor || frame === askedFor) return;
		if (!needsNewDrawing(box.clientWidth, svg.viewBox.baseVal?.width ?? 0)) return;
		askedFor = frame;
		const url = new URL(location.href);
		url.searchParams.set('initialWidth', String(frame));
		try {
			// The widget's pages are cacheable: going back to a width asks the HTTP cache.
			const response = await fetch(url);
			const html = response.ok ? await response.text() : '';
			const next = new DOMParser()
				.parseFromString(html, 'text/html')
				.querySelector('.chart-box svg.chart-svg');
			const current = box.querySelector('svg.chart-svg');
			// A newer width was asked for meanwhile: its drawing wins.
			if (!next || !current || askedFor !== frame) return;
			const focused = document.activeElement?.closest('.mark')?.getAttribute('data-id');
			hideTooltip();
			current.replaceWith(document.importNode(next, true));
			redrawn();
			drawnFor = frame;
			const again = focused ? box.querySelector(`.mark[data-id="${CSS.escape(focused)}"]`) : null;
			if (focusable(again)) again.focus({ preventScroll: true });
		} catch {
			// Offline: the scaled drawing stays.
		} finally {
			if (askedFor === frame) askedFor = -1;
		}
	};
	check();
	new ResizeObserver(() => {
		clearTimeout(timer);
		timer = window.setTimeout(check, 150);
	}).observe(box);
}

export function enhance(): void {
	const main = document.querySelector<HTMLElement>('main.widget');
	if (!main) return;
	reportHeight(main, { chart: main.dataset.widget ?? '', childId: main.dataset.childId ?? null });
	linksLeaveInNewTab();
	const rows = new Map((readJson<WidgetTooltipRow[]>('widget-records') ?? []).map((r) => [r.id, r]));
	const rowOf = (mark: Element) => rows.get(mark.getAttribute('data-id') ?? '');
	const hideTooltip = tooltips(rowOf);
	linkedHighlight();
	arrowKeys(rowOf);
	const tabStops = rovingTabindex();
	const sources = readJson<WidgetSources>('widget-sources');
	const panel = sourcePanel(() => sources, hideTooltip);
	fitDrawing(hideTooltip, tabStops);
	startMap({ onselect: (id, opener) => panel?.open(id, opener) ?? false });
}
