/** The options Pym.js appends to a widget's URL: accepted (childId read, the others ignored). */
import { describe, expect, it } from 'vitest';
import { optionErrorMessage } from '../../../src/lib/view/optionError';
import { optionsFor, parseOptions } from '../../../src/lib/view/options';
import { dataset } from '$lib/data/dataset';

const names = ['lang', 'childId', 'parentUrl', 'parentTitle', 'initialWidth'] as const;
const parse = (q: string) => parseOptions(new URLSearchParams(q), names, dataset.period);

describe('Pym.js options', () => {
	it('reads what Pym appends', () => {
		const r = parse(
			'initialWidth=640&childId=example-1&parentTitle=An%20article&parentUrl=https%3A%2F%2Fnews.example%2Fa%3Fb%3Dc'
		);
		expect(r).toEqual({
			ok: true,
			options: {
				...optionsFor(dataset.period),
				childId: 'example-1',
				initialWidth: 640,
				parentTitle: 'An article',
				parentUrl: 'https://news.example/a?b=c'
			}
		});
	});

	it.each([
		{ q: 'childId=%3Cscript%3E', option: 'childId' },
		{ q: 'childId=', option: 'childId' },
		{ q: 'initialWidth=wide', option: 'initialWidth' },
		{ q: `parentUrl=${'x'.repeat(4001)}`, option: 'parentUrl' }
	])('refuses $option=… without echoing it', ({ q, option }) => {
		const r = parse(q);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.error.option).toBe(option);
		expect(optionErrorMessage(r.error)).not.toContain('script');
	});

	it('does not echo an unknown option’s name, even a plain word', () => {
		const r = parse('bogus=1');
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.error.option).toBeNull();
			expect(optionErrorMessage(r.error)).not.toContain('bogus');
		}
	});
});
