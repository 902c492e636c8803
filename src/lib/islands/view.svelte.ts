/**
 * The page's view in the browser: one `$state` that every island reads (through context), made from
 * what the server rendered with, and written to the address bar as it changes (`replaceState`), so
 * that reloading or sharing the URL restores it. `live` turns true once every island is hydrated:
 * until then the islands render exactly what the server did.
 */
import type { PageView, ViewLinks, ViewState } from '$lib/view/pageView';

export function browserView(start: ViewState, links: ViewLinks): PageView {
	const view: PageView = $state({
		...start,
		hover: null,
		opener: null,
		live: false,
		hrefFor: (id: string | null) => links.hrefFor(view, id),
		linkTo: (change) => links.linkTo(view, change)
	});
	let timer = 0;
	$effect.root(() => {
		$effect(() => {
			const next = links.linkTo(view, {});
			// A brush drag changes the view many times a second: the address follows once it rests
			// (browsers throttle history calls).
			clearTimeout(timer);
			timer = window.setTimeout(() => {
				if (next !== location.pathname + location.search) history.replaceState(history.state, '', next);
			}, 100);
		});
	});
	return view;
}
