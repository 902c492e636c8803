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
