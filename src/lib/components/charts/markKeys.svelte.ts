/**
 * The keyboard of one chart's marks: one tab stop per chart (the selected mark, else the one last
 * focused, else the first), and the arrow keys, Home and End from mark to mark in time
 * (`nextMarkIndex`). Shared by FigureMarks and EventMarks, which know where their marks are.
 */
import { nextMarkIndex, type MarkPosition } from '$lib/charts/markNavigation';

export function markKeys(marks: () => (MarkPosition & { id: string })[], selected: () => string | null) {
	let last = $state<string | null>(null);
	const stop = $derived.by(() => {
		const list = marks();
		const sel = selected();
		return list.find((m) => m.id === sel)?.id ?? list.find((m) => m.id === last)?.id ?? list[0]?.id ?? null;
	});
	return {
		get stop() {
			return stop;
		},
		focused(id: string) {
			last = id;
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
