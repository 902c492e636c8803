/** The dashboard's range arithmetic: the address of a view, the day inputs, the brush. */
import { describe, expect, it } from 'vitest';
import { brushGeometry, keyedRange, movedRange, SPAN_DAYS } from '../../../src/lib/charts/brush';
import { validRange, viewSearch } from '../../../src/lib/view/dashboardUrl';

describe('viewSearch', () => {
	it('writes a range in the order of the dashboard’s own links, keeping language and selection', () => {
		expect(
			viewSearch('https://site.test/?sel=loan-004-russia&lang=en', { from: '2020-09-01', to: '2020-09-30' })
		).toBe('/?lang=en&from=2020-09-01&to=2020-09-30&sel=loan-004-russia');
	});
	it('leaves out the defaults, and anything that is not a view option', () => {
		expect(
			viewSearch('https://site.test/?from=2020-09-01&w=400&utm_source=x', {
				from: '2020-08-09',
				to: '2020-10-15'
			})
		).toBe('/');
	});
	it('switches the language and keeps the rest of the view', () => {
		expect(viewSearch('https://site.test/?from=2020-09-01&sel=x&theme=dark', { lang: 'en' })).toBe(
			'/?lang=en&from=2020-09-01&sel=x&theme=dark'
		);
		expect(viewSearch('https://site.test/?lang=en&to=2020-09-30', { lang: 'nl' })).toBe('/?to=2020-09-30');
	});
	it('sets or takes out the selection', () => {
		expect(viewSearch('https://site.test/?to=2020-09-30&sel=x', { sel: null })).toBe('/?to=2020-09-30');
		expect(viewSearch('https://site.test/?theme=dark', { sel: 'y' })).toBe('/?sel=y&theme=dark');
	});
});

describe('validRange', () => {
	it.each([
		['2020-09-01', '2020-09-30', true],
		['2020-09-30', '2020-09-01', false],
		['2020-08-01', '2020-09-01', false],
		['2020-09-01', '2020-10-16', false],
		['', '2020-09-01', false]
	])('%s – %s: %s', (from, to, ok) => expect(validRange(from, to)).toBe(ok));
});

describe('the brush', () => {
	it('moves a range without changing its length, stopping at the period’s ends', () => {
		expect(movedRange('2020-09-01', '2020-09-07', 3)).toEqual({ from: '2020-09-04', to: '2020-09-10' });
		expect(movedRange('2020-10-01', '2020-10-10', 30)).toEqual({ from: '2020-10-06', to: '2020-10-15' });
		expect(movedRange('2020-08-12', '2020-08-20', -30)).toEqual({ from: '2020-08-09', to: '2020-08-17' });
	});
	it('moves one handle a day or a week with the keys, never past the other', () => {
		const r = { from: '2020-09-01', to: '2020-09-03' };
		expect(keyedRange(r, 'from', 'ArrowLeft')).toEqual({ from: '2020-08-31', to: '2020-09-03' });
		expect(keyedRange(r, 'to', 'PageUp')).toEqual({ from: '2020-09-01', to: '2020-09-10' });
		expect(keyedRange(r, 'from', 'PageUp')).toEqual({ from: '2020-09-03', to: '2020-09-03' });
		expect(keyedRange(r, 'to', 'Enter')).toBeNull();
	});
	it('takes a handle to its furthest day with Home and End, as a multi-thumb slider does', () => {
		const r = { from: '2020-09-01', to: '2020-09-03' };
		expect(keyedRange(r, 'from', 'Home')).toEqual({ from: '2020-08-09', to: '2020-09-03' });
		expect(keyedRange(r, 'from', 'End')).toEqual({ from: '2020-09-03', to: '2020-09-03' });
		expect(keyedRange(r, 'to', 'End')).toEqual({ from: '2020-09-01', to: '2020-10-15' });
		expect(keyedRange(r, 'to', 'Home')).toEqual({ from: '2020-09-01', to: '2020-09-01' });
	});
	it('draws the whole period across the whole width, and one day as one slot', () => {
		expect(brushGeometry('2020-08-09', '2020-10-15')).toEqual({ x0: 0, x1: 100 });
		const day = brushGeometry('2020-08-10', '2020-08-10');
		expect(day.x1 - day.x0).toBeCloseTo(100 / SPAN_DAYS);
		expect(day.x0).toBeCloseTo(100 / SPAN_DAYS);
	});
});
