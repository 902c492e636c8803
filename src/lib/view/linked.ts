/**
 * What the marks of one page need to know of its view: how to link to a record's source panel
 * (keeping the rest of the view in the URL) and which record's panel is open. One per page, in
 * context; exports get the default.
 */
import { getContext, setContext } from 'svelte';

export interface LinkedView {
	/** The link of a mark: this page with `?sel=<id>`, keeping the range and language. */
	hrefFor: (id: string) => string;
	/** The record whose source panel is open. */
	selected: string | null;
}

const KEY = Symbol('linked-view');

export function setLinkedView(view: LinkedView): LinkedView {
	return setContext(KEY, view);
}

export function getLinkedView(): LinkedView {
	return getContext<LinkedView | undefined>(KEY) ?? { hrefFor: (id) => `?sel=${id}`, selected: null };
}
