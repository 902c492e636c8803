/**
 * The page's view in the browser: one `$state` that every island reads (through context), made from
 * what the server rendered with, and written to the address bar as it changes (`replaceState`), so
 * that reloading or sharing the URL restores it. `live` turns true once every island is hydrated:
 * until then the islands render exactly what the server did.
 */
import type { PageView, ViewLinks, ViewState } from '$lib/view/pageView';

export function browserView(start: ViewState, links: ViewLinks): PageView {
	// A record's link (a mark's, its target's, its table row's) carries the range and language of the
	// address bar, and so follows a change when the address does (below), not in the frame that draws
	// it: a brush drag then redraws the marks without writing every mark's link again. A click opens
	// the panel in place; the link is for a new tab or to copy.
	let linked: ViewState = $state.raw(start);
	const view: PageView = $state({
		...start,
		hover: null,
		opener: null,
		live: false,
		hrefFor: (id: string | null) => links.hrefFor(linked, id),
		linkTo: (change) => links.linkTo(view, change)
	});
	// A brush drag or a held arrow key changes the view many times a second, and browsers refuse
	// history calls that come too often: the address (and the record links with it) follows once the
	// view has rested for 100 ms, in a task of its own, never in the task of the tap or the move.
	let next = '';
	let timer: ReturnType<typeof setTimeout> | undefined;
	const write = () => {
		if (view.lang !== linked.lang || view.from !== linked.from || view.to !== linked.to)
			linked = { lang: view.lang, from: view.from, to: view.to, sel: null };
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, not state
		const url = new URL(next, location.href);
		if (url.pathname + url.search !== location.pathname + location.search)
			history.replaceState(history.state, '', url.pathname + url.search);
	};
	$effect.root(() => {
		$effect(() => {
			next = links.linkTo(view, {});
			clearTimeout(timer);
			timer = setTimeout(write, 100);
		});
	});
	return view;
}

/**
 * The view of an island hydrated after the page went live (hydrate.ts, Later): until `settle()` it
 * reads as the server drew the page, so that Svelte adopts the server's DOM even if the reader has
 * changed the range since; then it reads the page's view, and the island redraws for what changed
 * (each field apart: a range the reader left as it was draws nothing again). Whatever the island
 * writes goes to the page's view.
 */
export function lateView(view: PageView, served: ViewState): { view: PageView; settle(): void } {
	const state = $state({ settled: false });
	const lang = $derived(state.settled ? view.lang : served.lang);
	const from = $derived(state.settled ? view.from : served.from);
	const to = $derived(state.settled ? view.to : served.to);
	const sel = $derived(state.settled ? view.sel : served.sel);
	const hover = $derived(state.settled ? view.hover : null);
	const opener = $derived(state.settled ? view.opener : null);
	const live = $derived(state.settled && view.live);
	/** What an island reads of the view that a change after the server's drawing shows in. */
	const drawn: Record<string, () => unknown> = {
		lang: () => lang,
		from: () => from,
		to: () => to,
		sel: () => sel,
		hover: () => hover,
		opener: () => opener,
		live: () => live
	};
	const late = new Proxy(view, {
		get: (target, key) =>
			typeof key === 'string' && Object.hasOwn(drawn, key) ? drawn[key]() : Reflect.get(target, key)
	});
	return { view: late, settle: () => (state.settled = true) };
}
