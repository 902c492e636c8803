/**
 * Saving at the desk, into a temporary copy of data/: a sixth article end to end (the dataset still
 * validates, the diff holds only new lines, the text is kept byte for byte), and the saves that must
 * write nothing: a bad card, a taken id, a write interrupted half-way.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/lib/data/validate';
import type { Place } from '../../../src/lib/data/schema';
import { cardsOf, type Card } from '../../../src/lib/desk/cards';
import { additionOf, type ArticleForm } from '../../../src/lib/desk/deskModel';
import { saveAddition, type SaveFs } from '../../../src/lib/desk/save.server';
import { readDataFiles } from '../../../src/scripts/read-data';

const fixture = readFileSync(new URL('../../browser/fixtures/desk-article.txt', import.meta.url), 'utf8');
let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'desk-data-'));
	cpSync('data', dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const form: ArticleForm = {
	id: '005_0123456789abcdef',
	language: 'nl',
	title: 'Opnieuw massaal protest in Minsk',
	title_en: 'Mass protest in Minsk again',
	date: '2020-09-13',
	date_reasoning: "Date line 2020-09. 'Zondag' read against Sunday 13 September. Confirmed at the desk."
};

/** The fixture's cards as a reporter leaves them: three accepted (one metric corrected), the age rejected. */
function reviewedCards(): Card[] {
	const raw = readDataFiles(dir);
	const cards = cardsOf(fixture, form.id, form.date, raw.places as Place[]);
	const byWords = (words: string) => cards.find((c) => c.words === words)!;
	Object.assign(byWords('tienduizenden'), {
		status: 'accepted',
		date_words_en: 'On Sunday',
		quote_en:
			'On Sunday tens of thousands of demonstrators again took to the streets of Minsk against President Lukashenko.'
	});
	Object.assign(byWords('zeker 250'), {
		status: 'accepted',
		date_words_en: 'On Sunday (the sentence before)',
		quote_en:
			'According to the human rights organisation Viasna, at least 250 protesters were arrested in Minsk.'
	});
	Object.assign(byWords('honderdduizenden'), {
		status: 'accepted',
		metric: 'movement_size',
		side: '',
		quote_en:
			'She and hundreds of thousands of demonstrators across Belarus hold on to their demand for new elections.'
	});
	byWords('66').status = 'rejected';
	return cards.filter((c) => c.status === 'accepted');
}

const snapshot = (d: string) =>
	Object.fromEntries(
		[
			'articles.json',
			'figures.json',
			'events.json',
			...readdirSync(join(d, 'articles')).map((f) => `articles/${f}`)
		].map((f) => [f, readFileSync(join(d, f))])
	);

describe('saveAddition', () => {
	it('adds a sixth article end to end: the dataset validates and the diff holds only new lines', async () => {
		const raw = readDataFiles(dir);
		const result = await saveAddition(dir, additionOf(form, fixture, reviewedCards(), raw));
		expect(result).toEqual({
			ok: true,
			written: ['data/articles/005_0123456789abcdef.txt', 'data/articles.json', 'data/figures.json']
		});
		const saved = validateDataset(readDataFiles(dir));
		expect(saved.articles).toHaveLength(6);
		expect(
			saved.figures.filter((f) => f.article === form.id).map((f) => [f.metric, f.value, f.qualifier])
		).toEqual([
			['arrests', 250, 'at_least'],
			['protest_size', 10_000, 'magnitude'],
			['movement_size', 100_000, 'magnitude']
		]);
		expect(readFileSync(join(dir, 'articles/005_0123456789abcdef.txt'))).toEqual(
			Buffer.from(fixture, 'utf8')
		);
		const diff = spawnSync('git', ['diff', '--no-index', '--numstat', 'data', dir], { encoding: 'utf8' });
		const rows = diff.stdout
			.trim()
			.split('\n')
			.map((line) => line.split('\t'));
		// added, deleted, file: only additions, in the three files and the new text
		expect(rows.map(([added, deleted]) => [Number(added) > 0, Number(deleted)])).toEqual([
			[true, 0],
			[true, 0],
			[true, 0]
		]);
		expect(rows.map((r) => r[2]).join(' ')).toMatch(
			/articles\.json.*figures\.json.*\.txt|\.txt.*articles\.json.*figures\.json/
		);
	});

	it('keeps a text byte for byte, BOM and CRLF included', async () => {
		const text = `\uFEFF${fixture.replace(/\n/g, '\r\n')}`;
		const raw = readDataFiles(dir);
		const result = await saveAddition(dir, additionOf(form, text, [], raw));
		expect(result.ok).toBe(true);
		expect(readFileSync(join(dir, 'articles/005_0123456789abcdef.txt'))).toEqual(Buffer.from(text, 'utf8'));
	});

	it('refuses a bad card, naming file, record and field, and writes nothing', async () => {
		const before = snapshot(dir);
		const card = reviewedCards().find((c) => c.words === 'zeker 250')!;
		card.value = 260;
		const result = await saveAddition(dir, additionOf(form, fixture, [card], readDataFiles(dir)));
		expect(result).toMatchObject({
			ok: false,
			status: 422,
			problems: [
				{
					file: 'data/figures.json',
					record: card.id,
					field: 'value',
					expected: expect.stringContaining('the quote gives: at_least 250')
				}
			]
		});
		expect(snapshot(dir)).toEqual(before);
	});

	it('never overwrites a record or an article that is there', async () => {
		const before = snapshot(dir);
		const [card] = reviewedCards();
		card.id = 'arrests-004-sunday';
		const taken = await saveAddition(dir, additionOf(form, fixture, [card], readDataFiles(dir)));
		expect(taken).toMatchObject({
			ok: false,
			status: 409,
			problems: [{ record: 'arrests-004-sunday', field: 'id' }]
		});
		const again = await saveAddition(
			dir,
			additionOf({ ...form, id: '004_4113c25ad55cc416' }, fixture, [], readDataFiles(dir))
		);
		expect(again).toMatchObject({
			ok: false,
			status: 409,
			problems: [{ file: 'data/articles.json', field: 'id' }]
		});
		expect(snapshot(dir)).toEqual(before);
	});

	it('leaves every file intact when the write is interrupted half-way', async () => {
		const before = snapshot(dir);
		let writes = 0;
		const failing: SaveFs = {
			writeFile: async (path, data) => {
				if (++writes === 3) throw new Error('disk full');
				const { writeFile } = await import('node:fs/promises');
				await writeFile(path, data, { flag: 'wx' });
			},
			rename: async () => expect.fail('nothing may be renamed before every file is written'),
			rm: (path) => import('node:fs/promises').then((fs) => fs.rm(path, { force: true }))
		};
		await expect(
			saveAddition(dir, additionOf(form, fixture, reviewedCards(), readDataFiles(dir)), failing)
		).rejects.toThrow('disk full');
		expect(snapshot(dir)).toEqual(before);
		const left = [...readdirSync(dir), ...readdirSync(join(dir, 'articles'))].filter((f) =>
			f.endsWith('.tmp')
		);
		expect(left).toEqual([]);
	});

	it('answers 400 to a request that is no addition', async () => {
		const result = await saveAddition(dir, { article: { id: 'x' }, text: 3 });
		expect(result).toMatchObject({
			ok: false,
			status: 400,
			problems: expect.arrayContaining([
				expect.objectContaining({
					file: '(request)',
					field: 'text',
					expected: expect.stringContaining('string')
				})
			])
		});
	});
});
