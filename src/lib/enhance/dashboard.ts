/**
 * The one script of the dashboard (`/dashboard.js`, built by scripts/build-scripts.mjs). The page is
 * complete without it: the server draws every chart, the static map and the tables; marks and
 * headline figures are links to `?sel=<id>`; the range presets are links and the day inputs a form.
 * With it, in place and without reloading:
 *
 * - hovering or focusing a mark shows its tooltip; a mark, a headline figure or a place lights up
 *   its days in every chart and its place on the map (`marks.ts`);
 * - a mark, a headline figure or a place opens its source panel (`sourcePanel.ts`);
 * - Tab goes chart to chart and the arrow keys mark to mark;
 * - a preset, the day inputs or the brush change the range: the view is fetched and swapped in
 *   (`view.ts`, `brush.ts`), and the charts are drawn for the width they have on screen;
 * - the Leaflet map loads on its own (`mapLoader.ts` → `/map.js`);
 * - the download menus and the embed dialog work (`downloadMenu.ts`, `embedButtons.ts`).
 */
import type { DashboardScriptData, WidgetTooltipRow } from '$lib/embed/widgetScriptData';
import { brush } from './brush';
import { closestOf, plainClick, readJson } from './dom';
import { downloadMenus } from './downloadMenu';
import { embedButtons } from './embedButtons';
import { needsNewDrawing } from './fit';
import { startMap } from './mapLoader';
import { arrowKeys, linkedHighlight, rovingTabindex, tooltips } from './marks';
import { sourcePanel } from './sourcePanel';
import { validRange, viewLoader, viewSearch } from './view';

export function enhanceDashboard(): void {
	const main = document.querySelector('main.dashboard');
	if (!main) return;

	let data: DashboardScriptData | null = null;
	let rows = new Map<string, WidgetTooltipRow>();
	const read = () => {
		data = readJson<DashboardScriptData>('dashboard-data');
		rows = new Map(
			Object.entries(data?.rows ?? {}).flatMap(([chart, list]) =>
				list.map((r) => [`chart-${chart}:${r.id}`, r])
			)
		);
	};
	read();
	const rowOf = (mark: Element) => rows.get(`${mark.closest('figure')?.id}:${mark.getAttribute('data-id')}`);

	const hideTooltip = tooltips(rowOf);
	arrowKeys(rowOf);
	const tabStops = rovingTabindex();
	const panel = sourcePanel(() => data?.sources ?? null, hideTooltip);
	const map = startMap({ onselect: (id, opener) => panel?.open(id, opener) ?? false });
	linkedHighlight((place) => {
		for (const el of document.querySelectorAll('#chart-map [data-place]'))
			el.classList.toggle('highlighted', el.getAttribute('data-place') === place);
		map.highlight(place);
	});
	downloadMenus();
	embedButtons();

	// The range: presets, day inputs and brush all end here.
	const views = viewLoader(() => {
		hideTooltip();
		read();
		tabStops();
		panel?.sync();
		map.refresh();
	});
	const brushBox = document.querySelector<HTMLElement>('.brush');
	let range = { from: brushBox?.dataset.from ?? '', to: brushBox?.dataset.to ?? '' };
	let pending = 0;
	const presets = () => document.querySelectorAll<HTMLAnchorElement>('a[data-preset]');
	const days = () => document.querySelectorAll<HTMLInputElement>('form.days input[type="date"]');
	/** The controls show `range` (the inputs unless the reader is typing in them). */
	function showRange(typing = false) {
		for (const a of presets()) {
			if (a.dataset.from === range.from && a.dataset.to === range.to) a.setAttribute('aria-current', 'true');
			else a.removeAttribute('aria-current');
		}
		const [f, t] = days();
		if (f && !(typing && document.activeElement === f)) f.value = range.from;
		if (t && !(typing && document.activeElement === t)) t.value = range.to;
	}
	/** A new range: shown at once, its view loaded after `wait` ms (a brush being dragged). */
	function setRange(from: string, to: string, wait = 0) {
		range = { from, to };
		showRange(true);
		brushControl?.set(from, to);
		clearTimeout(pending);
		const load = () => views.load(viewSearch(location.href, range));
		if (wait) pending = window.setTimeout(load, wait);
		else load();
	}
	const brushControl = brush((from, to, final) => setRange(from, to, final ? 0 : 150));

	const presetOf = (event: Event) => {
		const a = closestOf(event.target, 'a[data-preset]');
		return a instanceof HTMLAnchorElement ? { from: a.dataset.from ?? '', to: a.dataset.to ?? '' } : null;
	};
	// A pointer over a preset, or focus on it, fetches its view ahead of the click.
	const ahead = (event: Event) => {
		const p = presetOf(event);
		if (p) views.prefetch(viewSearch(location.href, p));
	};
	document.addEventListener('mouseover', ahead);
	document.addEventListener('focusin', ahead);
	document.addEventListener('click', (event) => {
		const p = plainClick(event) ? presetOf(event) : null;
		if (!p) return;
		event.preventDefault();
		setRange(p.from, p.to);
	});
	// The day inputs: a day outside the period, or on the wrong side of the other, is not taken.
	const form = document.querySelector<HTMLFormElement>('form.days');
	const fromForm = (event: Event) => {
		event.preventDefault();
		const [f, t] = days();
		if (f && t && validRange(f.value, t.value)) setRange(f.value, t.value);
		else if (event.type === 'submit' || (f && t && f.value && t.value)) showRange();
	};
	form?.addEventListener('submit', fromForm);
	form?.addEventListener('change', fromForm);

	// The language link takes the view as it is now (range, open panel), not as the page was loaded.
	const toLanguage = (event: Event) => {
		const a = closestOf(event.target, 'a.lang');
		if (a instanceof HTMLAnchorElement) a.href = viewSearch(location.href, { lang: a.hreflang });
	};
	document.addEventListener('pointerdown', toLanguage, true);
	document.addEventListener('focusin', toLanguage);
	document.addEventListener('click', toLanguage, true);

	// The charts are drawn for the width they have: once on load, and after a resize settles.
	let resized = 0;
	let checkedFor = -1;
	const fit = () => {
		const width = views.chartWidth();
		const svg = document.querySelector<SVGSVGElement>('.chart-box svg.chart-svg');
		if (width === checkedFor || !needsNewDrawing(width, svg?.viewBox.baseVal?.width ?? 0)) return;
		checkedFor = width;
		views.redraw();
	};
	fit();
	new ResizeObserver(() => {
		clearTimeout(resized);
		resized = window.setTimeout(fit, 200);
	}).observe(main);
}
