/**
 * The view of one page, shared by all its islands: the range, the language, the open source panel,
 * and what the reader points at. On the server it is a plain object made from the URL; in the
 * browser the same fields are one `$state` (src/lib/islands/view.svelte.ts), which every island
 * reads through context, so a range chosen in one island redraws them all. Exports get one that
 * nothing changes (their range is in their props).
 */
import { getContext } from 'svelte';
import type { PageRecords } from '$lib/data/pageData';
import type { ViewChange } from './dashboardUrl';
import type { Lang } from './options';

/** A mark, headline figure or map place under the pointer or focus: its days and place light up. */
export interface Hover {
	/** The chart of a mark (its tooltip shows there); null for a headline or a place. */
	chart: string | null;
	id: string | null;
	x0: string;
	x1: string;
	place: string | null;
	/** The element pointed at: the tooltip is placed beside it. */
	el: Element | null;
}

/** What the URL holds of a page's view. */
export interface ViewState {
	lang: Lang;
	from: string;
	to: string;
	/** The record whose source panel is open. */
	sel: string | null;
}

/** How a page writes its links for a view: the dashboard's and a widget's differ. */
export interface ViewLinks {
	linkTo(view: ViewState, change: ViewChange): string;
	hrefFor(view: ViewState, id: string | null): string;
}

export interface PageView extends ViewState {
	hover: Hover | null;
	/** What gets focus back when the source panel closes. */
	opener: Element | null;
	/**
	 * True once every island of the page is hydrated: marks then open their panel in place. Until then
	 * nothing changes the view, so each island hydrates with the state the server drew.
	 */
	live: boolean;
	/**
	 * The link of a record's source panel: this page with `?sel=<id>`, keeping the rest of the view
	 * (in the browser, as the address bar has it: src/lib/islands/view.svelte.ts) (null: the page with
	 * no panel open).
	 */
	hrefFor(id: string | null): string;
	/** This page's address for the view changed by `change` (a range, the other language). */
	linkTo(change: ViewChange): string;
}

export interface PageContext {
	records: PageRecords;
	view: PageView;
}

const KEY = Symbol('page');

/** The context every island of a page is rendered and hydrated with. */
export function pageContext(records: PageRecords, view: PageView): Map<symbol, PageContext> {
	return new Map([[KEY, { records, view }]]);
}

/** The view the server renders a page with: what its URL says, and nothing pointed at. */
export function serverView(start: ViewState, links: ViewLinks): PageView {
	const view: PageView = {
		...start,
		hover: null,
		opener: null,
		live: false,
		hrefFor: (id) => links.hrefFor(view, id),
		linkTo: (change) => links.linkTo(view, change)
	};
	return view;
}

const exportView: PageView = {
	lang: 'nl',
	// Never read: an export's drawing has its range in its props.
	from: '',
	to: '',
	sel: null,
	hover: null,
	opener: null,
	live: false,
	hrefFor: (id) => (id ? `?sel=${id}` : '?'),
	linkTo: () => '?'
};

/** The page's view; outside a page (an export) one that nothing changes. */
export function getView(): PageView {
	return getContext<PageContext | undefined>(KEY)?.view ?? exportView;
}

/** The page's records (only inside a page's islands). */
export function getRecords(): PageRecords {
	const page = getContext<PageContext | undefined>(KEY);
	if (!page) throw new Error('getRecords() outside a page');
	return page.records;
}

/** The reader points at (or focuses) `el`, which stands for these days and this place. */
export function pointAt(view: PageView, hover: Omit<Hover, 'el'>, el: Element): void {
	if (view.live && view.hover?.el !== el) view.hover = { ...hover, el };
}

/** The reader no longer points at `el` (or it is gone): its days and place go dark, unless another took over. */
export function pointAway(view: PageView, el: Element | null | undefined): void {
	if (el && view.hover?.el === el) view.hover = null;
}

/**
 * The pointer left chart mark `el` (record `id`), or its target or its tooltip: the mark goes dark a
 * moment later unless the pointer is on one of the three by then. The moment lets the pointer
 * cross to the tooltip on any path, so it can be read and its quote selected (WCAG 1.4.13).
 */
export function pointAwaySoon(view: PageView, el: Element | null | undefined, id: string): void {
	setTimeout(() => {
		const still = `.tooltip:hover, .mark-hit[data-for="${CSS.escape(id)}"]:hover`;
		if (el && !el.matches(':hover') && !document.querySelector(still)) pointAway(view, el);
	}, 300);
}

/** True when the days [x0, x1] overlap those of `hover`. */
export function lightsUp(hover: Hover | null, x0: string, x1: string): boolean {
	return !!hover && x0 <= hover.x1 && x1 >= hover.x0;
}

/** A left click with no modifier key: one the page may handle in place. */
export function plainClick(event: MouseEvent): boolean {
	return (
		!event.defaultPrevented &&
		event.button === 0 &&
		!(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
	);
}

/**
 * The click handler of a link to record `id`'s source panel: in the browser it opens the panel in
 * place (focus comes back to the link when it closes); without JavaScript the link loads the page
 * with the panel open.
 */
export function opensSource(view: PageView, id: string) {
	return (event: MouseEvent) => {
		if (!view.live || !plainClick(event)) return;
		event.preventDefault();
		openSource(view, id, event.currentTarget as Element);
	};
}

export function openSource(view: PageView, id: string, opener: Element | null): void {
	view.hover = null;
	view.opener = opener;
	view.sel = id;
}
