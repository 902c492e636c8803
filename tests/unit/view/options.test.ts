import { describe, expect, it } from 'vitest';
import {
	dashboardOptions,
	optionsFor,
	optionsToSearch,
	parseOptions,
	type OptionName
} from '../../../src/lib/view/options';
import { optionErrorMessage } from '../../../src/lib/view/optionError';

/** The real data's period: from the election to the newest article's day (tests/unit/story). */
const period = { from: '2020-08-09', to: '2020-10-12' };
const defaultOptions = optionsFor(period);
const parse = (q: string, names: readonly OptionName[] = dashboardOptions) =>
	parseOptions(new URLSearchParams(q), names, period);

describe('parseOptions', () => {
	it.each([
		{ q: '', expected: {} },
		{ q: 'lang=en', expected: { lang: 'en' } },
		{ q: 'from=2020-09-01&to=2020-09-30', expected: { from: '2020-09-01', to: '2020-09-30' } },
		{ q: 'sel=arrests-004-sunday', expected: { sel: 'arrests-004-sunday' } },
		{ q: 'theme=dark', expected: { theme: 'dark' } }
	])('reads "$q"', ({ q, expected }) => {
		const r = parse(q);
		expect(r).toEqual({ ok: true, options: { ...defaultOptions, ...expected } });
	});

	it.each([
		{ q: 'lang=fr', option: 'lang', allowed: 'nl or en' },
		{ q: 'from=2020-07-01', option: 'from', allowed: 'a day from 2020-08-09 to 2020-10-12 (YYYY-MM-DD)' },
		{ q: 'to=2020-02-30', option: 'to', allowed: 'a day from 2020-08-09 to 2020-10-12 (YYYY-MM-DD)' },
		{ q: 'to=2020-08-08', option: 'to', allowed: 'a day from 2020-08-09 to 2020-10-12 (YYYY-MM-DD)' },
		{ q: 'from=2020-10-13', option: 'from', allowed: 'a day from 2020-08-09 to 2020-10-12 (YYYY-MM-DD)' },
		{ q: 'from=2020-10-01&to=2020-09-01', option: 'from', allowed: 'a day on or before to (2020-09-01)' },
		{ q: 'lang=en&lang=nl', option: 'lang', allowed: 'one value' },
		{ q: 'height=12', option: null, allowed: 'the options lang, from, to, sel, theme' },
		{
			q: 'sel=<script>',
			option: 'sel',
			allowed: 'the id of a figure or event (lower-case letters, digits, - and _)'
		}
	])('refuses "$q", naming $option', ({ q, option, allowed }) => {
		const r = parse(q);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.error.option).toBe(option === null ? 'height' : option);
		expect(r.error.allowed).toBe(allowed);
	});

	it('never echoes an unknown option name that is not a plain word', () => {
		const r = parse('%3Cimg%20src%3Dx%3E=1');
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.error.option).toBeNull();
		expect(optionErrorMessage(r.error)).toBe(
			'An option is not an option of this page. Allowed: the options lang, from, to, sel, theme.'
		);
	});

	it('names a known option and what it allows, without the value given', () => {
		const r = parse('lang=%3Cscript%3Ealert(1)%3C/script%3E');
		expect(r.ok).toBe(false);
		if (r.ok) return;
		const message = optionErrorMessage(r.error);
		expect(message).toBe('The option "lang" has a value that is not allowed. Allowed: nl or en.');
		expect(message).not.toContain('script');
	});

	it.each(['utm_source=newsletter', 'fbclid=IwAR0x', 'gclid=abc'])(
		'ignores the tracking parameter %s',
		(q) => {
			expect(parse(`${q}&lang=en`)).toEqual({ ok: true, options: { ...defaultOptions, lang: 'en' } });
		}
	);
});

describe('the range, held to the story’s period', () => {
	it('clamps a day after the end to the end: a link made when the period ended later keeps opening', () => {
		expect(parse('to=2020-10-15')).toEqual({ ok: true, options: defaultOptions });
		expect(parse('from=2020-09-01&to=2021-01-01')).toEqual({
			ok: true,
			options: { ...defaultOptions, from: '2020-09-01' }
		});
		// The canonical link then leaves the range out: it is the whole period.
		const r = parse('to=2020-10-15');
		if (r.ok) expect(optionsToSearch(r.options, dashboardOptions, period)).toBe('');
	});

	it('takes the days of a sixth article of 20 October once the period reaches them', () => {
		const sixth = { from: '2020-08-09', to: '2020-10-20' };
		const r = parseOptions(new URLSearchParams('from=2020-10-13&to=2020-10-20'), dashboardOptions, sixth);
		expect(r).toEqual({ ok: true, options: { ...optionsFor(sixth), from: '2020-10-13' } });
		if (r.ok) expect(optionsToSearch(r.options, dashboardOptions, sixth)).toBe('?from=2020-10-13');
	});

	it('names the period in the 400, without the value given', () => {
		const r = parse('from=2020-12-25');
		expect(r.ok).toBe(false);
		if (!r.ok)
			expect(optionErrorMessage(r.error)).toBe(
				'The option "from" has a value that is not allowed. Allowed: a day from 2020-08-09 to 2020-10-12 (YYYY-MM-DD).'
			);
	});
});

describe('parseOptions on pages and widgets (unknown parameters ignored)', () => {
	const page = (q: string) => parseOptions(new URLSearchParams(q), dashboardOptions, period, 'ignore');

	it.each(['ref=twitter', 'foo=1', '%3Cimg%20src%3Dx%3E=1', 'ref=x&lang=en&ref=y'])('ignores %s', (q) => {
		const r = page(q);
		expect(r.ok).toBe(true);
		if (r.ok) expect(r.options).toEqual({ ...defaultOptions, lang: q.includes('lang=en') ? 'en' : 'nl' });
	});

	it('still refuses an option of another page, and a bad value of a known option', () => {
		expect(page('height=300')).toMatchObject({ ok: false, error: { option: 'height' } });
		const r = page('lang=xx&ref=1');
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(optionErrorMessage(r.error)).toBe(
				'The option "lang" has a value that is not allowed. Allowed: nl or en.'
			);
		}
	});
});

describe('values in any case', () => {
	it.each([
		{ q: 'lang=EN', expected: { lang: 'en' } },
		{ q: 'theme=Dark', expected: { theme: 'dark' } },
		{ q: 'sel=Arrests-004-Sunday', expected: { sel: 'arrests-004-sunday' } }
	])('reads "$q"', ({ q, expected }) => {
		expect(parse(q)).toEqual({ ok: true, options: { ...defaultOptions, ...expected } });
	});

	it.each([
		{ q: 'title=HIDE', expected: { title: false } },
		{ q: 'yscale=Linear', expected: { yscale: 'linear' } },
		{ q: 'preset=Slide-1080', expected: { preset: 'slide-1080' } }
	])('reads "$q" where the page has it', ({ q, expected }) => {
		expect(parse(q, ['title', 'yscale', 'preset'])).toEqual({
			ok: true,
			options: { ...defaultOptions, ...expected }
		});
	});

	it('does not take a prototype key for a value', () => {
		expect(parse('title=constructor', ['title']).ok).toBe(false);
	});
});

describe('optionsToSearch', () => {
	it('leaves out defaults and keeps a stable order', () => {
		expect(optionsToSearch(defaultOptions, dashboardOptions, period)).toBe('');
		expect(
			optionsToSearch({ ...defaultOptions, sel: 'x', lang: 'en', to: '2020-09-30' }, dashboardOptions, period)
		).toBe('?lang=en&to=2020-09-30&sel=x');
	});

	it.each([
		'?lang=en',
		'?from=2020-09-01&to=2020-09-30',
		'?lang=en&from=2020-08-09&to=2020-08-16&sel=protest-000-sunday&theme=dark'
	])('round-trips %s', (search) => {
		const r = parseOptions(new URLSearchParams(search), dashboardOptions, period);
		expect(r.ok).toBe(true);
		if (r.ok)
			expect(optionsToSearch(r.options, dashboardOptions, period)).toBe(
				search.replace('&from=2020-08-09', '')
			);
	});
});
