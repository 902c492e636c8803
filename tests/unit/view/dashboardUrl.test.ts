/** The dashboard's range arithmetic: the address of a view, the day inputs, the brush. */
import { describe, expect, it } from 'vitest';
import { brushGeometry, keyedRange, movedRange } from '../../../src/lib/charts/brush';
import { periodDays } from '../../../src/lib/story/period';
import { validRange, viewSearch } from '../../../src/lib/view/dashboardUrl';

/** The real data's period (tests/unit/story: from the election to the newest article's day). */
const period = { from: '2020-08-09', to: '2020-10-12' };
/** The period with a sixth article, of 20 October. */
const sixth = { from: '2020-08-09', to: '2020-10-20' };

describe('viewSearch', () => {
	it('writes a range in the order of the dashboard’s own links, keeping language and selection', () => {
		expect(
			viewSearch(
				'https://site.test/?sel=loan-004-russia&lang=en',
				{ from: '2020-09-01', to: '2020-09-30' },
				period
			)
		).toBe('/?lang=en&from=2020-09-01&to=2020-09-30&sel=loan-004-russia');
	});
	it('leaves out the defaults (the whole period), and anything that is not a view option', () => {
		const here = 'https://site.test/?from=2020-09-01&w=400&utm_source=x';
		expect(viewSearch(here, { from: '2020-08-09', to: '2020-10-12' }, period)).toBe('/');
		// The period's end is the data's: with a sixth article, 20 October is the default and 12 October is not.
		expect(viewSearch(here, { from: '2020-08-09', to: '2020-10-20' }, sixth)).toBe('/');
		expect(viewSearch(here, { from: '2020-08-09', to: '2020-10-12' }, sixth)).toBe('/?to=2020-10-12');
	});
	it('switches the language and keeps the rest of the view', () => {
		expect(viewSearch('https://site.test/?from=2020-09-01&sel=x&theme=dark', { lang: 'en' }, period)).toBe(
			'/?lang=en&from=2020-09-01&sel=x&theme=dark'
		);
		expect(viewSearch('https://site.test/?lang=en&to=2020-09-30', { lang: 'nl' }, period)).toBe(
			'/?to=2020-09-30'
		);
	});
	it('sets or takes out the selection', () => {
		expect(viewSearch('https://site.test/?to=2020-09-30&sel=x', { sel: null }, period)).toBe(
			'/?to=2020-09-30'
		);
		expect(viewSearch('https://site.test/?theme=dark', { sel: 'y' }, period)).toBe('/?sel=y&theme=dark');
	});
});

describe('validRange', () => {
	it.each([
		['2020-09-01', '2020-09-30', true],
		['2020-09-30', '2020-09-01', false],
		['2020-08-01', '2020-09-01', false],
		['2020-09-01', '2020-10-12', true],
		['2020-09-01', '2020-10-13', false],
		['', '2020-09-01', false]
	])('%s – %s: %s', (from, to, ok) => expect(validRange(period, from, to)).toBe(ok));

	it('takes the days of a sixth article’s period', () => {
		expect(validRange(sixth, '2020-10-13', '2020-10-20')).toBe(true);
		expect(validRange(sixth, '2020-10-13', '2020-10-21')).toBe(false);
	});
});

describe('the brush', () => {
	it('moves a range without changing its length, stopping at the period’s ends', () => {
		expect(movedRange(period, '2020-09-01', '2020-09-07', 3)).toEqual({
			from: '2020-09-04',
			to: '2020-09-10'
		});
		expect(movedRange(period, '2020-10-01', '2020-10-10', 30)).toEqual({
			from: '2020-10-03',
			to: '2020-10-12'
		});
		expect(movedRange(sixth, '2020-10-01', '2020-10-10', 30)).toEqual({
			from: '2020-10-11',
			to: '2020-10-20'
		});
		expect(movedRange(period, '2020-08-12', '2020-08-20', -30)).toEqual({
			from: '2020-08-09',
			to: '2020-08-17'
		});
	});
	it('moves one handle a day or a week with the keys, never past the other', () => {
		const r = { from: '2020-09-01', to: '2020-09-03' };
		expect(keyedRange(period, r, 'from', 'ArrowLeft')).toEqual({ from: '2020-08-31', to: '2020-09-03' });
		expect(keyedRange(period, r, 'to', 'PageUp')).toEqual({ from: '2020-09-01', to: '2020-09-10' });
		expect(keyedRange(period, r, 'from', 'PageUp')).toEqual({ from: '2020-09-03', to: '2020-09-03' });
		expect(keyedRange(period, r, 'to', 'Enter')).toBeNull();
	});
	it('takes a handle to its furthest day with Home and End, as a multi-thumb slider does', () => {
		const r = { from: '2020-09-01', to: '2020-09-03' };
		expect(keyedRange(period, r, 'from', 'Home')).toEqual({ from: '2020-08-09', to: '2020-09-03' });
		expect(keyedRange(period, r, 'from', 'End')).toEqual({ from: '2020-09-03', to: '2020-09-03' });
		expect(keyedRange(period, r, 'to', 'End')).toEqual({ from: '2020-09-01', to: '2020-10-12' });
		expect(keyedRange(sixth, r, 'to', 'End')).toEqual({ from: '2020-09-01', to: '2020-10-20' });
		expect(keyedRange(period, r, 'to', 'Home')).toEqual({ from: '2020-09-01', to: '2020-09-01' });
	});
	it('draws the whole period across the whole width, and one day as one slot', () => {
		expect(brushGeometry(period, '2020-08-09', '2020-10-12')).toEqual({ x0: 0, x1: 100 });
		expect(brushGeometry(sixth, '2020-08-09', '2020-10-20')).toEqual({ x0: 0, x1: 100 });
		const day = brushGeometry(period, '2020-08-10', '2020-08-10');
		expect(day.x1 - day.x0).toBeCloseTo(100 / periodDays(period));
		expect(day.x0).toBeCloseTo(100 / periodDays(period));
	});
});
