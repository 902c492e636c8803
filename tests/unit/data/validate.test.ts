/**
 * One broken fixture per validation rule: each must stop validation with a message naming the
 * file, the record, the field and what was expected. And the real data must pass.
 */
import { describe, expect, it } from 'vitest';
import { DataError, validateDataset, type RawDataFiles } from '../../../src/lib/data/validate';
import { readDataFiles } from '../../../scripts/read-data';

const good = readDataFiles();

function broken(
	edit: (
		raw: RawDataFiles & { figures: Record<string, unknown>[]; events: Record<string, unknown>[] }
	) => void
) {
	const raw = structuredClone(good) as RawDataFiles & {
		figures: Record<string, unknown>[];
		events: Record<string, unknown>[];
	};
	edit(raw);
	try {
		validateDataset(raw);
	} catch (e) {
		if (e instanceof DataError) return e.message;
		throw e;
	}
	throw new Error('validation passed a broken dataset');
}

const fig = (raw: { figures: Record<string, unknown>[] }, id: string) =>
	raw.figures.find((f) => f.id === id)!;

describe('validateDataset', () => {
	it('accepts the curated data', () => {
		const d = validateDataset(good);
		expect(d.figures.length).toBe((good.figures as unknown[]).length);
		expect(d.events.length).toBe((good.events as unknown[]).length);
	});

	it.each([
		{
			rule: 'quote not in article',
			edit: (r: Parameters<Parameters<typeof broken>[0]>[0]) => {
				fig(r, 'arrests-004-sunday').quote = 'Zondag werden 775 betogers opgepakt.';
			},
			message:
				'data/figures.json: record "arrests-004-sunday", field "quote": expected words found verbatim in data/articles/004_4113c25ad55cc416.txt'
		},
		{
			rule: 'value disagreeing with quote',
			edit: (r: Parameters<Parameters<typeof broken>[0]>[0]) => {
				fig(r, 'arrests-004-sunday').value = 775;
			},
			message:
				'data/figures.json: record "arrests-004-sunday", field "value": expected exact 775 to be what the quote says (the quote gives: exact 774, exact 500)'
		},
		{
			rule: 'qualifier disagreeing with quote',
			edit: (r: Parameters<Parameters<typeof broken>[0]>[0]) => {
				fig(r, 'arrests-001-sunday-minsk').qualifier = 'exact';
			},
			message:
				'record "arrests-001-sunday-minsk", field "value": expected exact 700 to be what the quote says'
		},
		{
			rule: 'unknown place',
			edit: (r: Parameters<Parameters<typeof broken>[0]>[0]) => {
				fig(r, 'loan-004-russia').place = 'atlantis';
			},
			message:
				'data/figures.json: record "loan-004-russia", field "place": expected a place id from data/places.json'
		},
		{
			rule: 'unknown article',
			edit: (r: Parameters<Parameters<typeof broken>[0]>[0]) => {
				r.events[0].article = '999_missing';
			},
			message:
				'data/events.json: record "election-003", field "article": expected an article id from data/articles.json'
		},
		{
			rule: 'date after the article',
			edit: (r: Parameters<Parameters<typeof broken>[0]>[0]) => {
				fig(r, 'arrests-004-sunday').date = '2020-09-20';
			},
			message:
				'data/figures.json: record "arrests-004-sunday", field "date": expected a day on or before the article\'s day 2020-09-14, or "announced": true for a day it announces'
		},
		{
			rule: 'announced end without the flag',
			edit: (r: Parameters<Parameters<typeof broken>[0]>[0]) => {
				delete r.events.find((e) => e.id === 'exercise-000-western-border')!.announced;
			},
			message:
				'data/events.json: record "exercise-000-western-border", field "date_end": expected a day on or before'
		},
		{
			rule: 'bad qualifier',
			edit: (r: Parameters<Parameters<typeof broken>[0]>[0]) => {
				fig(r, 'protest-004-sunday').qualifier = 'roughly';
			},
			message: 'data/figures.json: record "protest-004-sunday", field "qualifier": expected'
		},
		{
			rule: 'missing field',
			edit: (r: Parameters<Parameters<typeof broken>[0]>[0]) => {
				delete fig(r, 'protest-004-sunday').quote;
			},
			message: 'data/figures.json: record "protest-004-sunday", field "quote": expected'
		},
		{
			rule: 'duplicate id',
			edit: (r: Parameters<Parameters<typeof broken>[0]>[0]) => {
				fig(r, 'protest-004-sunday').id = 'arrests-004-sunday';
			},
			message: 'record "arrests-004-sunday", field "id": expected an id used once'
		},
		{
			rule: 'a span without its last day',
			edit: (r: Parameters<Parameters<typeof broken>[0]>[0]) => {
				fig(r, 'arrests-003-thousands').date_end = null;
			},
			message:
				'data/figures.json: record "arrests-003-thousands", field "date_end": expected a last day exactly when date_precision is "span"'
		},
		{
			rule: 'a date outside the period the views show',
			edit: (r: Parameters<Parameters<typeof broken>[0]>[0]) => {
				r.events.find((e) => e.id === 'election-003')!.date = '2020-05-01';
			},
			message:
				'data/events.json: record "election-003", field "date": expected days from 2020-08-09 to 2020-10-15'
		},
		{
			rule: 'a protest size without its side',
			edit: (r: Parameters<Parameters<typeof broken>[0]>[0]) => {
				delete fig(r, 'protest-004-sunday').side;
			},
			message:
				'data/figures.json: record "protest-004-sunday", field "side": expected "opposition" or "government"'
		},
		{
			rule: 'sanctions without a step',
			edit: (r: Parameters<Parameters<typeof broken>[0]>[0]) => {
				delete r.events.find((e) => e.id === 'sanctions-000-summit')!.step;
			},
			message: 'data/events.json: record "sanctions-000-summit", field "step": expected a step'
		}
	])('stops on $rule', ({ edit, message }) => {
		expect(broken(edit)).toContain(message);
	});

	it('reports every problem, not just the first', () => {
		const message = broken((r) => {
			fig(r, 'loan-004-russia').place = 'atlantis';
			fig(r, 'arrests-004-sunday').value = 775;
		});
		expect(message).toMatch(/^The dataset has 2 problems:/);
	});
});

describe('the curated dataset', () => {
	const d = validateDataset(good);
	it.each([...d.figures, ...d.events].map((r) => [r.id, r] as const))(
		'%s quotes its article verbatim',
		(_id, r) => {
			expect(d.texts[r.article]).toContain(r.quote);
		}
	);

	it('holds every sanction step the articles state', () => {
		const steps = d.events.filter((e) => e.kind === 'sanctions').map((e) => `${e.date} ${e.step}`);
		expect(steps.sort()).toEqual([
			'2020-08-13 decision',
			'2020-08-14 decision',
			'2020-08-14 decision',
			'2020-08-19 summit',
			'2020-10-12 personal_package'
		]);
	});

	it('keeps the 774 nationwide and the 500 of them in Minsk as two linked records', () => {
		const minsk = d.figures.find((f) => f.id === 'arrests-004-sunday-minsk')!;
		expect(minsk).toMatchObject({ value: 500, place: 'minsk', part_of: 'arrests-004-sunday' });
		expect(d.figures.find((f) => f.id === 'arrests-004-sunday')).toMatchObject({
			value: 774,
			place: 'belarus'
		});
	});
});
