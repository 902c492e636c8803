import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3-dsv';
import { CSV_COLUMNS, neutraliseFormula, publicDataset, toCsv } from '../../../src/lib/api/publicData';
import { validateDataset } from '../../../src/lib/data/validate';
import { readDataFiles } from '../../../scripts/read-data';
import { highlightPieces, quoteInParagraph } from '../../../src/lib/data/quoteContext';

const d = validateDataset(readDataFiles());

describe('public JSON', () => {
	it('has exactly the documented fields', () => {
		const p = publicDataset(d);
		expect(Object.keys(p)).toEqual(['articles', 'places', 'figures', 'events']);
		expect(Object.keys(p.articles[0])).toEqual(['id', 'date', 'title', 'language']);
		expect(Object.keys(p.places[0])).toEqual([
			'id',
			'name_nl',
			'name_en',
			'kind',
			'precision',
			'lat',
			'lon',
			'geometry'
		]);
		expect(Object.keys(p.figures[0])).toEqual([
			'id',
			'metric',
			'value',
			'qualifier',
			'unit',
			'date',
			'date_end',
			'date_precision',
			'place',
			'article',
			'quote',
			'claim',
			'describes'
		]);
		expect(Object.keys(p.events[0])).toEqual([
			'id',
			'kind',
			'title_nl',
			'title_en',
			'date',
			'date_end',
			'place',
			'article',
			'quote',
			'claim',
			'describes',
			'denies'
		]);
	});

	it('says which records are no occurrence of their own, and where no place is named', () => {
		const p = publicDataset(d);
		const event = (id: string) => p.events.find((e) => e.id === id)!;
		expect(event('call-000-two-calls').describes).toEqual(['call-003-putin', 'call-002-putin']);
		expect(event('statement-000-nato-denial')).toMatchObject({ place: null, denies: 'statement-000-nato' });
		expect(p.places.find((x) => x.id === 'brussels')!.precision).toBe('stand_in');
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
