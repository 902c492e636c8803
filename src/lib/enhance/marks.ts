/**
 * The marks of a server-rendered chart, brought to life: the tooltip of the hovered or focused mark,
 * the linked highlight of the marks on the same days, the arrow keys from mark to mark in time, and
 * one tab stop per chart (a roving tabindex). Shared by `/widget.js` and `/dashboard.js`; the
 * functions above the DOM part are pure and tested (tests/unit/enhance/marks.test.ts).
 */
import type { WidgetTooltipRow } from '$lib/embed/widgetScriptData';
import { closestOf, focusable, h } from './dom';

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
		case 'ArrowDown':
			return order[Math.min(at + 1, order.length - 1)];
		case 'ArrowLeft':
		case 'ArrowUp':
			return order[Math.max(at - 1, 0)];
		case 'Home':
			return order[0];
		case 'End':
			return order[order.length - 1];
		default:
			return null;
	}
}

/** The lines of a mark's tooltip. */
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
 * the mark, or below its top when the room above (up to the top of the page, or of the widget, which
 * the frame cuts off) is too small.
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

/** True when the days [x0, x1] overlap those of `row`. */
export function overlaps(row: { x0: string; x1: string }, x0: string, x1: string): boolean {
	return row.x0 <= x1 && row.x1 >= x0;
}

// The page.

/** The tooltip row of a mark (its chart's row for its record). */
export type RowOf = (mark: Element) => WidgetTooltipRow | undefined;

/** The days of an element that carries them (`data-x0`, `data-x1`): a mark, a headline, a place. */
function daysOf(el: Element): { x0: string; x1: string } | null {
	const x0 = el.getAttribute('data-x0');
	const x1 = el.getAttribute('data-x1');
	return x0 && x1 ? { x0, x1 } : null;
}

/** Lights up every mark whose days overlap `days` (none for null). */
function lightUpDays(days: { x0: string; x1: string } | null): void {
	for (const m of document.querySelectorAll('.mark[data-x0]')) {
		const own = daysOf(m);
		m.classList.toggle('linked', !!days && !!own && overlaps(own, days.x0, days.x1));
	}
}

/**
 * The linked highlight: hovering or focusing anything that carries days (a mark, a headline figure,
 * a place on the map) lights up the marks of those days in every chart, and tells `onplace` its
 * place (the dashboard rings it on the map); leaving it puts everything back.
 */
export function linkedHighlight(onplace: (place: string | null) => void = () => {}): void {
	let current: Element | null = null;
	const over = (event: Event) => {
		const el = closestOf(event.target, '[data-x0]');
		if (!el || el === current) return;
		current = el;
		lightUpDays(daysOf(el));
		onplace(el.getAttribute('data-place') || null);
	};
	const out = (event: MouseEvent | FocusEvent) => {
		if (!current) return;
		const to = event.relatedTarget;
		if (to instanceof Node && current.contains(to)) return;
		if (closestOf(event.target, '[data-x0]') !== current) return;
		current = null;
		lightUpDays(null);
		onplace(null);
	};
	document.addEventListener('mouseover', over);
	document.addEventListener('focusin', over);
	document.addEventListener('mouseout', out);
	document.addEventListener('focusout', out);
}

/**
 * The tooltip of the hovered or focused mark, from its row. Returns a function that hides it.
 */
export function tooltips(rowOf: RowOf): () => void {
	let shownFor: Element | null = null;
	let tip: HTMLElement | null = null;

	const hide = () => {
		tip?.remove();
		tip = null;
		shownFor?.classList.remove('hovered');
		shownFor = null;
	};

	const show = (mark: Element) => {
		const row = rowOf(mark);
		const wrap = mark.closest('.chart-wrap');
		if (!row || !wrap) return;
		hide();
		shownFor = mark;
		mark.classList.add('hovered');
		const t = tooltipText(row);
		const quote = h('blockquote', '', `${t.quote} `, h('span', 'muted', t.article));
		tip = h(
			'div',
			'tooltip',
			h('p', '', h('strong', '', t.value), ` · ${t.what}`),
			h('p', '', t.when),
			quote
		);
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
		const mark = closestOf(event.target, '.chart-svg .mark');
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

/** ArrowLeft / ArrowRight (Up / Down) / Home / End from mark to mark within one chart, in time. */
export function arrowKeys(rowOf: RowOf): void {
	document.addEventListener('keydown', (event) => {
		if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
		const mark = closestOf(event.target, '.chart-svg .mark');
		const svg = mark?.closest('svg');
		if (!mark || !svg) return;
		const marks = [...svg.querySelectorAll('.mark')];
		const positions = marks.map((m) => {
			const r = m.getBoundingClientRect();
			return { day: rowOf(m)?.x0 ?? '', x: r.left + r.width / 2, y: r.top + r.height / 2 };
		});
		const next = nextMarkIndex(positions, marks.indexOf(mark), event.key);
		if (next === null) return;
		event.preventDefault();
		const target = marks[next];
		if (focusable(target)) target.focus();
	});
}

/**
 * One tab stop per chart: Tab goes chart to chart, the arrow keys mark to mark. The stop is the
 * selected mark, else the one last focused, else the first. Call again after charts are redrawn.
 */
export function rovingTabindex(): () => void {
	const last = new Map<string, string>();
	const chartOf = (mark: Element) => mark.closest('figure')?.id ?? '';
	const apply = () => {
		for (const svg of document.querySelectorAll('.chart-svg')) {
			const marks = [...svg.querySelectorAll('a.mark')];
			if (!marks.length) continue;
			const wanted = last.get(chartOf(marks[0]));
			const stop =
				marks.find((m) => m.classList.contains('selected')) ??
				marks.find((m) => m.getAttribute('data-id') === wanted) ??
				marks[0];
			for (const m of marks) m.setAttribute('tabindex', m === stop ? '0' : '-1');
		}
	};
	document.addEventListener('focusin', (event) => {
		const mark = closestOf(event.target, '.chart-svg a.mark');
		if (!mark) return;
		last.set(chartOf(mark), mark.getAttribute('data-id') ?? '');
		for (const m of mark.closest('svg')?.querySelectorAll('a.mark') ?? [])
			m.setAttribute('tabindex', m === mark ? '0' : '-1');
	});
	apply();
	return apply;
}
