import { describe, expect, it } from 'vitest';
import { paths, px } from '$lib/charts/px';

describe('px', () => {
	it('writes a coordinate rounded to hundredths, never as -0', () => {
		expect(px(12.3456)).toBe('12.35');
		expect(px(-0.001)).toBe('0');
		expect(px(40)).toBe('40');
	});
});

describe('paths: lines and boxes of one kind as one path', () => {
	it('draws a vertical line at each x', () => {
		expect(paths.vertical([10, 20.004], -100, 0)).toBe('M10,-100V0M20,-100V0');
	});
	it('draws a horizontal line at each y', () => {
		expect(paths.horizontal([5, 55], 0, 480.5)).toBe('M0,5H480.5M0,55H480.5');
	});
	it('draws a box over each span, as a rect of that span would cover', () => {
		expect(
			paths.bands(
				[
					[0, 14.286],
					[100, 114.286]
				],
				196,
				200
			)
		).toBe('M0,196H14.29V200H0ZM100,196H114.29V200H100Z');
	});
	it('draws nothing for no lines', () => {
		expect(paths.vertical([], 0, 1)).toBe('');
	});
});
