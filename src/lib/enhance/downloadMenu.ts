/**
 * The download menus of a server-rendered page (DownloadMenu.svelte): the button opens and shuts the
 * panel, Escape shuts it and gives focus back to the button, opening measures the chart for the
 * "as on screen" size, and each choice rewrites the SVG and PNG links. Everything is read from the
 * menu's data attributes at the time of the event, with listeners on the document: the dashboard
 * swaps a chart's figure (and its menu) for a new one when the period changes.
 *
 * The links are the export endpoint's URLs as `exportSearch` (src/lib/export/urls.ts) writes them.
 * This file writes them itself, to stay out of the options module in the dashboard's first script;
 * tests/unit/enhance/downloadMenu.test.ts checks that both write the same query strings.
 */
import { closestOf, focusable } from './dom';

/** A size in CSS pixels, as the endpoint takes it. */
export interface ScreenSize {
	w: number;
	h: number;
}

/** The endpoint's size for a box on screen (200–4000 px a side), or null when the box has no size. */
export function screenSize(width: number, height: number): ScreenSize | null {
	if (!(width > 0 && height > 0)) return null;
	const clamp = (n: number) => Math.min(4000, Math.max(200, Math.round(n)));
	return { w: clamp(width), h: clamp(height) };
}

/** The export options in the order `exportSearch` writes them (`exportOptionNames`), those a menu sets. */
const order = ['preset', 'w', 'h', 'lang', 'theme', 'from', 'to'] as const;

/**
 * The query string of both links: the size (`preset`, or `screen` for the measured `screen`), the
 * colours, and the view's options (`view`: `lang=en&from=…` without the defaults, as the server
 * wrote it). A chosen size or colour is never the endpoint's default, so it is always written.
 */
export function downloadSearch(view: string, size: string, theme: string, screen: ScreenSize | null): string {
	const given = new URLSearchParams(view);
	const chosen: Record<string, string> =
		size === 'screen' && screen ? { w: String(screen.w), h: String(screen.h) } : { preset: size };
	chosen.theme = theme;
	const q = new URLSearchParams();
	for (const name of order) {
		const value = chosen[name] ?? given.get(name);
		if (value) q.set(name, value);
	}
	return `?${q}`;
}

/** `Zoals op het scherm ({w} × {h})` with the size filled in. */
export function screenLabel(words: string, size: ScreenSize): string {
	return words.replace('{w}', String(size.w)).replace('{h}', String(size.h));
}

// The page.

const MENU = '.download-menu';

function parts(menu: Element) {
	return {
		button: menu.querySelector('button[aria-expanded]'),
		panel: menu.querySelector('.panel'),
		size: menu.querySelector<HTMLSelectElement>('select[name=preset]'),
		theme: menu.querySelector<HTMLSelectElement>('select[name=theme]')
	};
}

/** The measured size the "as on screen" choice holds, if the menu has one. */
function screenOf(size: HTMLSelectElement | null): ScreenSize | null {
	const option = size?.querySelector<HTMLOptionElement>('option[value=screen]');
	return option ? { w: Number(option.dataset.w), h: Number(option.dataset.h) } : null;
}

/** Rewrites both links for the menu's choices. */
function update(menu: Element): void {
	const { size, theme } = parts(menu);
	if (!size || !theme) return;
	const search = downloadSearch(
		menu.getAttribute('data-query') ?? '',
		size.value,
		theme.value,
		screenOf(size)
	);
	for (const a of menu.querySelectorAll('a[href]')) {
		a.setAttribute('href', (a.getAttribute('href') ?? '').split('?')[0] + search);
	}
}

/** Offers (or updates) the "as on screen" size from the chart's box now. */
function measure(menu: Element): void {
	const { size } = parts(menu);
	const selector = menu.getAttribute('data-measure');
	const box = selector ? document.querySelector(selector)?.getBoundingClientRect() : null;
	const screen = box ? screenSize(box.width, box.height) : null;
	if (!size || !screen) return;
	let option = size.querySelector<HTMLOptionElement>('option[value=screen]');
	if (!option) {
		option = document.createElement('option');
		option.value = 'screen';
		size.append(option);
	}
	option.dataset.w = String(screen.w);
	option.dataset.h = String(screen.h);
	option.textContent = screenLabel(menu.getAttribute('data-screen') ?? '{w} × {h}', screen);
}

function setOpen(menu: Element, open: boolean): void {
	const { button, panel } = parts(menu);
	button?.setAttribute('aria-expanded', String(open));
	panel?.toggleAttribute('hidden', !open);
	menu.classList.toggle('open', open);
	if (open) {
		measure(menu);
		update(menu);
	}
}

export function downloadMenus(): void {
	document.addEventListener('click', (event) => {
		const button = closestOf(event.target, `${MENU} > button[aria-expanded]`);
		const menu = button?.parentElement;
		if (menu) setOpen(menu, button.getAttribute('aria-expanded') !== 'true');
	});
	document.addEventListener('change', (event) => {
		const menu = closestOf(event.target, `${MENU} select`)?.closest(MENU);
		if (menu) update(menu);
	});
	// Before the page's other Escape handlers (the source panel's): this Escape closes the menu only.
	document.addEventListener(
		'keydown',
		(event) => {
			if (event.key !== 'Escape') return;
			const menu = closestOf(event.target, `${MENU}.open`);
			if (!menu) return;
			event.preventDefault();
			setOpen(menu, false);
			const { button } = parts(menu);
			if (focusable(button)) button.focus();
		},
		true
	);
}
