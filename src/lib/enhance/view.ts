/**
 * The dashboard's view, changed in place: a new range (a preset, the day inputs, the brush) or a
 * new width for the charts fetches `/` for that view, as the server renders it, and swaps in every
 * part marked `data-view` (the headline strip, the charts, the map's table and data, the JSON the
 * scripts read). The controls the reader is using are never swapped; open tables stay open; focus
 * stays on the same control or mark. Without JavaScript the same links and form load the page.
 */
import { DATA_END, DATA_START } from '$lib/view/options';
import { focusable } from './dom';

/** The dashboard's options, in the order its own links write them. */
const VIEW_OPTIONS = ['lang', 'from', 'to', 'sel', 'theme'] as const;

/** The dashboard's address for the range [from, to], keeping its language, selection and theme. */
export function rangeSearch(here: string, from: string, to: string): string {
	const url = new URL(here);
	const out = new URLSearchParams();
	for (const name of VIEW_OPTIONS) {
		const value =
			name === 'from'
				? from === DATA_START
					? null
					: from
				: name === 'to'
					? to === DATA_END
						? null
						: to
					: url.searchParams.get(name);
		if (value) out.set(name, value);
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

/** Replaces each `data-view` region of the page by its copy in `next`, keeping open tables and focus. */
export function swapViews(next: Document): void {
	const active = document.activeElement;
	const region = active?.closest('[data-view]')?.getAttribute('data-view');
	const find = active ? locator(active) : null;
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
	if (region && find) {
		const target = find(document.querySelector(`[data-view="${CSS.escape(region)}"]`) ?? document.body);
		if (focusable(target)) target.focus({ preventScroll: true });
	}
}

/**
 * Loads views: `load(search)` fetches `/` + `search` at the charts' present width and swaps it in
 * (a newer load wins over an older one), then writes `search` into the address bar and calls
 * `onswap`. `prefetch(search)` starts the fetch early (a pointer over a preset): the views fetched
 * are kept, so a click, or coming back to a range, swaps at once. If a fetch fails, the page goes
 * to the address instead.
 */
export function viewLoader(onswap: () => void) {
	const fetched = new Map<string, Promise<string>>();
	let latest = '';

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

	async function load(search: string): Promise<void> {
		latest = search;
		let html: string;
		try {
			html = await prefetch(search);
		} catch {
			if (latest === search) location.assign(search);
			return;
		}
		if (latest !== search) return;
		swapViews(new DOMParser().parseFromString(html, 'text/html'));
		history.replaceState(history.state, '', search);
		onswap();
		// For `npm run bench`: when the new view was in place.
		performance.mark('view-swapped');
	}

	return { load, prefetch, chartWidth };
}
