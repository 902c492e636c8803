/**
 * The dashboard's view, changed in place: a new range (a preset, the day inputs, the brush) or a
 * new width for the charts fetches `/` for that view, as the server renders it, and swaps in every
 * part marked `data-view` (the headline strip, the charts, the map's table and data, the JSON the
 * scripts read). The controls the reader is using are never swapped; open tables stay open; focus
 * stays on the same control or mark. Without JavaScript the same links and form load the page.
 */
import { DATA_END, DATA_START, dashboardOptions } from '$lib/view/options';
import { focusable } from './dom';

/** What a view's address holds besides what stays as it is. */
export interface ViewChange {
	from?: string;
	to?: string;
	lang?: string;
	/** The open source panel's record; null: none. */
	sel?: string | null;
}

const defaults: Record<string, string> = { lang: 'nl', from: DATA_START, to: DATA_END, theme: 'auto' };

/**
 * The dashboard's address for the view at `here` changed by `change` (a new range, the other
 * language), keeping the selection and theme; written as the dashboard's own links write it: its
 * options in their order, defaults left out, nothing else (no `w`, no tracking parameters).
 */
export function viewSearch(here: string, change: ViewChange): string {
	const url = new URL(here);
	const out = new URLSearchParams();
	for (const name of dashboardOptions) {
		const value =
			name in change ? (change as Record<string, string | null>)[name] : url.searchParams.get(name);
		if (value && value !== defaults[name]) out.set(name, value);
	}
	const search = out.toString();
	return url.pathname + (search ? `?${search}` : '');
}

/** A range the day inputs may set: both days inside the period, in order. */
export function validRange(from: string, to: string): boolean {
	const day = /^\d{4}-\d{2}-\d{2}$/;
	return day.test(from) && day.test(to) && from >= DATA_START && to <= DATA_END && from <= to;
}

/**
 * How to find an element again in the swapped-in copy of its region: a mark or place by its id, an
 * element by its id, else by its place among the region's controls.
 */
function locator(el: Element): ((region: Element) => Element | null) | null {
	const region = el.closest('[data-view]');
	if (!region) return null;
	const id = el.getAttribute('data-id');
	if (id) return (r) => r.querySelector(`[data-id="${CSS.escape(id)}"]`);
	if (el.id) return (r) => r.querySelector(`#${CSS.escape(el.id)}`);
	const controls = 'a[href], button, summary, input, select, textarea, [tabindex]';
	const i = [...region.querySelectorAll(controls)].indexOf(el);
	return i < 0 ? null : (r) => r.querySelectorAll(controls)[i] ?? null;
}

/**
 * Replaces each `data-view` region of the page by its copy in `next`, keeping open tables open.
 * Returns what puts focus back: on the same control or mark in the new copy, else (a mark no longer
 * drawn) on its chart's tab stop. Call it once the page's scripts have caught up with the new copy.
 */
function swapViews(next: Document): () => void {
	const active = document.activeElement;
	const region = active?.closest('[data-view]')?.getAttribute('data-view');
	const find = active ? locator(active) : null;
	const wasMark = !!active?.closest('.mark');
	const open = new Set(
		[...document.querySelectorAll('[data-view] details')].flatMap((d, i) =>
			d.hasAttribute('open') ? [i] : []
		)
	);
	for (const fresh of next.querySelectorAll('[data-view]')) {
		if (fresh.parentElement?.closest('[data-view]')) continue;
		const name = fresh.getAttribute('data-view') ?? '';
		const current = document.querySelector(`[data-view="${CSS.escape(name)}"]`);
		current?.replaceWith(document.importNode(fresh, true));
	}
	[...document.querySelectorAll('[data-view] details')].forEach((d, i) => {
		if (open.has(i)) d.setAttribute('open', '');
	});
	return () => {
		if (!region || !find) return;
		const box = document.querySelector(`[data-view="${CSS.escape(region)}"]`);
		if (!box) return;
		const target = find(box) ?? (wasMark ? box.querySelector('a.mark[tabindex="0"]') : null);
		if (focusable(target)) target.focus({ preventScroll: true });
	};
}

/**
 * Loads views: `load(search)` fetches `/` + `search` at the charts' present width and swaps it in
 * (the last load asked for wins), then calls `onswap`, puts focus back and writes `search` (with the
 * selection as it is by then) into the address bar. `prefetch(search)` starts a fetch early (a
 * pointer over a preset): fetched views are kept, so a click, or coming back to a range, swaps at
 * once. `redraw()` loads the view shown (or on its way) again, for a new width. A range the reader
 * chose whose fetch fails is loaded as a page instead; a failed redraw keeps the drawing there is.
 */
export function viewLoader(onswap: () => void) {
	const fetched = new Map<string, Promise<string>>();
	let asked = 0;
	let wanted = '';

	const chartWidth = () => document.querySelector('.chart-box')?.clientWidth ?? 0;

	const urlFor = (search: string) => {
		const url = new URL(search, location.href);
		const width = Math.round(chartWidth());
		if (width >= 200) url.searchParams.set('w', String(Math.min(width, 4000)));
		return url.href;
	};

	function prefetch(search: string): Promise<string> {
		const url = urlFor(search);
		let html = fetched.get(url);
		if (!html) {
			html = fetch(url).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))));
			fetched.set(url, html);
			// A failed fetch is not kept; neither are more views than a reader goes back and forth between.
			html.catch(() => fetched.delete(url));
			if (fetched.size > 12) fetched.delete(fetched.keys().next().value!);
		}
		return html;
	}

	async function load(search: string, chosen = true): Promise<void> {
		const own = ++asked;
		wanted = search;
		let html: string;
		try {
			html = await prefetch(search);
		} catch {
			if (own === asked && chosen) location.assign(search);
			return;
		}
		if (own !== asked) return;
		const restoreFocus = swapViews(new DOMParser().parseFromString(html, 'text/html'));
		// The source panel may have opened or closed while the view was on its way: the address keeps it.
		const sel = new URLSearchParams(location.search).get('sel');
		history.replaceState(history.state, '', viewSearch(new URL(search, location.href).href, { sel }));
		onswap();
		restoreFocus();
		// For `npm run bench`: when the new view was in place.
		performance.mark('view-swapped');
	}

	return {
		load,
		prefetch,
		redraw: () => load(wanted || location.pathname + location.search, false),
		chartWidth
	};
}
