/**
 * The range brush of the dashboard (RangeBrush.svelte's markup): drag across it to choose a range,
 * drag the range to move it, or move either handle with the arrow keys (a day; a week with Page
 * Up/Down). The brush follows at once; `onrange` hears each new range, with `final` when a drag
 * that changed it ends (the page loads the view then, or a moment after the last change).
 */
import { brushGeometry, dayAt, dayIndex, shiftDay, SPAN_DAYS } from '$lib/charts/brush';
import { DAY_MS } from '$lib/charts/scales';
import { formatDate } from '$lib/i18n/format';
import type { Lang } from '$lib/view/options';
import { closestOf } from './dom';

const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);

/**
 * The range after moving the range [from, to] chosen when the drag began by `shift` days: the same
 * length, kept inside the period.
 */
export function movedRange(from: string, to: string, shift: number): { from: string; to: string } {
	const span = daysBetween(from, to);
	let f = shiftDay(from, shift);
	const t = shiftDay(f, span);
	if (daysBetween(f, t) < span) f = shiftDay(t, -span);
	return { from: f, to: t };
}

/** The range after a key on a handle, or null for a key the handles do not take. */
export function keyedRange(range: { from: string; to: string }, which: string, key: string) {
	const step = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -7, PageUp: 7 }[key];
	if (!step) return null;
	if (which === 'from') {
		const f = shiftDay(range.from, step);
		return { from: f <= range.to ? f : range.to, to: range.to };
	}
	const t = shiftDay(range.to, step);
	return { from: range.from, to: t >= range.from ? t : range.from };
}

export interface Brush {
	/** Draws `from`–`to` on the brush (a range chosen elsewhere). */
	set(from: string, to: string): void;
}

export function brush(onrange: (from: string, to: string, final: boolean) => void): Brush | null {
	const box = document.querySelector<HTMLElement>('.brush');
	const svg = box?.querySelector('svg');
	if (!box || !svg) return null;
	const lang = (box.dataset.lang ?? 'nl') as Lang;
	let range = { from: box.dataset.from ?? '', to: box.dataset.to ?? '' };
	let drag: { kind: 'new' | 'move'; anchor: string; startX: number; from: string; to: string } | null = null;

	const set = (from: string, to: string) => {
		range = { from, to };
		const g = brushGeometry(from, to);
		const selection = svg.querySelector('.selection');
		selection?.setAttribute('x', `${g.x0}%`);
		selection?.setAttribute('width', `${g.x1 - g.x0}%`);
		for (const handle of box.querySelectorAll<HTMLElement>('[data-handle]')) {
			const day = handle.dataset.handle === 'from' ? from : to;
			handle.style.left = `${handle.dataset.handle === 'from' ? g.x0 : g.x1}%`;
			handle.setAttribute('aria-valuenow', String(dayIndex(day)));
			handle.setAttribute('aria-valuetext', formatDate(day, lang));
		}
	};
	const choose = (from: string, to: string, final: boolean) => {
		if (from === range.from && to === range.to && !final) return;
		set(from, to);
		onrange(from, to, final);
	};

	const localX = (e: PointerEvent) => e.clientX - svg.getBoundingClientRect().left;
	svg.addEventListener('pointerdown', (e) => {
		const x = localX(e);
		const width = svg.clientWidth;
		const day = dayAt(x, width);
		svg.setPointerCapture(e.pointerId);
		const inside = day >= range.from && day <= range.to;
		drag = { kind: inside ? 'move' : 'new', anchor: day, startX: x, ...range };
		if (!inside) choose(day, day, false);
	});
	svg.addEventListener('pointermove', (e) => {
		if (!drag) return;
		const width = svg.clientWidth;
		const day = dayAt(localX(e), width);
		if (drag.kind === 'new') {
			choose(day < drag.anchor ? day : drag.anchor, day < drag.anchor ? drag.anchor : day, false);
		} else {
			const shift = Math.round(((localX(e) - drag.startX) / width) * SPAN_DAYS);
			const moved = movedRange(drag.from, drag.to, shift);
			choose(moved.from, moved.to, false);
		}
	});
	const end = () => {
		if (!drag) return;
		const changed = drag.from !== range.from || drag.to !== range.to;
		drag = null;
		if (changed) onrange(range.from, range.to, true);
	};
	svg.addEventListener('pointerup', end);
	svg.addEventListener('pointercancel', end);
	box.addEventListener('keydown', (e) => {
		const handle = closestOf(e.target, '[data-handle]');
		const next = handle && keyedRange(range, handle.getAttribute('data-handle') ?? '', e.key);
		if (!next) return;
		e.preventDefault();
		choose(next.from, next.to, false);
	});
	return { set };
}
