/**
 * One broken fixture per validation rule: each must stop validation with a message naming the
 * file, the record, the field and what was expected. And the real data must pass.
 */
import { describe, expect, it } from 'vitest';
import { DataError, validateDataset, type RawDataFiles } from '../../../src/lib/data/validate';
import { readDataFiles } from '../../../src/scripts/read-data';

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
const ev = (raw: { events: Record<string, unknown>[] }, id: string) => raw.events.find((e) => e.id === id)!;
const place = (raw: RawDataFiles, id: string) =>
	(raw.places as Record<string, unknown>[]).find((p) => p.id === id)!;
type Raw = Parameters<Parameters<typeof broken>[0]>[0];

describe('English translations', () => {
	it('are required of every record: quote_en and date_words_en', () => {
		expect(
			broken((raw) => {
				delete fig(raw, 'arrests-004-sunday').quote_en;
			})
		).toContain('data/figures.json: record "arrests-004-sunday", field "quote_en": expected');
		expect(
			broken((raw) => {
				delete ev(raw, 'call-002-putin').date_words_en;
			})
		).toContain('data/events.json: record "call-002-putin", field "date_words_en": expected');
	});

	it('every record has one', () => {
		const d = validateDataset(good);
		for (const r of [...d.figures, ...d.events]) {
			expect(r.quote_en.length, r.id).toBeGreaterThan(8);
			expect(r.date_words_en.length, r.id).toBeGreaterThan(0);
		}
	});
});

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
				'data/events.json: record "election-003", field "date": expected days from 2020-08-09 to 2020-10-12'
		},
		{
			rule: 'an announced day after the newest article, outside the period',
			edit: (r: Parameters<Parameters<typeof broken>[0]>[0]) => {
				r.events.find((e) => e.id === 'meeting-000-eu-video-summit')!.date = '2020-10-14';
			},
			message:
				'data/events.json: record "meeting-000-eu-video-summit", field "date": expected days from 2020-08-09 to 2020-10-12'
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
				delete r.events.find((e) => e.id === 'sanctions-001-personal')!.step;
			},
			message: 'data/events.json: record "sanctions-001-personal", field "step": expected a step'
		}
	])('stops on $rule', ({ edit, message }) => {
		expect(broken(edit)).toContain(message);
	});

	// The mistakes of issue 10, each put back into the data: each must stop the build.
	it.each([
		{
			rule: 'a title that reports words its quote does not hold (Michel: only the attribution)',
			edit: (r: Raw) => {
				ev(r, 'statement-000-michel').quote =
					'twitterde Charles Michel, de voorzitter van de Europese Raad maandag';
			},
			message:
				'data/events.json: record "statement-000-michel", field "title_words": expected "Geweld tegen demonstranten is onaanvaardbaar" to stand in the quote'
		},
		{
			rule: 'a title that says more than its quote ("Groen licht voor sancties", not to prepare them)',
			edit: (r: Raw) => {
				ev(r, 'sanctions-001-personal').title_nl = 'Groen licht voor sancties tegen Loekasjenko persoonlijk';
			},
			message:
				'data/events.json: record "sanctions-001-personal", field "title_words": expected "voor te bereiden" to stand in title_nl'
		},
		{
			rule: 'a title with other words than the quote ("geeft de schuld" for "hebben gelast")',
			edit: (r: Raw) => {
				ev(r, 'statement-002-new-vote-poland').title_nl = 'Loekasjenko geeft Polen de schuld';
			},
			message:
				'data/events.json: record "statement-002-new-vote-poland", field "title_words": expected "gelast" to stand in title_nl'
		},
		{
			rule: 'a figure whose quote does not say what its metric counts (house arrest as arrests)',
			edit: (r: Raw) => {
				fig(r, 'house-arrest-001-two-leaders').metric = 'arrests';
			},
			message:
				'data/figures.json: record "house-arrest-001-two-leaders", field "metric": expected the quote to say what "arrests" counts'
		},
		{
			rule: 'a movement drawn as a march (a protest size "as of" the article)',
			edit: (r: Raw) => {
				fig(r, 'movement-001-hundreds-of-thousands').metric = 'protest_size';
			},
			message:
				'data/figures.json: record "movement-001-hundreds-of-thousands", field "date_precision": expected a day or a span for "protest_size"'
		},
		{
			rule: 'a planned summit counted as a sanctions step',
			edit: (r: Raw) => {
				Object.assign(ev(r, 'meeting-000-eu-video-summit'), { kind: 'sanctions', step: 'decision' });
			},
			message:
				'data/events.json: record "meeting-000-eu-video-summit", field "announced": expected no "announced" on a sanctions step'
		},
		{
			rule: 'a post recorded as a second report of the meeting in the same article',
			edit: (r: Raw) => {
				const post = ev(r, 'statement-004-tichanovskaja-telegram');
				Object.assign(post, { kind: 'meeting', claim: 'sochi-meeting' });
				delete post.describes;
				ev(r, 'meeting-004-sochi').claim = 'sochi-meeting';
			},
			message:
				'data/events.json: record "statement-004-tichanovskaja-telegram", field "claim": expected one sentence per claim and article: "meeting-004-sochi" reports this claim in another sentence'
		},
		{
			rule: 'the records of one claim of different kinds',
			edit: (r: Raw) => {
				ev(r, 'election-004').kind = 'statement';
			},
			message:
				'data/events.json: record "election-004", field "claim": expected the kind "election" of "election-003"'
		},
		{
			rule: 'two calls counted three times (a summary of both, unlinked)',
			edit: (r: Raw) => {
				delete ev(r, 'call-000-two-calls').describes;
			},
			message:
				'data/events.json: record "call-000-two-calls", field "claim": expected a claim shared with "call-003-putin" (a call of another article on the same days), or "describes" linking the two'
		},
		{
			rule: 'a report of a claim on other days than the day the others give (13–14 for Friday 14 August)',
			edit: (r: Raw) => {
				Object.assign(ev(r, 'sanctions-002-decided'), {
					date: '2020-08-13',
					date_end: '2020-08-14',
					date_precision: 'span'
				});
			},
			message:
				'data/events.json: record "sanctions-002-decided", field "date": expected 2020-08-14, the day "sanctions-003-decided" gives this claim'
		},
		{
			rule: 'describing an event of another kind',
			edit: (r: Raw) => {
				ev(r, 'call-000-two-calls').describes = ['call-003-putin', 'election-003'];
			},
			message:
				'data/events.json: record "call-000-two-calls", field "describes": expected "election-003" to be a call event like this one, not a election'
		},
		{
			rule: 'describing an event it does not cover in time',
			edit: (r: Raw) => {
				ev(r, 'call-000-two-calls').date_end = '2020-08-15';
				ev(r, 'call-000-two-calls').date_precision = 'span';
			},
			message:
				'data/events.json: record "call-000-two-calls", field "date": expected days that include those of "call-002-putin" (2020-08-16 to 2020-08-16)'
		},
		{
			rule: 'describing an unknown record',
			edit: (r: Raw) => {
				fig(r, 'duration-001-kgb-meeting').describes = ['meeting-001-elsewhere'];
			},
			message:
				'data/figures.json: record "duration-001-kgb-meeting", field "describes": expected "meeting-001-elsewhere" to be the id of another event'
		},
		{
			rule: 'a record that describes others and has a claim of its own',
			edit: (r: Raw) => {
				ev(r, 'call-000-two-calls').claim = 'call-2020-08-15';
			},
			message:
				'data/events.json: record "call-000-two-calls", field "claim": expected null on a record that describes others'
		},
		{
			rule: 'denying an unknown record',
			edit: (r: Raw) => {
				ev(r, 'statement-000-nato-denial').denies = 'statement-000-natoo';
			},
			message:
				'data/events.json: record "statement-000-nato-denial", field "denies": expected "statement-000-natoo" to be the id of another event'
		},
		{
			rule: 'a city its quote does not name (Saturday\'s "duizenden" in Minsk, though "Ook in andere steden")',
			edit: (r: Raw) => {
				fig(r, 'protest-003-saturday').place = 'minsk';
			},
			message:
				'data/figures.json: record "protest-003-saturday", field "place": expected the quote to name Minsk (or an alias), or "place_words"'
		},
		{
			rule: 'a place the article does not give, drawn as stated (the calls in Moscow)',
			edit: (r: Raw) => {
				place(r, 'moscow').precision = 'named';
			},
			message:
				'data/events.json: record "call-000-two-calls", field "place": expected the quote to name Moskou'
		},
		{
			rule: 'a stand-in that does not say what it stands for',
			edit: (r: Raw) => {
				delete place(r, 'brussels').note;
			},
			message:
				'data/places.json: record "brussels", field "note": expected a note saying what the stand-in stands for'
		},
		{
			rule: 'a place no article names (Vilnius)',
			edit: (r: Raw) => {
				(r.places as unknown[]).push({
					...place(r, 'minsk'),
					id: 'vilnius',
					name_nl: 'Vilnius',
					name_en: 'Vilnius'
				});
			},
			message:
				'data/places.json: record "vilnius", field "name_nl": expected a name or alias that an article uses'
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

	it('holds every sanction step the articles state, and no planned meeting among them', () => {
		const steps = d.events.filter((e) => e.kind === 'sanctions').map((e) => `${e.date} ${e.step}`);
		// three reports of Friday's decision ("vrijdag", "vrijdag", "eind vorige week"), and the green light of 12 October
		expect(steps.sort()).toEqual([
			'2020-08-14 decision',
			'2020-08-14 decision',
			'2020-08-14 decision',
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
