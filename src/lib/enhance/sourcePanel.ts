/**
 * The source panel, opened in place: a mark's (or a headline figure's, or a map place's) `?sel=`
 * link opens the record's panel from the page's JSON (`sources` below), in the markup and styles of
 * the server's inert copy of `SourcePanel` (a `<template>` in `.panel-slot`). Escape or the close
 * link closes it; focus goes into the panel and back to what opened it; the URL follows with
 * `history.replaceState`. Without JavaScript the same links bring the page back with the panel open.
 */
import type { WidgetSource, WidgetSources } from '$lib/embed/widgetScriptData';
import { closestOf, focusable, plainClick } from './dom';

/** The record a link opens in the source panel: its `sel`, when it points at this page. */
export function selectedBy(href: string | null, here: string): string | null {
	if (href === null) return null;
	const url = new URL(href, here);
	const page = new URL(here);
	if (url.origin !== page.origin || url.pathname !== page.pathname) return null;
	return url.searchParams.get('sel');
}

/** This page's address with `sel` set to `id` (or taken out), keeping the rest of the view. */
export function withSelection(here: string, id: string | null): string {
	const url = new URL(here);
	if (id) url.searchParams.set('sel', id);
	else url.searchParams.delete('sel');
	url.hash = '';
	return url.pathname + url.search;
}

/** Builds a record's source panel in the markup of `model`, the server's copy of SourcePanel. */
function panelFor(model: Element, s: WidgetSource, alsoReported: string): HTMLElement {
	// The component's scoped class: its styles then apply to what is built here as to its own markup.
	const scope = [...model.classList].filter((c) => c.startsWith('svelte-'));
	const el = (tag: string, className: string, ...children: (Node | string)[]) => {
		const e = document.createElement(tag);
		const classes = [className, ...scope].filter(Boolean).join(' ');
		if (classes) e.className = classes;
		e.append(...children);
		return e;
	};
	const link = (href: string, text: string) => {
		const a = el('a', '', text) as HTMLAnchorElement;
		a.href = href;
		return a;
	};
	const aside = model.cloneNode(false) as HTMLElement;
	const head = model.querySelector('.head');
	if (head) aside.append(head.cloneNode(true));
	const paragraph = el('blockquote', 'paragraph', s.before, el('mark', '', s.quote), s.after);
	paragraph.lang = s.lang;
	aside.append(
		el('p', 'what', el('strong', '', s.headline)),
		el('p', 'muted', s.when),
		el('p', 'article', link(s.article.href, s.article.text), ' ', el('span', 'muted', `(${s.article.date})`)),
		paragraph
	);
	if (s.note) {
		const note = el('p', 'note muted', s.note);
		note.lang = 'en';
		aside.append(note);
	}
	if (s.sameClaim.length) {
		const list = el('ul', 'same-claim');
		for (const same of s.sameClaim) {
			const q = el('q', '', same.quote);
			q.lang = same.lang;
			list.append(el('li', '', link(same.href, same.text), ': ', q));
		}
		aside.append(el('h3', '', alsoReported), list);
	}
	return aside;
}

export interface SourcePanelControl {
	/** Opens the panel of `id`; focus returns to `opener` when it closes. False if `id` has no source. */
	open(id: string, opener: Element | null): boolean;
	close(): void;
	/** Marks the open panel's record as selected again (after the marks were redrawn). */
	sync(): void;
}

/**
 * Wires the source panel. `sources` is read on each opening (the dashboard swaps its data when the
 * range changes); `onopen` runs before a panel opens (the page hides its tooltip).
 */
export function sourcePanel(
	sources: () => WidgetSources | null,
	onopen: () => void
): SourcePanelControl | null {
	const slot = document.querySelector('.panel-slot');
	const template = slot?.querySelector('template');
	const model = (template?.content ?? slot)?.querySelector('aside.source-panel')?.cloneNode(true) as
		Element | undefined;
	template?.remove();
	if (!slot || !model) return null;
	// The server opened the panel of `?sel=`: closing it returns focus to that record's mark.
	let openId = slot.querySelector('aside.source-panel') ? selectedBy(location.href, location.href) : null;
	let opener: Element | null = null;

	const linkTo = (id: string) =>
		[...document.querySelectorAll('a[href]')].find(
			(a) => !a.closest('.panel-slot') && selectedBy(a.getAttribute('href'), location.href) === id
		) ?? null;
	const markSelected = (id: string | null) => {
		for (const m of document.querySelectorAll('.mark'))
			m.classList.toggle('selected', m.getAttribute('data-id') === id);
	};

	const open = (id: string, from: Element | null) => {
		const all = sources();
		if (!all || !Object.hasOwn(all.records, id)) return false;
		const source = all.records[id];
		onopen();
		slot.replaceChildren(panelFor(model, source, all.alsoReported));
		markSelected(id);
		history.replaceState(history.state, '', withSelection(location.href, id));
		openId = id;
		opener = from;
		const heading = slot.querySelector('h2');
		if (focusable(heading)) heading.focus();
		return true;
	};
	const close = () => {
		if (!slot.firstElementChild) return;
		slot.replaceChildren();
		markSelected(null);
		history.replaceState(history.state, '', withSelection(location.href, null));
		const back = opener?.isConnected ? opener : openId ? linkTo(openId) : null;
		openId = null;
		opener = null;
		if (focusable(back)) back.focus();
	};

	document.addEventListener('click', (event) => {
		if (!plainClick(event)) return;
		const a = closestOf(event.target, 'a[href]');
		if (!a) return;
		if (a.matches('.panel-slot a.close')) {
			event.preventDefault();
			close();
			return;
		}
		// The page in the other language keeps the panel open, but is a page to load.
		if (a.hasAttribute('hreflang')) return;
		const id = selectedBy(a.getAttribute('href'), location.href);
		if (id && open(id, a)) event.preventDefault();
	});
	document.addEventListener('keydown', (event) => {
		// Escape closes the panel, unless it is closing something else first (a dialog, a menu).
		if (event.key === 'Escape' && !event.defaultPrevented && !document.querySelector('dialog[open]')) close();
	});
	return { open, close, sync: () => markSelected(openId) };
}
