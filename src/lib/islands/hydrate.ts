/**
 * Hydrates a page's islands (see Island.svelte): each `[data-island]` element gets the component of
 * that name, with the props the server rendered it with and the page's context. Svelte adopts the
 * server's DOM: nothing is drawn again unless the view changes.
 */
import { flushSync, hydrate, type Component } from 'svelte';
import { plainClick, type PageView } from '$lib/view/pageView';
import { handOnClick, handOnFocus } from './handOn';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each island has its own props
export type Islands = Record<string, Component<any>>;

/** The JSON of the `<script type="application/json">` block of this id, or null. */
export function readJson<T>(id: string): T | null {
	const el = document.getElementById(id);
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

/**
 * The component of an island of this name: its own file loaded first if it has one. Null if there is
 * none, or if its file could not load (logged): the island stays the server's, whose links work as
 * without JavaScript, and the others still hydrate.
 */
async function componentOf(name: string, islands: Islands, later?: Later): Promise<Islands[string] | null> {
	try {
		return islands[name] ?? (await later?.load?.[name]?.()) ?? null;
	} catch (error) {
		console.error('An island’s code could not load', error);
		return null;
	}
}

/**
 * Hydrates one island, measured (`island <id>`: `npm run bench` sums them as hydration's main-thread
 * time). Never over a DOM it cannot adopt: Svelte would empty the island and draw it again
 * (`recover`), so it throws instead. False if it threw (logged): the server's DOM stays, its links
 * work as without JavaScript, and the other islands still hydrate.
 */
function hydrateIsland(
	target: HTMLElement,
	component: Islands[string],
	context: Map<unknown, unknown>,
	propsFor: PropsFor
): boolean {
	const id = target.dataset.islandId ?? '';
	const start = performance.now();
	const props = propsFor(id, readJson<Record<string, unknown>>(`island-props-${id}`) ?? {});
	try {
		hydrate(component, { target, props, context, recover: false });
	} catch (error) {
		console.error(`The island ${id} could not hydrate`, error);
		return false;
	}
	performance.measure(`island ${id}`, { start, end: performance.now() });
	return true;
}

/** The props an island is hydrated with, given those the server rendered it with (by default those). */
type PropsFor = (id: string, props: Record<string, unknown>) => Record<string, unknown>;

/**
 * Islands that need not run before the reader comes to them: those of these names that are not
 * within `margin` of the viewport when the page starts hydrate when they come within it, or when
 * the reader first points at, touches, focuses or clicks them (a click that comes while their code
 * loads is handed on once they run, or once they could not: then to the server's links). The page
 * is live without them.
 */
export interface Later {
	/** Island name → how near the viewport it hydrates (an IntersectionObserver rootMargin). */
	margin: Record<string, string>;
	/**
	 * Island names that also hydrate when the browser is idle, one per idle period, so that the page
	 * is whole before the reader gets there (the charts below the first screen; not the map, whose
	 * code a reader who never scrolls to it should not download).
	 */
	idle?: string[];
	/** Components in chunks of their own, loaded when their island first comes near. */
	load?: Record<string, () => Promise<Islands[string]>>;
	/**
	 * The context a late island hydrates with: its view is the state the server drew until `settle()`
	 * (so that Svelte adopts the server's DOM, though the page's view may have changed since), and the
	 * page's view from then on (src/lib/islands/view.svelte.ts, lateView).
	 */
	context(): { context: Map<unknown, unknown>; settle(): void };
}

/** The island's box (its wrapper takes none, see Island.svelte) is within `margin` of the viewport. */
function near(target: HTMLElement, margin: string): boolean {
	const box = (target.firstElementChild ?? target).getBoundingClientRect();
	const [vertical] = margin.split(' ');
	const extra = vertical.endsWith('%')
		? (innerHeight * parseFloat(vertical)) / 100
		: parseFloat(vertical) || 0;
	return box.bottom >= -extra && box.top <= innerHeight + extra;
}

const FIRST_USE = ['pointerover', 'pointerdown', 'focusin', 'click'] as const;

/** Hydrates `targets` when each is first needed (see Later). */
function hydrateLater(targets: HTMLElement[], islands: Islands, later: Later, propsFor: PropsFor): void {
	const observers = new Map<HTMLElement, IntersectionObserver>();
	const started = new Map<HTMLElement, Promise<void>>();
	/** The last click on an island that came while its code loaded: handed on once it runs (or cannot). */
	const held = new Map<HTMLElement, Element>();
	const start = (target: HTMLElement) => {
		if (!started.has(target)) started.set(target, hydrateNow(target));
		return started.get(target)!;
	};
	async function hydrateNow(target: HTMLElement) {
		observers.get(target)?.disconnect();
		const component = await componentOf(target.dataset.island ?? '', islands, later);
		// From here on a click is the island's own, or, if it cannot run, the server's links'.
		for (const type of FIRST_USE) target.removeEventListener(type, onFirstUse, true);
		try {
			if (component) startLate(target, component);
		} catch (error) {
			console.error(`The island ${target.dataset.islandId} could not start`, error);
		} finally {
			const click = held.get(target);
			held.delete(target);
			if (click?.isConnected) handOnClick(click);
		}
	}
	/** Hydrates a late island over the server's view, then gives it the page's (its effects run then). */
	function startLate(target: HTMLElement, component: Islands[string]) {
		const { context, settle } = later.context();
		if (!hydrateIsland(target, component, context, propsFor)) return;
		const begin = performance.now();
		settle();
		flushSync();
		performance.measure(`late island ${target.dataset.islandId} settled`, {
			start: begin,
			end: performance.now()
		});
		// The focus that woke the island came before its listeners: it is handed to them (and, as
		// `focusin`, to those of what holds it: a shut table's toggle wakes the table, Dormant.svelte).
		const focused = document.activeElement;
		if (focused && target.contains(focused)) handOnFocus(focused);
	}
	function onFirstUse(event: Event) {
		const island = event.currentTarget as HTMLElement;
		void start(island);
		// A click that came while its code loads (a reader who jumped to it) is held, and handed to
		// the island once it runs. Only the last of several is: two would open and shut a table. A
		// click with a modifier key (a link into a new tab) is the browser's, as it is the island's.
		if (event.type !== 'click' || !plainClick(event as MouseEvent) || !(event.target instanceof Element))
			return;
		event.preventDefault();
		event.stopPropagation();
		held.set(island, event.target);
	}
	for (const target of targets) {
		const margin = later.margin[target.dataset.island ?? ''];
		const seen = new IntersectionObserver(
			(entries) => entries.some((e) => e.isIntersecting) && start(target),
			{
				rootMargin: margin
			}
		);
		seen.observe(target.firstElementChild ?? target);
		observers.set(target, seen);
		for (const type of FIRST_USE) target.addEventListener(type, onFirstUse, true);
	}
	const idle = targets.filter((t) => later.idle?.includes(t.dataset.island ?? ''));
	const next = () => {
		const target = idle.shift();
		if (target) whenIdle(() => void start(target).finally(next));
	};
	next();
}

/** Runs `work` when the browser has nothing else to do (soon, where it cannot say). */
export function whenIdle(work: () => void): void {
	if ('requestIdleCallback' in globalThis) requestIdleCallback(work, { timeout: 2000 });
	else setTimeout(work, 50);
}

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
		whenLive = () => {},
		later
	}: { yieldBetween?: boolean; propsFor?: PropsFor; whenLive?: () => void; later?: Later } = {}
): Promise<void> {
	// Which islands wait is read before any hydrates, from the layout the first paint made: measured
	// later, after an island's hydration, each measure would lay the page out again.
	const targets = [...document.querySelectorAll<HTMLElement>('[data-island]')];
	const waits = (target: HTMLElement) => {
		const margin = later?.margin[target.dataset.island ?? ''];
		return margin !== undefined && !near(target, margin);
	};
	const waiting = targets.filter(waits);
	for (const target of targets.filter((t) => !waiting.includes(t))) {
		const component = await componentOf(target.dataset.island ?? '', islands, later);
		if (!component) continue;
		if (yieldBetween) await yieldToBrowser();
		hydrateIsland(target, component, context, propsFor);
	}
	view.live = true;
	if (later && waiting.length) hydrateLater(waiting, islands, later, propsFor);
	whenLive();
	// Every island live, its listeners in place, before the page says it runs (and before a widget
	// hands its islands the events that came early).
	const start = performance.now();
	flushSync();
	performance.measure('island live', { start, end: performance.now() });
	document.documentElement.dataset.hydrated = '';
	// `npm run bench`: the islands measured before this ran at the start; the others, later.
	performance.mark('islands live');
}
