/**
 * The data package validates against its own schemas (every row of every resource matches every
 * field: type, required, allowed values), the spreadsheet opens with the CSV's rows, and every
 * download names the licences, which exist.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { dataPackage, type TableField } from '../../../src/lib/api/dataPackage';
import { dataReadme } from '../../../src/lib/api/dataReadme';
import { dataFileHeaders } from '../../../src/lib/api/licence';
import { toCsv } from '../../../src/lib/api/publicData';
import { toXlsx } from '../../../src/lib/api/spreadsheet';
import { validateDataset } from '../../../src/lib/data/validate';
import { readDataFiles } from '../../../src/scripts/read-data';

const d = validateDataset(readDataFiles());
const pkg = dataPackage(d);
const csvRows = csvParseRows(toCsv(d).slice(1).replace(/\r\n/g, '\n').trimEnd());

/** Table Schema's rules for a cell as a CSV writes it (missing values: the empty cell). */
function cellProblem(f: TableField, cell: unknown): string | null {
	const missing = cell === '' || cell === null || cell === undefined;
	if (missing) return f.constraints?.required ? 'required' : null;
	const text = typeof cell === 'string' ? cell : null;
	switch (f.type) {
		case 'number':
			if (typeof cell === 'number' ? !Number.isFinite(cell) : !/^-?\d+(\.\d+)?$/.test(text ?? ''))
				return 'number';
			break;
		case 'boolean':
			if (typeof cell !== 'boolean' && !['true', 'false'].includes(text ?? '')) return 'boolean';
			break;
		case 'date':
			if (!/^\d{4}-\d{2}-\d{2}$/.test(text ?? '') || Number.isNaN(Date.parse(text!))) return 'date';
			break;
		case 'string':
			if (typeof cell !== 'string') return 'string';
			break;
		case 'object':
			if (typeof cell !== 'object' || Array.isArray(cell)) return 'object';
			break;
		case 'array':
			if (!Array.isArray(cell)) return 'array';
			break;
	}
	const allowed = f.constraints?.enum;
	if (allowed && !allowed.includes(String(cell))) return `not one of ${allowed.join(', ')}`;
	return null;
}

describe('datapackage.json', () => {
	it('is a tabular data package with the data licence and a schema for every resource', () => {
		expect(pkg.profile).toBe('tabular-data-package');
		expect(pkg.licenses).toEqual([
			{
				name: 'CC-BY-4.0',
				path: 'https://creativecommons.org/licenses/by/4.0/',
				title: 'Creative Commons Attribution 4.0 International'
			}
		]);
		expect(pkg.resources.map((r) => r.name)).toEqual(['records', 'articles', 'places']);
		for (const r of pkg.resources) expect(r.schema.fields.length).toBeGreaterThan(5);
	});

	it('names exactly the CSV’s columns, in order, and every row of the CSV matches every field', () => {
		const [header, ...rows] = csvRows;
		const fields = pkg.resources[0].schema.fields;
		expect(fields.map((f) => f.name)).toEqual(header);
		expect(rows).toHaveLength(d.figures.length + d.events.length);
		const problems = rows.flatMap((row) =>
			fields.map((f, i) => [row[1], f.name, cellProblem(f, row[i])]).filter(([, , p]) => p !== null)
		);
		expect(problems).toEqual([]);
		const ids = rows.map((r) => r[1]);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('holds the articles and places inline, each row matching its schema', () => {
		for (const r of pkg.resources.slice(1)) {
			const data = (r as { data: Record<string, unknown>[] }).data;
			expect(data.length).toBeGreaterThan(0);
			for (const row of data) {
				expect(Object.keys(row)).toEqual(r.schema.fields.map((f) => f.name));
				for (const f of r.schema.fields)
					expect(cellProblem(f, row[f.name]), `${row.id}.${f.name}`).toBeNull();
			}
		}
	});

	it('refuses what breaks its schema (the check is not empty)', () => {
		const fields = pkg.resources[0].schema.fields;
		const field = (n: string) => fields.find((f) => f.name === n)!;
		expect(cellProblem(field('qualifier'), 'roughly')).toMatch(/^not one of exact/);
		expect(cellProblem(field('value'), 'duizenden')).toBe('number');
		expect(cellProblem(field('date'), '2020-13-45')).toBe('date');
		expect(cellProblem(field('quote'), '')).toBe('required');
	});
});

describe('figures.xlsx', () => {
	it('opens, with the rows of the CSV, numbers as numbers and formulas as text', async () => {
		const book = new ExcelJS.Workbook();
		await book.xlsx.load((await toXlsx(d)).buffer);
		expect(book.worksheets.map((w) => w.name)).toEqual(['records', 'articles', 'about']);
		const sheet = book.getWorksheet('records')!;
		const rows: string[][] = [];
		sheet.eachRow((row) => {
			const values = (row.values as unknown[]).slice(1);
			rows.push(
				csvRows[0].map((_, i) => (values[i] === undefined || values[i] === null ? '' : String(values[i])))
			);
		});
		expect(rows).toEqual(csvRows);
		const header = csvRows[0];
		const thousands = sheet.getRow(1 + csvRows.findIndex((r) => r[1] === 'arrests-003-thousands'));
		expect(thousands.getCell(1 + header.indexOf('value_low')).value).toBe(2000);
		expect(thousands.getCell(1 + header.indexOf('value_text_nl')).value).toBe('duizenden');
		const about = book.getWorksheet('about')!.getColumn(1).values.join('\n');
		expect(about).toContain('Creative Commons Attribution 4.0 International (CC-BY-4.0)');
		expect(about).toContain('remain the text of their publishers');
	});
});

describe('licences', () => {
	it('exist in the repository: MIT for the code, CC BY 4.0 for the data', () => {
		expect(readFileSync('src/LICENSE', 'utf8')).toMatch(/^MIT License/);
		expect(readFileSync('data/LICENSE.md', 'utf8')).toContain(
			'Creative Commons Attribution 4.0 International'
		);
		expect(readFileSync('data/LICENSE.md', 'utf8')).toContain('remain the text of their publishers');
		expect(readFileSync('README.md', 'utf8')).toContain('data/LICENSE.md');
	});

	it('are named by every data download’s headers and by the data README', () => {
		const h = dataFileHeaders('text/csv; charset=utf-8', 'x.csv');
		expect(h['content-type']).toContain('charset=utf-8');
		expect(h['content-disposition']).toBe('attachment; filename="x.csv"');
		expect(h.link).toContain('<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
		expect(dataReadme(d)).toContain('CC-BY-4.0');
		expect(dataReadme(d)).toContain('`part_of`');
	});
});
