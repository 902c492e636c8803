import { describe, expect, it } from 'vitest';
import { needsNewDrawing } from '../../../src/lib/embed/drawingFit';

describe('needsNewDrawing', () => {
	it.each([
		{ box: 630, drawn: 630, expected: false },
		{ box: 600, drawn: 630, expected: false },
		{ box: 690, drawn: 630, expected: false },
		{ box: 350, drawn: 630, expected: true },
		{ box: 1190, drawn: 630, expected: true },
		{ box: 0, drawn: 630, expected: false },
		{ box: 630, drawn: 0, expected: false }
	])('a drawing $drawn px wide in a box of $box px → $expected', ({ box, drawn, expected }) => {
		expect(needsNewDrawing(box, drawn)).toBe(expected);
	});
});
