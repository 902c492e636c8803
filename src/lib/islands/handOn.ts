/**
 * An event that came before the listeners of an island (or of a part of one, Dormant.svelte) that
 * it woke, handed on to them once they are there. No imports: a widget's first script uses these.
 */

/** A click, as the reader's: the element's listeners and any default (a link is followed). */
export function handOnClick(el: Element): void {
	el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
}

/** A focus: to the element's own listeners, and as `focusin` to those of what holds it. */
export function handOnFocus(el: Element): void {
	el.dispatchEvent(new FocusEvent('focus'));
	el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
}
