import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3-dsv';
import {
	CSV_COLUMNS,
	EVENT_FIELDS,
	FIGURE_FIELDS,
	neutraliseFormula,
	publicDataset,
	toCsv
} from '../../../src/lib/api/publicData';
import { arrestMarks, protestMarks } from '../../../src/lib/charts/figureSeries';
import { validateDataset } from '../../../src/lib/data/validate';
import { readDataFiles } from '../../../src/scripts/read-data';
import { highlightPieces, quoteInParagraph } from '../../../src/lib/data/quoteContext';

const d = validateDataset(readDataFiles());

describe('public JSON', () => {
	it('has exactly the documented fields', () => {
		const p = publicDataset(d);
		expect(Object.keys(p)).toEqual(['articles', 'places', 'figures', 'events']);
		expect(Object.keys(p.articles[0])).toEqual([
			'id',
			'file',
			'language',
			'date',
			'date_reasoning',
			'title',
			'title_en',
			'outlet',
			'url'
		]);
		// The data names no outlet or address yet: null, never guessed.
		expect(p.articles.every((a) => a.outlet === null && a.url === null)).toBe(true);
		expect(Object.keys(p.places[0])).toEqual([
			'id',
			'name_nl',
			'name_en',
			'kind',
			'precision',
			'lat',
			'lon',
			'geometry',
			'aliases',
			'note'
		]);
		for (const f of p.figures) expect(Object.keys(f)).toEqual(FIGURE_FIELDS);
		for (const e of p.events) expect(Object.keys(e)).toEqual(EVENT_FIELDS);
		expect(p.articles.map((a) => a.title_en)).toContain('Russia ready to back Lukashenko militarily');
	});

	it('carries every column of the CSV, under the same names and with the same values', () => {
		const p = publicDataset(d);
		const header = csvParseRows(toCsv(d).slice(1).split('\r\n')[0])[0];
		expect(new Set(['record', ...FIGURE_FIELDS, ...EVENT_FIELDS])).toEqual(new Set(header));
		const rows = csvParseRows(toCsv(d).slice(1).replace(/\r\n/g, '\n').trimEnd()).slice(1);
		const byId = new Map(rows.map((r) => [r[1], Object.fromEntries(header.map((h, i) => [h, r[i]]))]));
		for (const record of [...p.figures, ...p.events]) {
			const row = byId.get(record.id as string)!;
			for (const [field, value] of Object.entries(record)) {
				const cell = value === null ? '' : Array.isArray(value) ? value.join(' ') : String(value);
				expect(row[field], `${record.id}.${field}`).toBe(neutraliseFormula(cell));
			}
		}
	});

	it('keeps side, part_of, step, announced, note, the day words and events’ claim and precision', () => {
		const p = publicDataset(d);
		const figure = (id: string) => p.figures.find((f) => f.id === id)!;
		const event = (id: string) => p.events.find((e) => e.id === id)!;
		expect(figure('protest-002-progov-rally').side).toBe('government');
		expect(figure('arrests-004-sunday-minsk').part_of).toBe('arrests-004-sunday');
		expect(figure('arrests-004-sunday').part_of).toBeNull();
		expect(figure('arrests-001-sunday-minsk').date_words).toBe(
			'Zondag, een dag na zijn gesprek met oppositieleden'
		);
		expect(event('sanctions-001-personal').step).toBe('personal_package');
		expect(event('exercise-000-western-border')).toMatchObject({
			announced: true,
			date_precision: 'span',
			date_words: 'maandag … tot donderdag'
		});
		expect(event('exercise-000-western-border').article_title).toBe(
			'Loekasjenko onder druk: grootste demonstratie ooit, stakingen en oefeningen aan de westgrens'
		);
	});

	it('says which records are no occurrence of their own, and where no place is named', () => {
		const p = publicDataset(d);
		const event = (id: string) => p.events.find((e) => e.id === id)!;
		expect(event('call-000-two-calls').describes).toEqual(['call-003-putin', 'call-002-putin']);
		expect(event('statement-000-nato-denial')).toMatchObject({ place: null, denies: 'statement-000-nato' });
		expect(p.places.find((x) => x.id === 'brussels')!.precision).toBe('stand_in');
	});
});

describe('value_low and value_high', () => {
	const p = publicDataset(d);
	const figure = (id: string) => p.figures.find((f) => f.id === id)!;

	it.each([
		// "honderden": hundreds, 200 to 1,000; "duizenden" 2,000 to 10,000, as the chart draws them.
		{ id: 'arrests-000-hundreds', low: 200, high: 1000, nl: 'honderden', en: 'hundreds' },
		{ id: 'arrests-003-thousands', low: 2000, high: 10000, nl: 'duizenden', en: 'thousands' },
		{ id: 'arrests-004-sunday', low: 774, high: 774, nl: '774', en: '774' },
		{ id: 'arrests-001-sunday-minsk', low: 700, high: null, nl: 'meer dan 700', en: 'more than 700' },
		{ id: 'protest-004-sunday', low: 100000, high: null, nl: 'meer dan 100.000', en: 'more than 100,000' },
		{
			id: 'movement-001-hundreds-of-thousands',
			low: 200000,
			high: 1000000,
			nl: 'honderdduizenden',
			en: 'hundreds of thousands'
		}
	])('$id stands for $low to $high ("$nl")', ({ id, low, high, nl, en }) => {
		expect(figure(id)).toMatchObject({
			value_low: low,
			value_high: high,
			value_text_nl: nl,
			value_text_en: en
		});
	});

	it('equal what every arrests and protests mark draws (an open top is null)', () => {
		const range = { from: '2020-01-01', to: '2020-12-31' };
		const marks = [...arrestMarks(d.figures, range), ...protestMarks(d.figures, range)];
		expect(marks.length).toBeGreaterThan(8);
		for (const m of marks) {
			expect(figure(m.id).value_low, m.id).toBe(m.lower);
			expect(figure(m.id).value_high, m.id).toBe(m.open ? null : m.upper);
		}
	});
});

describe('CSV', () => {
	const csv = toCsv(d);
	it('starts with a UTF-8 BOM and ends rows with CRLF', () => {
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv.split('\r\n')[0]).toBe('\uFEFF' + CSV_COLUMNS.join(','));
		expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
	});

	it('holds every figure and event, with accents intact', () => {
		const rows = csvParseRows(csv.slice(1).replace(/\r\n/g, '\n').trimEnd());
		expect(rows).toHaveLength(1 + d.figures.length + d.events.length);
		expect(csv).toContain('Oekraïne');
		const quoteCol = CSV_COLUMNS.indexOf('quote');
		expect(rows.find((r) => r[1] === 'arrests-004-sunday')![quoteCol]).toBe(
			'Zondag werden 774 betogers opgepakt, van wie 500 in de hoofdstad Minsk.'
		);
	});

	it('writes a vague count in words next to its unit, and keeps side, part_of and step', () => {
		const rows = csvParseRows(csv.slice(1).replace(/\r\n/g, '\n').trimEnd());
		const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
		const row = (id: string) => rows.find((r) => r[1] === id)!;
		expect(row('arrests-003-thousands')[col('value_text_nl')]).toBe('duizenden');
		expect(row('arrests-003-thousands')[col('value_text_en')]).toBe('thousands');
		expect(row('protest-002-progov-rally')[col('side')]).toBe('government');
		expect(row('arrests-004-sunday-minsk')[col('part_of')]).toBe('arrests-004-sunday');
		expect(row('sanctions-001-personal')[col('step')]).toBe('personal_package');
		expect(row('exercise-000-western-border')[col('announced')]).toBe('true');
		expect(row('call-000-two-calls')[col('describes')]).toBe('call-003-putin call-002-putin');
		expect(row('statement-000-nato-denial')[col('denies')]).toBe('statement-000-nato');
		expect(row('statement-000-nato-denial')[col('place')]).toBe('');
		expect(row('sanctions-003-decided')[col('place_precision')]).toBe('stand_in');
	});

	it.each([
		{ cell: '=HYPERLINK("x")', expected: '\'=HYPERLINK("x")' },
		{ cell: '+31', expected: "'+31" },
		{ cell: '-1', expected: "'-1" },
		{ cell: '@SUM(A1)', expected: "'@SUM(A1)" },
		{ cell: 'Minsk', expected: 'Minsk' }
	])('neutralises formula cell $cell', ({ cell, expected }) => {
		expect(neutraliseFormula(cell)).toBe(expected);
	});
});

describe('quote context', () => {
	it('finds the paragraph around a quote', () => {
		const c = quoteInParagraph(
			'Eerste alinea.\n\nIn Minsk werden meer dan 700 mensen aangehouden. Daarna.\n\nLaatste.',
			'meer dan 700 mensen'
		);
		expect(c).toEqual({
			before: 'In Minsk werden ',
			quote: 'meer dan 700 mensen',
			after: ' aangehouden. Daarna.'
		});
	});

	it('cuts overlapping quotes into pieces that carry every id', () => {
		const pieces = highlightPieces('aa bb cc dd', [
			{ id: 'x', quote: 'bb cc' },
			{ id: 'y', quote: 'cc dd' }
		]);
		expect(pieces).toEqual([
			{ text: 'aa ', ids: [], starts: [] },
			{ text: 'bb ', ids: ['x'], starts: ['x'] },
			{ text: 'cc', ids: ['x', 'y'], starts: ['y'] },
			{ text: ' dd', ids: ['y'], starts: [] }
		]);
	});

	it('gives every record an anchor, also when two quote the same words', () => {
		const pieces = highlightPieces('Zondag werden 774 betogers opgepakt.', [
			{ id: 'total', quote: 'Zondag werden 774 betogers opgepakt.' },
			{ id: 'minsk', quote: 'Zondag werden 774 betogers opgepakt.' }
		]);
		expect(pieces).toEqual([
			{ text: 'Zondag werden 774 betogers opgepakt.', ids: ['total', 'minsk'], starts: ['total', 'minsk'] }
		]);
	});
});
