/**
 * The state that links the views of one page: which mark is hovered or focused (its date and
 * place light up everywhere) and which record's source panel is open. One instance per page, in
 * context; server renders and exports get an inert one.
 */
import { getContext, setContext } from 'svelte';

export interface Hover {
	id: string;
	/** First and last day of the hovered record. */
	x0: string;
	x1: string;
	place: string | null;
	/** Where to anchor the tooltip, in pixels inside the chart's box. */
	anchor: { chart: string; x: number; y: number } | null;
}

export class LinkedView {
	hover = $state<Hover | null>(null);
	selected = $state<string | null>(null);
	/** Per chart, the mark that Tab lands on (roving tabindex); arrow keys move it. */
	current = $state<Record<string, string>>({});
	/** Builds the link of a mark, keeping the rest of the view (range, language) in the URL. */
	hrefFor: (id: string) => string;
	/** Called when a mark is chosen; the page opens the source panel. */
	onselect: (id: string) => void;

	constructor(
		hrefFor: (id: string) => string = (id) => `?sel=${id}`,
		onselect: (id: string) => void = () => {}
	) {
		this.hrefFor = hrefFor;
		this.onselect = onselect;
	}

	/** The mark of a chart that takes Tab: the last one focused if still drawn, else the first. */
	tabStop(chart: string, ids: string[]): string | undefined {
		const last = this.current[chart];
		return last !== undefined && ids.includes(last) ? last : ids[0];
	}

	/** True when the hovered record's days overlap [x0, x1]: such marks are highlighted. */
	linkedTo(x0: string, x1: string): boolean {
		const h = this.hover;
		return h !== null && h.x0 <= x1 && h.x1 >= x0;
	}
}

const KEY = Symbol('linked-view');

export function setLinkedView(view: LinkedView): LinkedView {
	return setContext(KEY, view);
}

export function getLinkedView(): LinkedView {
	return getContext<LinkedView | undefined>(KEY) ?? new LinkedView();
}
