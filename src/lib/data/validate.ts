/**
 * Turns the raw data files into a trusted Dataset, or stops with every problem found.
 * Pure: the caller reads the files (Vite's import.meta.glob in the app, node:fs in scripts),
 * so the build, the server and `npm run check:data` run exactly the same checks.
 */
import type { z } from 'zod';
import { findNumbers } from '../extract/numbers';
import { storyPeriod } from '../story/period';
import {
	FILES,
	checkClaims,
	checkFigureWords,
	checkGazetteer,
	checkLinks,
	checkPlaceWords,
	checkTitleWords
} from './recordRules';
import {
	ArticlesFile,
	EventsFile,
	FiguresFile,
	PlacesFile,
	StoryFile,
	sanctionSteps,
	type Article,
	type Dataset,
	type Event,
	type Figure,
	type Period,
	type Place
} from './schema';

export interface RawDataFiles {
	/** Parsed JSON of data/articles.json, data/places.json, data/figures.json, data/events.json. */
	articles: unknown;
	places: unknown;
	figures: unknown;
	events: unknown;
	/** Parsed JSON of data/story.json. */
	story: unknown;
	/** Article texts by file name (`000_f11f0454d77a2b02.txt`). */
	texts: Record<string, string>;
}

export interface DataProblem {
	file: string;
	record: string;
	field: string;
	expected: string;
}

export class DataError extends Error {
	constructor(readonly problems: DataProblem[]) {
		super(
			`The dataset has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
				problems.map(formatProblem).join('\n')
		);
		this.name = 'DataError';
	}
}

export function formatProblem(p: DataProblem): string {
	return `  ${p.file}: record "${p.record}", field "${p.field}": expected ${p.expected}`;
}

/** Parses one file with its schema; problems name the record by its id where it has one, else its index. */
function parseFile<T>(schema: z.ZodType<T>, raw: unknown, file: string, problems: DataProblem[]): T | null {
	const result = schema.safeParse(raw);
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		// A file of records names the record and its field; a file that is one object (story.json) its field.
		if (!Array.isArray(raw)) {
			problems.push({
				file,
				record: '(file)',
				field: issue.path.join('.') || '(file)',
				expected: issue.message
			});
			continue;
		}
		const [index, ...fieldPath] = issue.path;
		const record =
			typeof index === 'number' ? String((raw[index] as { id?: unknown })?.id ?? `#${index}`) : '(file)';
		problems.push({
			file,
			record,
			field: fieldPath.join('.') || '(record)',
			expected: issue.message
		});
	}
	return null;
}

function findDuplicateIds(records: { id: string }[], file: string, problems: DataProblem[]) {
	const seen = new Set<string>();
	for (const r of records) {
		if (seen.has(r.id)) problems.push({ file, record: r.id, field: 'id', expected: 'an id used once' });
		seen.add(r.id);
	}
}

/** Cross-checks shared by figures and events: article, place, quote and date against the article. */
function checkSourced(
	r: Figure | Event,
	file: string,
	articles: Map<string, Article>,
	texts: Record<string, string>,
	places: Map<string, Place>,
	period: Period | null,
	problems: DataProblem[]
) {
	const problem = (field: string, expected: string) => problems.push({ file, record: r.id, field, expected });
	const place = r.place === null ? null : places.get(r.place);
	if (place === undefined)
		problem('place', 'a place id from data/places.json, or null where the article names none');
	if (r.date_end !== null && r.date_end < r.date) problem('date_end', `a day on or after date ${r.date}`);
	if ((r.date_precision === 'span') !== (r.date_end !== null)) {
		problem('date_end', 'a last day exactly when date_precision is "span", and null otherwise');
	}
	// Every view's time axis runs over the story's period: a record outside it would show nowhere.
	if (period && (r.date < period.from || (r.date_end ?? r.date) > period.to)) {
		problem(
			'date',
			`days from ${period.from} to ${period.to}, the story's period (from its period_start to the newest article's day)`
		);
	}
	const article = articles.get(r.article);
	if (!article) {
		problem('article', 'an article id from data/articles.json');
		return;
	}
	const text = texts[article.file];
	if (text !== undefined && !text.includes(r.quote)) {
		problem('quote', `words found verbatim in data/articles/${article.file}`);
	}
	if (place && text !== undefined) problems.push(...checkPlaceWords(r, place, article, text));
	const last = r.date_end ?? r.date;
	if (last > article.date && !r.announced) {
		problem(
			r.date_end && r.date_end > article.date ? 'date_end' : 'date',
			`a day on or before the article's day ${article.date}, or "announced": true for a day it announces`
		);
	}
}

export function validateDataset(raw: RawDataFiles): Dataset {
	const problems: DataProblem[] = [];
	const articles = parseFile(ArticlesFile, raw.articles, FILES.articles, problems);
	const places = parseFile(PlacesFile, raw.places, FILES.places, problems);
	const figures = parseFile(FiguresFile, raw.figures, FILES.figures, problems);
	const events = parseFile(EventsFile, raw.events, FILES.events, problems);
	const story = parseFile(StoryFile, raw.story, FILES.story, problems);
	if (!articles || !places || !figures || !events || !story) throw new DataError(problems);

	// The period starts on a day a sentence gives (the election's), so it is a dated event of the data.
	const start = events.find((e) => e.id === story.period_start);
	const period = start && start.date_precision === 'day' ? storyPeriod(start.date, articles) : null;
	if (!period) {
		problems.push({
			file: FILES.story,
			record: '(file)',
			field: 'period_start',
			expected: 'the id of an event of data/events.json with one day (date_precision "day")'
		});
	}

	const articleById = new Map(articles.map((a) => [a.id, a]));
	const placeById = new Map(places.map((p) => [p.id, p]));
	findDuplicateIds(articles, FILES.articles, problems);
	findDuplicateIds(places, FILES.places, problems);
	findDuplicateIds([...figures, ...events], `${FILES.figures} + ${FILES.events}`, problems);

	for (const a of articles) {
		if (raw.texts[a.file] === undefined) {
			problems.push({
				file: FILES.articles,
				record: a.id,
				field: 'file',
				expected: `data/articles/${a.file} to exist`
			});
		}
		if (a.file !== `${a.id}.txt`) {
			problems.push({
				file: FILES.articles,
				record: a.id,
				field: 'file',
				expected: `the file name "${a.id}.txt"`
			});
		}
	}
	problems.push(...checkGazetteer(places, Object.values(raw.texts)));

	const figureIds = new Set(figures.map((f) => f.id));
	for (const f of figures) {
		checkSourced(f, FILES.figures, articleById, raw.texts, placeById, period, problems);
		problems.push(...checkFigureWords(f));
		const numbers = findNumbers(f.quote);
		if (!numbers.some((n) => n.value === f.value && n.qualifier === f.qualifier)) {
			const found = numbers.map((n) => `${n.qualifier} ${n.value}`).join(', ') || 'no number';
			problems.push({
				file: FILES.figures,
				record: f.id,
				field: 'value',
				expected: `${f.qualifier} ${f.value} to be what the quote says (the quote gives: ${found})`
			});
		}
		if (f.metric === 'protest_size' && f.side === undefined) {
			problems.push({
				file: FILES.figures,
				record: f.id,
				field: 'side',
				expected: '"opposition" or "government" on every protest size'
			});
		}
		if (f.part_of !== undefined && !figureIds.has(f.part_of)) {
			problems.push({
				file: FILES.figures,
				record: f.id,
				field: 'part_of',
				expected: 'the id of another figure'
			});
		}
	}
	for (const e of events) {
		checkSourced(e, FILES.events, articleById, raw.texts, placeById, period, problems);
		problems.push(...checkTitleWords(e));
		if ((e.kind === 'sanctions') !== (e.step !== undefined)) {
			problems.push({
				file: FILES.events,
				record: e.id,
				field: 'step',
				expected: `a step (${sanctionSteps.join(', ')}) on sanctions events, and on no other kind`
			});
		}
	}
	problems.push(...checkClaims([...figures, ...events]), ...checkLinks(figures, events));
	if (problems.length > 0 || !period) throw new DataError(problems);

	const texts = Object.fromEntries(articles.map((a) => [a.id, raw.texts[a.file]]));
	return { articles, places, figures, events, story, period, texts };
}
