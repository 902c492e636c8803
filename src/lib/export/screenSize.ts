/**
 * The "as on screen" size of the download menu (DownloadMenu.svelte): the chart's box as the reader
 * sees it, in the sizes the export endpoint takes, and the words of that choice.
 */
import type { Preset } from '$lib/view/options';

/** A size in CSS pixels, as the endpoint takes it (`w`, `h`). */
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

/** `Zoals op het scherm ({w} × {h})` with the size filled in. */
export function screenLabel(words: string, size: ScreenSize): string {
	return words.replace('{w}', String(size.w)).replace('{h}', String(size.h));
}

/**
 * The size options of a download link for the size chosen in the menu: a preset by name, or the
 * measured box for `screen` (which the menu offers only once it has measured one: without it, the
 * endpoint's default size).
 */
export function sizeOptions(
	size: Preset | 'screen',
	screen: ScreenSize | null
): { preset?: Preset; w?: number; h?: number } {
	if (size !== 'screen') return { preset: size };
	return screen ? { w: screen.w, h: screen.h } : {};
}
