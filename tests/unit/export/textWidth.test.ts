/**
 * Text is measured with Liberation Sans' advance widths (1/1000 em, read from the font's hmtx
 * table): the figures below are the font's, added up by hand, not the module's output.
 */
import { describe, expect, it } from 'vitest';
import { textUnits, textWidth } from '$lib/export/textWidth';

describe('textWidth', () => {
	it('adds up the regular and the bold advance widths', () => {
		// M 833, i 222, n 556, s 500, k 500; bold: M 833, i 278, n 611, s 556, k 556.
		expect(textUnits('Minsk')).toBe(2611);
		expect(textUnits('Minsk', true)).toBe(2834);
		expect(textWidth('Minsk', 12)).toBeCloseTo(31.332, 10);
		expect(textWidth('Minsk', 22, true)).toBeCloseTo(62.348, 10);
		// Dutch accents and typographic punctuation: é 556, – 556, ’ 222, … 1000.
		expect(textUnits('é–’…')).toBe(2334);
	});

	it('counts a character outside the table as a capital (722), an emoji once', () => {
		expect(textUnits('Ж')).toBe(722);
		expect(textUnits('😀')).toBe(722);
		expect(textUnits('a😀b')).toBe(556 + 722 + 556);
		expect(textUnits('')).toBe(0);
	});
});
