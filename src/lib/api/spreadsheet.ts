/**
 * `/data/figures.xlsx`: the rows of `/data/figures.csv` as a workbook (exceljs), for spreadsheet
 * users whose locale splits a CSV at semicolons. Numbers are numbers, everything else text (a
 * spreadsheet cell of exceljs is never a formula unless asked), plus the articles and a sheet
 * that names the licence and says how to read vague values and sub-counts.
 */
import ExcelJS from 'exceljs';
import type { Dataset } from '$lib/data/schema';
import { dayStart } from '$lib/days';
import { columnSpecs } from './dataDictionary';
import { ATTRIBUTION, DATA_LICENCE, QUOTES_NOTICE } from './licence';
import { CSV_COLUMNS, csvCell, publicArticles, tableRows } from './publicData';

export const SHEETS = { records: 'records', articles: 'articles', about: 'about' } as const;

function typed(column: (typeof CSV_COLUMNS)[number], value: unknown): string | number | boolean | null {
	if (value === null || value === undefined) return null;
	const type = columnSpecs[column].type;
	if (type === 'number' || type === 'boolean') return value as number | boolean;
	return csvCell(value as string | string[]);
}

export async function toXlsx(d: Dataset): Promise<Uint8Array<ArrayBuffer>> {
	const book = new ExcelJS.Workbook();
	book.creator = ATTRIBUTION;
	// Dated the period's last day: the same data makes the same file from build to build.
	book.created = book.modified = dayStart(d.period.to);

	const records = book.addWorksheet(SHEETS.records, { views: [{ state: 'frozen', ySplit: 1 }] });
	records.columns = CSV_COLUMNS.map((c) => ({ header: c, key: c, width: c === 'quote' ? 80 : 16 }));
	for (const row of tableRows(d)) records.addRow(CSV_COLUMNS.map((c) => typed(c, row[c])));

	const articles = book.addWorksheet(SHEETS.articles);
	const rows = publicArticles(d);
	articles.columns = Object.keys(rows[0]).map((k) => ({ header: k, key: k, width: 24 }));
	for (const a of rows) articles.addRow(a);

	const about = book.addWorksheet(SHEETS.about);
	about.getColumn(1).width = 120;
	for (const line of [
		ATTRIBUTION,
		`Licence of the data: ${DATA_LICENCE.title} (${DATA_LICENCE.name}), ${DATA_LICENCE.path}`,
		QUOTES_NOTICE,
		'Vague values: value is the number the words name; value_low and value_high the range the chart draws (empty: open).',
		'Sub-counts: a figure with part_of is a part of another figure; leave it out when summing.',
		'Claims: records with one claim report one fact; a record with describes is no occurrence of its own.',
		'',
		...CSV_COLUMNS.map((c) => `${c}: ${columnSpecs[c].description}`)
	])
		about.addRow([line]);

	const bytes: ArrayLike<number> = new Uint8Array(await book.xlsx.writeBuffer());
	return Uint8Array.from(bytes);
}
