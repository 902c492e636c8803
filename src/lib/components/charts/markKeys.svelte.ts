/**
 * The keyboard of one chart's marks: one tab stop per chart (the one last focused, unless a panel
 * was opened since: then the selected mark; else the first in time), and the arrow keys, Home and End from
 * mark to mark in time (`nextMarkIndex`). Shared by FigureMarks and EventMarks, which know where
 * their marks are.
 */
import { nextMarkIndex, type MarkPosition } from '$lib/charts/markNavigation';

export function markKeys(marks: () => (MarkPosition & { id: string })[], selected: () => string | null) {
	/** The mark last focused, and the selection then. */
	let last = $state<{ id: string; sel: string | null } | null>(null);
	const stop = $derived.by(() => {
		const list = marks();
		const sel = selected();
		const has = (id: string | null | undefined) => (id && list.some((m) => m.id === id) ? id : null);
		const focused = has(last?.id);
		// The mark focused last, unless a panel was opened since: then the selected mark.
		// Else the first in the arrow keys' order (in time), which is not always the first drawn.
		const first = list.length ? list[nextMarkIndex(list, 0, 'Home') ?? 0].id : null;
		return (focused && last?.sel === sel ? focused : null) ?? has(sel) ?? focused ?? first;
	});
	return {
		get stop() {
			return stop;
		},
		focused(id: string) {
			last = { id, sel: selected() };
		},
		key(id: string, event: KeyboardEvent) {
			if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
			const list = marks();
			const next = nextMarkIndex(
				list,
				list.findIndex((m) => m.id === id),
				event.key
			);
			if (next === null) return;
			event.preventDefault();
			const svg = (event.currentTarget as SVGElement).ownerSVGElement;
			const target = svg?.querySelector<SVGAElement>(`a.mark[data-id="${CSS.escape(list[next].id)}"]`);
			target?.focus();
		}
	};
}
