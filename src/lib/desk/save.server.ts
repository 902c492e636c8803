/**
 * Writes an addition (addition.ts) into a data directory: the article's text, its entry in
 * articles.json, and the new records in figures.json / events.json, formatted by prettier as the
 * files are today. Only once the whole dataset validates, and atomically: every file is first written
 * next to its place under a temporary name, and only when all are written are they renamed into place,
 * so a write that fails half-way leaves every file as it was.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { z } from 'zod';
import { Article, Event, Figure } from '../data/schema';
import type { DataProblem } from '../data/validate';
import { readDataFiles } from '../../scripts/read-data';
import { checkAddition, mergeAddition, type Addition } from './addition';

/** The shape of a save request; the schemas are the data's own. */
export const AdditionRequest = z.strictObject({
	article: Article,
	text: z.string().min(1).max(1_000_000),
	figures: z.array(Figure).max(500),
	events: z.array(Event).max(500),
	claims: z.array(z.strictObject({ id: z.string(), claim: z.string() })).max(500)
});

export type SaveResult =
	{ ok: true; written: string[] } | { ok: false; status: 400 | 409 | 422; problems: DataProblem[] };

/** The file operations a save uses; a test swaps one to interrupt the write. */
export interface SaveFs {
	writeFile: (path: string, data: string) => Promise<void>;
	rename: (from: string, to: string) => Promise<void>;
	rm: (path: string) => Promise<void>;
}

const nodeFs: SaveFs = {
	writeFile: (path, data) => fs.writeFile(path, data, { encoding: 'utf8', flag: 'wx' }),
	rename: fs.rename,
	rm: (path) => fs.rm(path, { force: true })
};

const prettierModule = 'prettier';

/** JSON as prettier lays out the repository's data files (`npm run lint` checks them so). */
async function formatJson(value: unknown, name: string): Promise<string> {
	// prettier is a development dependency, as the desk is a development server: named by a variable,
	// so that the production build (where the desk is a 404) does not bundle it. The repository's own
	// settings (found from the working directory), whichever data directory is written.
	const prettier = (await import(/* @vite-ignore */ prettierModule)) as typeof import('prettier');
	const path = resolve('data', name);
	const options = (await prettier.resolveConfig(path)) ?? {};
	return prettier.format(JSON.stringify(value), { ...options, filepath: path });
}

/** `name` inside `dir`, refusing any path that would leave it. */
function inside(dir: string, name: string): string {
	const path = resolve(dir, name);
	if (!path.startsWith(resolve(dir) + sep)) throw new Error(`refusing to write outside ${dir}: ${name}`);
	return path;
}

export async function saveAddition(
	dataDir: string,
	body: unknown,
	files: SaveFs = nodeFs
): Promise<SaveResult> {
	const parsed = AdditionRequest.safeParse(body);
	if (!parsed.success) {
		return {
			ok: false,
			status: 400,
			problems: parsed.error.issues.map((issue) => ({
				file: '(request)',
				record: issue.path.slice(0, 2).join('.') || '(request)',
				field: issue.path.slice(2).join('.') || issue.path.join('.') || '(request)',
				expected: issue.message
			}))
		};
	}
	const addition: Addition = parsed.data;
	const raw = readDataFiles(dataDir);
	const problems = checkAddition(raw, addition);
	if (problems.length > 0) {
		const taken = problems.some((p) => p.field === 'id' && p.expected.includes('never overwrites'));
		return { ok: false, status: taken ? 409 : 422, problems };
	}
	const merged = mergeAddition(raw, addition);
	const writes: [string, string][] = [
		[join('articles', addition.article.file), addition.text],
		['articles.json', await formatJson(merged.articles, 'articles.json')]
	];
	if (addition.figures.length > 0 || addition.claims.length > 0) {
		writes.push(['figures.json', await formatJson(merged.figures, 'figures.json')]);
	}
	if (addition.events.length > 0 || addition.claims.length > 0) {
		writes.push(['events.json', await formatJson(merged.events, 'events.json')]);
	}
	const suffix = `.desk-${randomBytes(6).toString('hex')}.tmp`;
	const staged: [string, string][] = [];
	try {
		for (const [name, data] of writes) {
			const target = inside(dataDir, name);
			await files.writeFile(target + suffix, data);
			staged.push([target + suffix, target]);
		}
	} catch (error) {
		await Promise.all(staged.map(([temp]) => files.rm(temp)));
		throw error;
	}
	// The text first: until articles.json names it, a new text file is read by nothing.
	for (const [temp, target] of staged) await files.rename(temp, target);
	return { ok: true, written: writes.map(([name]) => `data/${name}`) };
}
