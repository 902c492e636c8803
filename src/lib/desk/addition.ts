/**
 * A new article and its records, merged into the data files and checked by the very validation of
 * `npm run check:data` and the build (src/lib/data/validate.ts). Pure: the desk's island checks each
 * card with it as the reporter types, and the desk's server again before it writes anything.
 *
 * The merge keeps the files' order, so that a git diff shows only new lines: the article goes last; a
 * figure after the last figure of its metric, an event after the last event of its kind (else last).
 */
import { DataError, validateDataset, type DataProblem, type RawDataFiles } from '../data/validate';
import { FILES } from '../data/recordRules';
import type { Article, Event, Figure } from '../data/schema';

export interface Addition {
	article: Article;
	/** The article's text, byte for byte as it came in. */
	text: string;
	figures: Figure[];
	events: Event[];
	/**
	 * Existing records that get a claim because a new record reports the same fact (they had none):
	 * the one changed line the diff shows besides the new ones.
	 */
	claims: { id: string; claim: string }[];
}

type Raw = { id?: unknown; metric?: unknown; kind?: unknown };

/** `records` with each of `added` after the last record sharing its `group` value (else at the end). */
function insertGrouped<T extends Raw>(records: T[], added: T[], group: (r: T) => unknown): T[] {
	const out = [...records];
	for (const r of added) {
		let at = -1;
		out.forEach((o, i) => {
			if (group(o) === group(r)) at = i;
		});
		if (at < 0) out.push(r);
		else out.splice(at + 1, 0, r);
	}
	return out;
}

function withClaims(records: unknown, claims: Addition['claims']): Raw[] {
	const byId = new Map(claims.map((c) => [c.id, c.claim]));
	return (records as Raw[]).map((r) =>
		typeof r.id === 'string' && byId.has(r.id) ? { ...r, claim: byId.get(r.id) } : r
	);
}

/** The data files with the addition in place. */
export function mergeAddition(raw: RawDataFiles, a: Addition): RawDataFiles {
	return {
		articles: [...(raw.articles as unknown[]), a.article],
		places: raw.places,
		story: raw.story,
		figures: insertGrouped(withClaims(raw.figures, a.claims), a.figures as Raw[], (r) => r.metric),
		events: insertGrouped(withClaims(raw.events, a.claims), a.events as Raw[], (r) => r.kind),
		texts: { ...raw.texts, [a.article.file]: a.text }
	};
}

/** Ids the addition would take over: never silently. */
function takenIds(raw: RawDataFiles, a: Addition): DataProblem[] {
	const problems: DataProblem[] = [];
	const ids = (records: unknown) => new Set((records as Raw[]).map((r) => r.id));
	if (ids(raw.articles).has(a.article.id) || raw.texts[a.article.file] !== undefined) {
		problems.push({
			file: FILES.articles,
			record: a.article.id,
			field: 'id',
			expected: 'an article id not yet in data/articles.json (the desk never overwrites an article)'
		});
	}
	const existing = new Set([...ids(raw.figures), ...ids(raw.events)]);
	for (const r of [...a.figures, ...a.events]) {
		if (existing.has(r.id)) {
			problems.push({
				file: 'metric' in r ? FILES.figures : FILES.events,
				record: r.id,
				field: 'id',
				expected:
					'an id not yet in data/figures.json or data/events.json (the desk never overwrites a record)'
			});
		}
	}
	return problems;
}

/** Every problem of the dataset with the addition in place; empty when it may be saved. */
export function checkAddition(raw: RawDataFiles, a: Addition): DataProblem[] {
	const taken = takenIds(raw, a);
	if (taken.length > 0) return taken;
	try {
		validateDataset(mergeAddition(raw, a));
		return [];
	} catch (error) {
		if (error instanceof DataError) return error.problems;
		throw error;
	}
}

/** Fields a reporter writes in (not verbatim from the text): stood in for while still empty. */
const writtenFields = ['quote_en', 'date_words_en', 'date_words', 'title_nl', 'title_en'] as const;
const standIn = 'still to be written';

/**
 * The problems of an addition, for the desk's cards: as checkAddition, and where a written field is
 * still empty (which stops validation at the schemas), also the cross-checks with a stand-in there,
 * so that "the quote gives: more_than 700" shows at the value before the translation is typed.
 */
export function checkDraft(raw: RawDataFiles, a: Addition): DataProblem[] {
	const first = checkAddition(raw, a);
	const empty = (r: Record<string, unknown>) =>
		writtenFields.filter((f) => f in r && String(r[f]).length < 8);
	const fill = <T extends object>(r: T): T => {
		const copy = { ...r } as Record<string, unknown>;
		for (const f of empty(copy)) copy[f] = standIn;
		return copy as T;
	};
	const records = [...a.figures, ...a.events] as unknown as Record<string, unknown>[];
	if (!records.some((r) => empty(r).length > 0)) return first;
	const second = checkAddition(raw, { ...a, figures: a.figures.map(fill), events: a.events.map(fill) });
	const key = (p: DataProblem) => `${p.record} ${p.field}`;
	const seen = new Set(first.map(key));
	return [...first, ...second.filter((p) => !seen.has(key(p)) && !String(p.expected).includes(standIn))];
}

/** The problems of one record (or the article), by field: what the desk shows at each field. */
export function problemsByField(problems: DataProblem[], record: string): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const p of problems) {
		if (p.record !== record) continue;
		(out[p.field] ??= []).push(p.expected);
	}
	return out;
}
