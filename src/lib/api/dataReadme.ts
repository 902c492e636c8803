/**
 * `/data/README.md`: a short human README of the downloads, written from the data dictionary and
 * the licence, so that it says what the files hold.
 */
import type { Dataset } from '$lib/data/schema';
import { columnSpecs } from './dataDictionary';
import { ATTRIBUTION, DATA_LICENCE, DATA_LICENCE_URL, QUOTES_NOTICE } from './licence';
import { CSV_COLUMNS } from './publicData';

export function dataReadme(d: Dataset): string {
	const days = d.articles.map((a) => a.date).sort();
	return [
		`# ${ATTRIBUTION}: the data`,
		'',
		`${d.figures.length} figures and ${d.events.length} events from ${d.articles.length} Dutch news articles ` +
			`(${days[0]} to ${days[days.length - 1]}), each with the verbatim sentence it comes from.`,
		'',
		'## Files',
		'',
		'- `figures.csv`: figures and events in one table (`record` says which); UTF-8 with BOM, comma-separated, CRLF.',
		'- `figures.xlsx`: the same rows as a spreadsheet, plus the articles and this dictionary.',
		'- `figures.json`: `{ license, articles, places, figures, events }`; a figure or event has exactly its CSV columns.',
		'- `datapackage.json`: a Frictionless Tabular Data Package with a Table Schema for every resource.',
		'',
		'## Reading the numbers',
		'',
		'- **Vague counts stay vague.** `value` is the number the words name ("duizenden": 1000, the unit);',
		'  `value_low` and `value_high` are the range the chart draws (2000 to 10000), empty where it is open',
		'  ("meer dan 700": 700 and no top). Never read `value` of a magnitude as a count.',
		'- **Sub-counts.** A figure with `part_of` is a part of another (500 in Minsk of 774): leave it out when summing.',
		'- **Reports, not occurrences.** Records that share a `claim` report one fact: count it once. A record with',
		'  `describes` tells more about other events and is no occurrence of its own.',
		'',
		'## Columns',
		'',
		'| column | type | meaning |',
		'| --- | --- | --- |',
		...CSV_COLUMNS.map((c) => {
			const s = columnSpecs[c];
			const allowed = s.enum ? ` Allowed: ${s.enum.join(', ')}.` : '';
			return `| \`${c}\` | ${s.type} | ${s.description.replaceAll('|', '/')}${allowed} |`;
		}),
		'',
		'## Licence',
		'',
		`The curated records: ${DATA_LICENCE.title} (${DATA_LICENCE.name}), ${DATA_LICENCE.path}; ` +
			`see ${DATA_LICENCE_URL}. Credit: "${ATTRIBUTION}".`,
		QUOTES_NOTICE,
		''
	].join('\n');
}
