/**
 * Hydrates a page's islands (see Island.svelte): each `[data-island]` element gets the component of
 * that name, with the props the server rendered it with and the page's context. Svelte adopts the
 * server's DOM: nothing is drawn again unless the view changes.
 */
import { flushSync, hydrate, type Component } from 'svelte';
import type { PageView } from '$lib/view/pageView';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each island has its own props
export type Islands = Record<string, Component<any>>;

/** The JSON of a `<script type="application/json">` block found by `selector`, or null. */
export function readJson<T>(selector: string): T | null {
	const el = document.querySelector(selector);
	try {
		return el ? (JSON.parse(el.textContent ?? '') as T) : null;
	} catch {
		return null;
	}
}

/**
 * Hydrates every island with `context`, then turns the page's `view` live (marks get their tab
 * stops, links open panels in place) and marks the page as running (`data-hydrated` on <html>).
 */
export function hydrateIslands(islands: Islands, context: Map<unknown, unknown>, view: PageView): void {
	for (const target of document.querySelectorAll<HTMLElement>('[data-island]')) {
		const component = islands[target.dataset.island ?? ''];
		if (!component) continue;
		const id = target.dataset.islandId ?? '';
		const props = readJson<Record<string, unknown>>(`#island-props-${CSS.escape(id)}`) ?? {};
		hydrate(component, { target, props, context });
	}
	view.live = true;
	// Every island live, its listeners in place, before the page says it runs (and before a widget
	// hands its islands the events that came early).
	flushSync();
	document.documentElement.dataset.hydrated = '';
	performance.mark('islands-hydrated');
}
