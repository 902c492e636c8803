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
import { rangeSearch, validRange, viewLoader } from './view';

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
		map.refresh();
	});
	const presets = () => document.querySelectorAll<HTMLAnchorElement>('a[data-preset]');
	const days = () => document.querySelectorAll<HTMLInputElement>('form.days input[type="date"]');
	const brushControl = brush((from, to, final) => {
		showRange(from, to);
		clearTimeout(pending);
		pending = window.setTimeout(() => views.load(rangeSearch(location.href, from, to)), final ? 0 : 150);
	});
	let pending = 0;
	function showRange(from: string, to: string) {
		for (const a of presets()) {
			if (a.dataset.from === from && a.dataset.to === to) a.setAttribute('aria-current', 'true');
			else a.removeAttribute('aria-current');
		}
		const [f, t] = days();
		if (f && document.activeElement !== f) f.value = from;
		if (t && document.activeElement !== t) t.value = to;
	}
	function setRange(from: string, to: string) {
		showRange(from, to);
		brushControl?.set(from, to);
		clearTimeout(pending);
		views.load(rangeSearch(location.href, from, to));
	}
	// A pointer over a preset, or focus on it, fetches its view ahead of the click.
	const ahead = (event: Event) => {
		const preset = closestOf(event.target, 'a[data-preset]');
		if (preset instanceof HTMLAnchorElement)
			views.prefetch(rangeSearch(location.href, preset.dataset.from ?? '', preset.dataset.to ?? ''));
	};
	document.addEventListener('mouseover', ahead);
	document.addEventListener('focusin', ahead);
	document.addEventListener('click', (event) => {
		if (!plainClick(event)) return;
		const preset = closestOf(event.target, 'a[data-preset]');
		if (!(preset instanceof HTMLAnchorElement)) return;
		event.preventDefault();
		setRange(preset.dataset.from ?? '', preset.dataset.to ?? '');
	});
	const form = document.querySelector<HTMLFormElement>('form.days');
	const fromForm = (event: Event) => {
		event.preventDefault();
		const [f, t] = days();
		if (f && t && validRange(f.value, t.value)) setRange(f.value, t.value);
	};
	form?.addEventListener('submit', fromForm);
	form?.addEventListener('change', fromForm);

	// The charts are drawn for the width they have: once on load, and after a resize settles.
	let resized = 0;
	let checkedFor = -1;
	const fit = () => {
		const width = views.chartWidth();
		const svg = document.querySelector<SVGSVGElement>('.chart-box svg.chart-svg');
		if (width === checkedFor || !needsNewDrawing(width, svg?.viewBox.baseVal?.width ?? 0)) return;
		checkedFor = width;
		views.load(location.pathname + location.search);
	};
	fit();
	new ResizeObserver(() => {
		clearTimeout(resized);
		resized = window.setTimeout(fit, 200);
	}).observe(main);
}
