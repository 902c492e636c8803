/**
 * The one script of the server-rendered widgets (the four charts and the headline strip), bundled
 * to `/widget.js` by `scripts/build-widget-js.mjs`. The page is complete without it: marks are
 * links to `?sel=<id>`, which the server answers with the source panel open. With it:
 *
 * - the height messages (ours, Pym's, Datawrapper's, AMP's) go to the embedding page on load, on
 *   every size change and when `/embed.js` asks: `reportHeight` from `height.ts`, as the hydrated
 *   map widget sends them;
 * - hovering or focusing a mark shows the dashboard's tooltip (value, date, place, quote, article)
 *   and lights up the marks of the same days, from the `#widget-records` JSON;
 * - choosing a mark (or a headline figure) opens its source panel in place, from the
 *   `#widget-sources` JSON, in the markup and styles of the server's inert copy of `SourcePanel`;
 *   Escape or the close link closes it; focus goes into the panel and back to the mark; the URL
 *   follows with `history.replaceState`;
 * - ArrowLeft / ArrowRight (Home / End) move from mark to mark in time order;
 * - when the frame is much wider or narrower than the width the drawing was laid out for, the
 *   drawing is fetched again for the frame's width (Pym's `initialWidth`) and swapped in;
 * - links that leave the widget open in a new tab, not inside the article's frame.
 *
 * No framework: the functions above the DOM part are pure and tested (tests/unit/embed/enhance.test.ts).
 */
import { reportHeight } from './height';
import type { WidgetSource, WidgetSources, WidgetTooltipRow } from './widgetScriptData';

/** A mark as the arrow keys see it: its first day, and its centre on screen. */
export interface MarkPosition {
	day: string;
	x: number;
	y: number;
}

/**
 * The mark to focus after `key` when mark `current` has focus: the next or previous one in time (the
 * first day, then left to right, then top to bottom), the first (Home) or the last (End). Stops at
 * the ends. Null for any other key.
 */
export function nextMarkIndex(marks: readonly MarkPosition[], current: number, key: string): number | null {
	if (!marks[current]) return null;
	const order = marks
		.map((_, i) => i)
		.sort((a, b) => {
			const p = marks[a];
			const q = marks[b];
			return p.day < q.day ? -1 : p.day > q.day ? 1 : p.x - q.x || p.y - q.y || a - b;
		});
	const at = order.indexOf(current);
	switch (key) {
		case 'ArrowRight':
			return order[Math.min(at + 1, order.length - 1)];
		case 'ArrowLeft':
			return order[Math.max(at - 1, 0)];
		case 'Home':
			return order[0];
		case 'End':
			return order[order.length - 1];
		default:
			return null;
	}
}

/** The lines of a mark's tooltip, as the dashboard's Tooltip.svelte writes them. */
export interface TooltipText {
	value: string;
	what: string;
	when: string;
	quote: string;
	article: string;
}

export function tooltipText(row: WidgetTooltipRow): TooltipText {
	return {
		value: row.value,
		what: row.what,
		when: `${row.date} · ${row.place}`,
		quote: `‘${row.quote}’`,
		article: row.article
	};
}

/** Gap between a mark and its tooltip. */
const GAP = 10;

/**
 * Where the tooltip goes inside the chart's box: centred over the mark and kept inside the box; above
 * the mark, or below its top when the room above (up to the top of the widget, which the frame cuts
 * off) is too small.
 */
export function tooltipPlacement(
	mark: { x: number; top: number; bottom: number },
	boxWidth: number,
	tip: { width: number; height: number },
	roomAbove: number
): { left: number; top: number; below: boolean } {
	const left = Math.max(0, Math.min(mark.x - tip.width / 2, boxWidth - tip.width));
	if (roomAbove >= tip.height + GAP) return { left, top: mark.top - GAP - tip.height, below: false };
	// Under a dot; over the upper part of a tall bar rather than under its foot, far down the chart.
	return { left, top: Math.min(mark.bottom, mark.top + 24) + GAP, below: true };
}

/**
 * True when a drawing laid out `drawn` px wide shows in a box `box` px wide at a scale that makes its
 * 11 px text too small (under ~10 px) or needlessly large: time to lay it out again.
 */
export function needsNewDrawing(box: number, drawn: number): boolean {
	if (!(box > 0) || !(drawn > 0)) return false;
	const scale = box / drawn;
	return scale < 0.9 || scale > 1.12;
}

/** The record a link opens in the source panel: its `sel`, when it points at this page. */
export function selectedBy(href: string | null, here: string): string | null {
	if (href === null) return null;
	const url = new URL(href, here);
	const page = new URL(here);
	if (url.origin !== page.origin || url.pathname !== page.pathname) return null;
	return url.searchParams.get('sel');
}

// The page. Everything below runs in the widget's document.

function readJson<T>(id: string): T | null {
	const el = document.getElementById(id);
	if (!el) return null;
	try {
		return JSON.parse(el.textContent ?? '') as T;
	} catch {
		return null;
	}
}

function closestOf(target: EventTarget | null, selector: string): Element | null {
	return target instanceof Element ? target.closest(selector) : null;
}

function focusable(el: Element | null | undefined): el is Element & { focus(o?: FocusOptions): void } {
	return !!el && 'focus' in el;
}

/** Links to other pages (sources, the dashboard) open in a new tab; a mark's `?sel=` link stays. */
function linksLeaveInNewTab() {
	document.addEventListener(
		'click',
		(event) => {
			const a = closestOf(event.target, 'a[href]');
			if (!(a instanceof HTMLAnchorElement) || a.target) return;
			if (a.origin !== location.origin || a.pathname !== location.pathname) {
				a.target = '_blank';
				a.rel = 'noopener';
			}
		},
		true
	);
}

/** The tooltip and the linked highlight of the hovered or focused mark. */
function tooltips(rows: Map<string, WidgetTooltipRow>) {
	let shownFor: Element | null = null;
	let tip: HTMLElement | null = null;

	const hide = () => {
		tip?.remove();
		tip = null;
		shownFor = null;
		for (const m of document.querySelectorAll('.mark.hovered, .mark.linked'))
			m.classList.remove('hovered', 'linked');
	};

	const show = (mark: Element) => {
		const row = rows.get(mark.getAttribute('data-id') ?? '');
		const wrap = mark.closest('.chart-wrap');
		if (!row || !wrap) return;
		hide();
		shownFor = mark;
		mark.classList.add('hovered');
		for (const other of mark.closest('svg')?.querySelectorAll('.mark') ?? []) {
			const r = rows.get(other.getAttribute('data-id') ?? '');
			if (r && r.x0 <= row.x1 && r.x1 >= row.x0) other.classList.add('linked');
		}
		const t = tooltipText(row);
		const el = (tag: string, text?: string, ...children: Node[]) => {
			const e = document.createElement(tag);
			if (text) e.append(text);
			e.append(...children);
			return e;
		};
		const muted = el('span', t.article);
		muted.className = 'muted';
		tip = el(
			'div',
			undefined,
			el('p', undefined, el('strong', t.value), document.createTextNode(` · ${t.what}`)),
			el('p', t.when),
			el('blockquote', `${t.quote} `, muted)
		);
		tip.className = 'tooltip widget-tooltip';
		tip.setAttribute('role', 'tooltip');
		wrap.append(tip);
		const box = wrap.getBoundingClientRect();
		const r = mark.getBoundingClientRect();
		const place = tooltipPlacement(
			{ x: r.left + r.width / 2 - box.left, top: r.top - box.top, bottom: r.bottom - box.top },
			box.width,
			{ width: tip.offsetWidth, height: tip.offsetHeight },
			r.top - document.documentElement.getBoundingClientRect().top
		);
		tip.style.left = `${place.left}px`;
		tip.style.top = `${place.top}px`;
	};

	const over = (event: Event) => {
		const mark = closestOf(event.target, '.mark');
		if (mark && mark !== shownFor) show(mark);
	};
	const out = (event: MouseEvent | FocusEvent) => {
		if (!shownFor) return;
		const to = event.relatedTarget;
		if (to instanceof Node && shownFor.contains(to)) return;
		if (closestOf(event.target, '.mark') === shownFor) hide();
	};
	document.addEventListener('mouseover', over);
	document.addEventListener('focusin', over);
	document.addEventListener('mouseout', out);
	document.addEventListener('focusout', out);
	document.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') hide();
	});
	return hide;
}

/** ArrowLeft / ArrowRight / Home / End from mark to mark within one chart. */
function arrowKeys(rows: Map<string, WidgetTooltipRow>) {
	document.addEventListener('keydown', (event) => {
		if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
		const mark = closestOf(event.target, '.mark');
		const svg = mark?.closest('svg');
		if (!mark || !svg) return;
		const marks = [...svg.querySelectorAll('.mark')];
		const positions = marks.map((m) => {
			const r = m.getBoundingClientRect();
			const day = rows.get(m.getAttribute('data-id') ?? '')?.x0 ?? '';
			return { day, x: r.left + r.width / 2, y: r.top + r.height / 2 };
		});
		const next = nextMarkIndex(positions, marks.indexOf(mark), event.key);
		if (next === null) return;
		event.preventDefault();
		const target = marks[next];
		if (focusable(target)) target.focus();
	});
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
	if (s.note) aside.append(el('p', 'note muted', s.note));
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

/** The source panel: opened in place by a mark or headline link, closed by Escape or its close link. */
function sourcePanel(sources: WidgetSources, hideTooltip: () => void) {
	const slot = document.querySelector('.panel-slot');
	const template = slot?.querySelector('template');
	const model = (template?.content ?? slot)?.querySelector('aside.source-panel')?.cloneNode(true) as
		Element | undefined;
	template?.remove();
	if (!slot || !model) return;
	const closeHref = model.querySelector('a.close')?.getAttribute('href') ?? '?';
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

	const open = (id: string, link: Element) => {
		const source = sources.records[id];
		if (!source) return false;
		hideTooltip();
		slot.replaceChildren(panelFor(model, source, sources.alsoReported));
		markSelected(id);
		history.replaceState(history.state, '', link.getAttribute('href'));
		openId = id;
		opener = link;
		const heading = slot.querySelector('h2');
		if (focusable(heading)) heading.focus();
		return true;
	};
	const close = () => {
		if (!slot.firstElementChild) return;
		slot.replaceChildren();
		markSelected(null);
		history.replaceState(history.state, '', closeHref);
		const back = opener?.isConnected ? opener : openId ? linkTo(openId) : null;
		openId = null;
		opener = null;
		if (focusable(back)) back.focus();
	};

	document.addEventListener('click', (event) => {
		if (event.defaultPrevented || event.button !== 0) return;
		if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
		const a = closestOf(event.target, 'a[href]');
		if (!a) return;
		if (a.matches('.panel-slot a.close')) {
			event.preventDefault();
			close();
			return;
		}
		const id = selectedBy(a.getAttribute('href'), location.href);
		if (id && open(id, a)) event.preventDefault();
	});
	document.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') close();
	});
}

/**
 * Keeps the drawing laid out for the frame's width: when the box is much wider or narrower than the
 * drawing's viewBox, fetches this widget at the frame's width (Pym's `initialWidth`, which the server
 * lays the drawing out for) and swaps the new drawing in. Checked at once, then after each resize
 * settles; a width whose drawing is in place (or on its way) is not asked for again, so a frame the
 * server cannot draw for exactly (narrower than its smallest drawing) costs one request, not a loop.
 */
function fitDrawing(hideTooltip: () => void) {
	const box = document.querySelector<HTMLElement>('.chart-box');
	if (!box) return;
	let drawnFor = -1;
	let askedFor = -1;
	let timer = 0;

	const check = async () => {
		const svg = box.querySelector<SVGSVGElement>('svg.chart-svg');
		const frame = document.documentElement.clientWidth;
		if (!svg || frame === drawnFor || frame === askedFor) return;
		if (!needsNewDrawing(box.clientWidth, svg.viewBox.baseVal?.width ?? 0)) return;
		askedFor = frame;
		const url = new URL(location.href);
		url.searchParams.set('initialWidth', String(frame));
		try {
			// The widget's pages are cacheable: going back to a width asks the HTTP cache.
			const response = await fetch(url);
			const html = response.ok ? await response.text() : '';
			const next = new DOMParser()
				.parseFromString(html, 'text/html')
				.querySelector('.chart-box svg.chart-svg');
			const current = box.querySelector('svg.chart-svg');
			// A newer width was asked for meanwhile: its drawing wins.
			if (!next || !current || askedFor !== frame) return;
			const focused = document.activeElement?.closest('.mark')?.getAttribute('data-id');
			hideTooltip();
			current.replaceWith(document.importNode(next, true));
			drawnFor = frame;
			const again = focused ? box.querySelector(`.mark[data-id="${CSS.escape(focused)}"]`) : null;
			if (focusable(again)) again.focus({ preventScroll: true });
		} catch {
			// Offline: the scaled drawing stays.
		} finally {
			if (askedFor === frame) askedFor = -1;
		}
	};
	check();
	new ResizeObserver(() => {
		clearTimeout(timer);
		timer = window.setTimeout(check, 150);
	}).observe(box);
}

export function enhance(): void {
	const main = document.querySelector<HTMLElement>('main.widget');
	if (!main) return;
	reportHeight(main, { chart: main.dataset.widget ?? '', childId: main.dataset.childId ?? null });
	linksLeaveInNewTab();
	const rows = new Map((readJson<WidgetTooltipRow[]>('widget-records') ?? []).map((r) => [r.id, r]));
	const hideTooltip = tooltips(rows);
	arrowKeys(rows);
	const sources = readJson<WidgetSources>('widget-sources');
	if (sources) sourcePanel(sources, hideTooltip);
	fitDrawing(hideTooltip);
}
