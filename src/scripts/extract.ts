/**
 * Lists the candidate figures of one article: every number with its sentence, qualifier, unit, the
 * metric it likely counts, its date and where that came from (`date_from`: sentence, previous_sentence,
 * article_day), and places, as an aligned table or as JSON. The desk (/desk) uses the same functions.
 *
 *   npx tsx src/scripts/extract.ts <article file> [--date YYYY-MM-DD] [--json]
 *
 * The article's day comes from --date, else from data/articles.json (the entry whose `file` is the
 * article's file name), else from a "date YYYY-MM" first line (the 1st of that month, with a warning,
 * since "zondag" then resolves against the wrong week). Places come from data/places.json if present.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { isCalendarDay } from '../lib/days';
import { extractCandidates, type Candidate } from '../lib/extract/extract';
import type { PlaceName } from '../lib/extract/places';

const usage = 'usage: npx tsx src/scripts/extract.ts <article file> [--date YYYY-MM-DD] [--json]';
const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data');
const articlesFile = path.join(dataDir, 'articles.json');
const placesFile = path.join(dataDir, 'places.json');

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/* Only the fields this script reads; the full schemas live in src/lib/data/schema.ts. */
const ArticleDays = z.array(z.object({ file: z.string(), date: isoDay }));
const PlaceNames = z.array(z.object({ id: z.string(), name_nl: z.string(), aliases: z.array(z.string()) }));

class UsageError extends Error {}

interface Options {
	file: string;
	date: string | null;
	json: boolean;
}

function parseArguments(args: string[]): Options {
	let file: string | null = null;
	let date: string | null = null;
	let json = false;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--json') json = true;
		else if (arg === '--date') {
			date = args[++i] ?? null;
			if (!date || !isCalendarDay(date)) throw new UsageError(`--date needs a day as YYYY-MM-DD. ${usage}`);
		} else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}. ${usage}`);
		else if (file) throw new UsageError(`one article file only. ${usage}`);
		else file = arg;
	}
	if (!file) throw new UsageError(`no article file given. ${usage}`);
	if (!existsSync(file)) throw new UsageError(`no such article file: ${file}. ${usage}`);
	return { file, date, json };
}

function readJson(file: string): unknown {
	return JSON.parse(readFileSync(file, 'utf8'));
}

function articleDay(options: Options, text: string): string {
	if (options.date) return options.date;
	const fileName = path.basename(options.file);
	if (existsSync(articlesFile)) {
		const entry = ArticleDays.parse(readJson(articlesFile)).find((article) => article.file === fileName);
		if (entry) return entry.date;
	}
	const month = /^\s*date (\d{4}-\d{2})\b/.exec(text)?.[1];
	if (month) {
		console.error(
			`warning: no --date and no entry for ${fileName} in data/articles.json; using ${month}-01 from ` +
				'the "date" line, so weekdays resolve against the wrong week'
		);
		return `${month}-01`;
	}
	const articles = existsSync(articlesFile)
		? `no entry for ${fileName} in data/articles.json`
		: 'no data/articles.json';
	throw new UsageError(`no article day: no --date, ${articles}, and no "date YYYY-MM" first line. ${usage}`);
}

function loadPlaces(): PlaceName[] {
	if (!existsSync(placesFile)) return [];
	return PlaceNames.parse(readJson(placesFile)).map((place) => ({
		id: place.id,
		names: [place.name_nl, ...place.aliases]
	}));
}

function shorten(text: string, length: number): string {
	return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

function dateCell(candidate: Candidate): string {
	if (!candidate.date) return '';
	return candidate.date_end ? `${candidate.date}..${candidate.date_end}` : candidate.date;
}

function table(candidates: Candidate[]): string {
	const header = [
		'sentence',
		'words',
		'value',
		'qualifier',
		'unit',
		'kind',
		'metric',
		'date',
		'date_from',
		'places'
	];
	const rows = candidates.map((candidate) => [
		shorten(candidate.sentence, 70),
		candidate.text,
		String(candidate.value),
		candidate.qualifier,
		candidate.unit ?? '',
		candidate.kind,
		candidate.metric,
		dateCell(candidate),
		candidate.date_from ?? '',
		candidate.places.join(',')
	]);
	const widths = header.map((title, column) =>
		Math.max(title.length, ...rows.map((row) => row[column].length))
	);
	const numeric = new Set([2]);
	const line = (cells: string[]) =>
		cells
			.map((cell, column) =>
				numeric.has(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column])
			)
			.join('  ')
			.trimEnd();
	return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

function main(): void {
	try {
		const options = parseArguments(process.argv.slice(2));
		const text = readFileSync(options.file, 'utf8');
		const candidates = extractCandidates(text, {
			articleDay: articleDay(options, text),
			places: loadPlaces()
		});
		console.log(options.json ? JSON.stringify(candidates, null, '\t') : table(candidates));
	} catch (error) {
		if (error instanceof UsageError) {
			console.error(`extract: ${error.message}`);
			process.exit(2);
		}
		throw error;
	}
}

main();
