/** How marks are reached and explained: the order of the arrow keys, the tooltip's words and place. */
import { describe, expect, it } from 'vitest';
import {
	nextMarkIndex,
	tooltipPlacement,
	tooltipText,
	type MarkPosition
} from '../../../src/lib/charts/markNavigation';

describe('nextMarkIndex', () => {
	// In document order: a late mark, an early one, two on the same day (the right one first), one in between.
	const marks: MarkPosition[] = [
		{ day: '2020-10-11', x: 500, y: 40 },
		{ day: '2020-08-10', x: 20, y: 80 },
		{ day: '2020-09-13', x: 310, y: 60 },
		{ day: '2020-09-13', x: 300, y: 90 },
		{ day: '2020-08-16', x: 60, y: 20 }
	];
	// Time order: 1 (10 Aug), 4 (16 Aug), 3 (13 Sep, left), 2 (13 Sep, right), 0 (11 Oct).
	it.each([
		{ current: 1, key: 'ArrowRight', expected: 4 },
		{ current: 4, key: 'ArrowRight', expected: 3 },
		{ current: 3, key: 'ArrowRight', expected: 2 },
		{ current: 2, key: 'ArrowRight', expected: 0 },
		{ current: 0, key: 'ArrowRight', expected: 0 },
		{ current: 0, key: 'ArrowLeft', expected: 2 },
		{ current: 3, key: 'ArrowLeft', expected: 4 },
		{ current: 1, key: 'ArrowLeft', expected: 1 },
		{ current: 2, key: 'Home', expected: 1 },
		{ current: 2, key: 'End', expected: 0 },
		{ current: 2, key: 'ArrowUp', expected: 3 },
		{ current: 3, key: 'ArrowDown', expected: 2 },
		{ current: 2, key: 'Enter', expected: null },
		{ current: 9, key: 'ArrowRight', expected: null }
	])('from $current, $key → $expected', ({ current, key, expected }) => {
		expect(nextMarkIndex(marks, current, key)).toBe(expected);
	});

	it('orders marks of the same day and column top to bottom (stacked events)', () => {
		const stacked: MarkPosition[] = [
			{ day: '2020-08-14', x: 90, y: 230 },
			{ day: '2020-08-14', x: 90, y: 224 },
			{ day: '2020-08-14', x: 90, y: 224 }
		];
		expect(nextMarkIndex(stacked, 1, 'ArrowRight')).toBe(2);
		expect(nextMarkIndex(stacked, 2, 'ArrowRight')).toBe(0);
		expect(nextMarkIndex(stacked, 0, 'ArrowLeft')).toBe(2);
	});

	it('stays on a lone mark', () => {
		expect(nextMarkIndex([{ day: '2020-08-09', x: 0, y: 0 }], 0, 'ArrowRight')).toBe(0);
		expect(nextMarkIndex([{ day: '2020-08-09', x: 0, y: 0 }], 0, 'ArrowLeft')).toBe(0);
	});
});

describe('tooltipText', () => {
	it('writes the lines of the dashboard’s tooltip: value · what, date · place, the quote and its article by title and day', () => {
		expect(
			tooltipText({
				id: 'arrests-004-sunday-minsk',
				date: '13 sep 2020',
				what: 'Arrestaties',
				series: 'Minsk',
				value: 'meer dan 500',
				place: 'Minsk',
				quote: 'Zondag werden 774 betogers opgepakt, van wie 500 in de hoofdstad Minsk.',
				quoteLang: 'nl',
				articles: [
					{
						id: '004_4113c25ad55cc416',
						short: '#004',
						title: 'Poetin geeft Loekasjenko ademruimte en een lening van 1,5 miljard dollar',
						titleLang: 'nl',
						day: '14 sep 2020',
						href: '/sources/004_4113c25ad55cc416',
						outlet: null,
						url: null
					}
				]
			})
		).toEqual({
			value: 'meer dan 500',
			what: 'Arrestaties',
			when: '13 sep 2020 · Minsk',
			quote: '‘Zondag werden 774 betogers opgepakt, van wie 500 in de hoofdstad Minsk.’',
			article: '‘Poetin geeft Loekasjenko ademruimte en een lening van 1,5 miljard dollar’ (14 sep 2020)'
		});
	});
});

describe('tooltipPlacement', () => {
	const tip = { width: 260, height: 120 };
	it.each([
		{
			name: 'above a mark with room over it, centred',
			mark: { x: 300, top: 200, bottom: 260 },
			room: 400,
			expected: { left: 170, top: 70, below: false }
		},
		{
			name: 'kept inside the box on the left',
			mark: { x: 40, top: 200, bottom: 260 },
			room: 400,
			expected: { left: 0, top: 70, below: false }
		},
		{
			name: 'kept inside the box on the right',
			mark: { x: 590, top: 200, bottom: 260 },
			room: 400,
			expected: { left: 340, top: 70, below: false }
		},
		{
			name: 'under a dot near the top of the widget',
			mark: { x: 300, top: 20, bottom: 32 },
			room: 100,
			expected: { left: 170, top: 42, below: true }
		},
		{
			name: 'over the upper part of a tall bar near the top of the widget',
			mark: { x: 300, top: 20, bottom: 280 },
			room: 100,
			expected: { left: 170, top: 54, below: true }
		}
	])('$name', ({ mark, room, expected }) => {
		expect(tooltipPlacement(mark, 600, tip, room)).toEqual(expected);
	});

	it('starts at the left edge when the box is narrower than the tooltip', () => {
		expect(tooltipPlacement({ x: 100, top: 200, bottom: 220 }, 200, tip, 400).left).toBe(0);
	});
});
