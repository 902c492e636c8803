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

/** Gives the main thread back to the browser (input, paint) between two pieces of work. */
function yieldToBrowser(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** Hydrates one island, measured (`island <id>`: `npm run bench` sums them as hydration's main-thread time). */
function hydrateIsland(
	target: HTMLElement,
	component: Islands[string],
	context: Map<unknown, unknown>,
	propsFor: PropsFor
) {
	const id = target.dataset.islandId ?? '';
	const start = performance.now();
	const props = propsFor(id, readJson<Record<string, unknown>>(`#island-props-${CSS.escape(id)}`) ?? {});
	hydrate(component, { target, props, context });
	performance.measure(`island ${id}`, { start, end: performance.now() });
}

/** The props an island is hydrated with, given those the server rendered it with (by default those). */
type PropsFor = (id: string, props: Record<string, unknown>) => Record<string, unknown>;

/**
 * Hydrates every island with `context`, then turns the page's `view` live (marks get their tab
 * stops, links open panels in place) and marks the page as running (`data-hydrated` on <html>).
 *
 * With `yieldBetween` each island hydrates in a task of its own, so that no long task holds a
 * reader's input on a slow phone. Nothing changes the view until it is live (see PageView.live), so
 * every island hydrates over the server's HTML with the state that HTML was drawn with. `whenLive`
 * runs once all are live, before the page says it runs: on a static host it applies the address's
 * options (src/lib/static/address.ts), which the server could not.
 */
export async function hydrateIslands(
	islands: Islands,
	context: Map<unknown, unknown>,
	view: PageView,
	{
		yieldBetween = false,
		propsFor = (_id, props) => props,
		whenLive = () => {}
	}: { yieldBetween?: boolean; propsFor?: PropsFor; whenLive?: () => void } = {}
): Promise<void> {
	for (const target of document.querySelectorAll<HTMLElement>('[data-island]')) {
		const component = islands[target.dataset.island ?? ''];
		if (!component) continue;
		if (yieldBetween) await yieldToBrowser();
		hydrateIsland(target, component, context, propsFor);
	}
	view.live = true;
	whenLive();
	// Every island live, its listeners in place, before the page says it runs (and before a widget
	// hands its islands the events that came early).
	const start = performance.now();
	flushSync();
	performance.measure('island live', { start, end: performance.now() });
	document.documentElement.dataset.hydrated = '';
}
