/**
 * `/data/datapackage.json`: a Frictionless Tabular Data Package describing the downloads, with a
 * Table Schema for every resource (the records' CSV, the articles, the places), written from the
 * data dictionary, and the licences. https://specs.frictionlessdata.io/tabular-data-package/
 */
import type { Dataset } from '$lib/data/schema';
import { placeKinds, placePrecisions } from '$lib/data/schema';
import { columnSpecs, type FieldSpec } from './dataDictionary';
import { ATTRIBUTION, CODE_LICENCE, DATA_LICENCE, QUOTES_NOTICE } from './licence';
import { CSV_COLUMNS, publicArticles, publicPlaces } from './publicData';

export interface TableField {
	name: string;
	type: string;
	description: string;
	constraints?: { required?: boolean; enum?: string[] };
}

function field(name: string, spec: FieldSpec): TableField {
	const constraints = {
		...(spec.required ? { required: true } : {}),
		...(spec.enum ? { enum: [...spec.enum] } : {})
	};
	return {
		name,
		type: spec.type,
		description: spec.description,
		...(Object.keys(constraints).length ? { constraints } : {})
	};
}

const articleFields: Record<string, FieldSpec> = {
	id: { type: 'string', required: true, description: 'The article’s id (its file’s stem).' },
	file: {
		type: 'string',
		required: true,
		description: 'The article’s text file in the repository’s data/articles/.'
	},
	language: { type: 'string', enum: ['nl', 'en'], required: true, description: 'The article’s language.' },
	date: { type: 'date', required: true, description: 'The publication day, resolved from the text.' },
	date_reasoning: {
		type: 'string',
		required: true,
		description: 'The words in the text that fix the day, and how.'
	},
	title: { type: 'string', required: true, description: 'The title, as published.' },
	title_en: { type: 'string', required: true, description: 'The title in English (a translation).' },
	outlet: { type: 'string', description: 'Where the article appeared, when the data knows it; else null.' },
	url: {
		type: 'string',
		description: 'The article’s address at its publisher (http or https), when known; else null.'
	}
};

const placeFields: Record<string, FieldSpec> = {
	id: { type: 'string', required: true, description: 'The place’s id, as records name it.' },
	name_nl: { type: 'string', required: true, description: 'The name in Dutch.' },
	name_en: { type: 'string', required: true, description: 'The name in English.' },
	kind: {
		type: 'string',
		enum: placeKinds,
		required: true,
		description: 'city, country, region, area or building.'
	},
	precision: {
		type: 'string',
		enum: placePrecisions,
		required: true,
		description: columnSpecs.place_precision.description
	},
	lat: { type: 'number', required: true, description: 'Latitude of the representative point (WGS 84).' },
	lon: { type: 'number', required: true, description: 'Longitude of the representative point (WGS 84).' },
	geometry: {
		type: 'object',
		required: true,
		description: 'GeoJSON geometry (Point, LineString or Polygon).'
	},
	aliases: { type: 'array', required: true, description: 'Spellings the articles use.' },
	note: { type: 'string', description: 'What a stand-in stands for, or why the place is read so.' }
};

export const recordsSchema = {
	fields: CSV_COLUMNS.map((c) => field(c, columnSpecs[c])),
	primaryKey: ['id'],
	missingValues: ['']
};

export function dataPackage(d: Dataset) {
	return {
		profile: 'tabular-data-package',
		name: 'belarus-2020-protests-in-figures',
		title: ATTRIBUTION,
		description:
			'Figures and events of the 2020 protests in Belarus, each with the verbatim Dutch sentence it comes from, curated from Dutch news articles. Vague counts stay vague: read value_low and value_high. ' +
			QUOTES_NOTICE,
		licenses: [{ name: DATA_LICENCE.name, path: DATA_LICENCE.path, title: DATA_LICENCE.title }],
		sources: d.articles.map((a) => ({ title: `${a.title} (${a.date})` })),
		resources: [
			{
				name: 'records',
				path: 'figures.csv',
				profile: 'tabular-data-resource',
				title: 'Figures and events',
				format: 'csv',
				mediatype: 'text/csv',
				encoding: 'utf-8-sig',
				dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
				schema: recordsSchema
			},
			{
				name: 'articles',
				profile: 'tabular-data-resource',
				title: 'The articles the records come from',
				data: publicArticles(d),
				schema: { fields: Object.entries(articleFields).map(([n, s]) => field(n, s)), primaryKey: ['id'] }
			},
			{
				name: 'places',
				profile: 'tabular-data-resource',
				title: 'The places the articles name',
				data: publicPlaces(d),
				schema: {
					fields: Object.entries(placeFields).map(([n, s]) => field(n, s)),
					primaryKey: ['id'],
					missingValues: ['']
				}
			}
		],
		/** Not part of the specification: the code's licence, for whoever reuses the site itself. */
		code_license: { name: CODE_LICENCE.name, path: CODE_LICENCE.path }
	};
}

export type DataPackage = ReturnType<typeof dataPackage>;
