/** Small DOM helpers of the page scripts (`/widget.js`, `/dashboard.js`, `/map.js`). */

/** The value of a `<script type="application/json" id="…">` block, or null. */
export function readJson<T>(id: string, root: ParentNode = document): T | null {
	const el = root.querySelector(`#${id}`);
	if (!el) return null;
	try {
		return JSON.parse(el.textContent ?? '') as T;
	} catch {
		return null;
	}
}

export function closestOf(target: EventTarget | null, selector: string): Element | null {
	return target instanceof Element ? target.closest(selector) : null;
}

export function focusable(el: Element | null | undefined): el is Element & { focus(o?: FocusOptions): void } {
	return !!el && 'focus' in el;
}

/** An element with a class and children (text or nodes). */
export function h(tag: string, className = '', ...children: (Node | string)[]): HTMLElement {
	const e = document.createElement(tag);
	if (className) e.className = className;
	e.append(...children);
	return e;
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
 * The query this page's script was loaded with (`?v=<build>`), read while it first runs: the files
 * it loads later (`/map.js`, `/embed-dialog.js`) carry it too, so a new build is never mixed with
 * an old file from a cache.
 */
const version =
	typeof document === 'undefined'
		? ''
		: new URL((document.currentScript as HTMLScriptElement | null)?.src || 'x:/').search;

/** Imports one of the site's on-demand scripts (`/map.js`), of this page script's build. */
export function importScript<T>(path: string): Promise<T> {
	return import(/* @vite-ignore */ path + version) as Promise<T>;
}
