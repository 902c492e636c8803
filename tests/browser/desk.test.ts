/**
 * The newsroom desk, end to end, on `npm run desk`'s server (vite dev) started in a temporary copy of the
 * project, so that the save writes into a copy of data/: a fixture article goes from paste to chart.
 * And the desk's guards: no /desk on the production server, no write without the printed token or from
 * another origin.
 */
import { printed } from '../../src/scripts/printed';
import AxeBuilder from '@axe-core/playwright';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { guardedContext, launch } from './browser';

const production = inject('baseUrl');
const port = Number(process.env.DESK_TEST_PORT ?? 4244);
const fixture = readFileSync(new URL('fixtures/desk-article.txt', import.meta.url), 'utf8');

let project: string;
let server: ChildProcess;
let desk: string;
let origin: string;
let token: string;
let browser: Browser;

const git = (...args: string[]) =>
	spawnSync(
		'git',
		['-c', 'user.name=desk test', '-c', 'user.email=desk@test', '-C', join(project, 'data'), ...args],
		{
			encoding: 'utf8'
		}
	).stdout;

/** A copy of the project to run the desk in: its own data/, the same packages (linked). */
function copyProject(): string {
	const dir = mkdtempSync(join(tmpdir(), 'desk-project-'));
	for (const name of [
		'src',
		'static',
		'data',
		'package.json',
		'svelte.config.js',
		'vite.config.ts',
		'tsconfig.json',
		'.prettierrc'
	]) {
		cpSync(name, join(dir, name), { recursive: true });
	}
	// A real node_modules of links, so that Vite's cache (node_modules/.vite) stays in the copy.
	mkdirSync(join(dir, 'node_modules'));
	for (const entry of readdirSync('node_modules')) {
		if (entry !== '.vite') symlinkSync(resolve('node_modules', entry), join(dir, 'node_modules', entry));
	}
	return dir;
}

beforeAll(async () => {
	project = copyProject();
	git('init', '-q');
	git('add', '-A');
	git('commit', '-qm', 'data as it was');
	spawnSync(process.execPath, ['node_modules/@sveltejs/kit/svelte-kit.js', 'sync'], { cwd: project });
	// As `npm run desk` does: the production build leaves the desk's script out, the desk builds it.
	const islands = spawnSync(process.execPath, ['src/scripts/build-scripts.mjs'], {
		cwd: project,
		encoding: 'utf8'
	});
	expect(islands.status, islands.stderr).toBe(0);
	const env = { ...process.env };
	delete env.DESK_TOKEN;
	delete env.VITEST;
	server = spawn(
		process.execPath,
		['node_modules/vite/bin/vite.js', 'dev', '--port', String(port), '--strictPort'],
		{
			cwd: project,
			env,
			stdio: ['ignore', 'pipe', 'inherit']
		}
	);
	// The desk prints its address with a new token once it listens.
	[, desk, token] = await printed(server, /Desk: (http:\/\/127\.0\.0\.1:\d+\/desk)#token=([\w-]+)/);
	origin = new URL(desk).origin;
	// The first answer waits for Vite to compile the page.
	expect((await fetch(desk)).status).toBe(200);
	browser = await launch();
}, 120_000);

afterAll(async () => {
	await browser?.close();
	server?.kill();
	if (project) rmSync(project, { recursive: true, force: true });
});

const post = (headers: Record<string, string>, body = '{}') =>
	fetch(`${origin}/desk/save`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body
	});

describe('the desk’s guards', () => {
	it('is no page of the production server: /desk, its save and its script are 404', async () => {
		expect((await fetch(`${production}/desk`)).status).toBe(404);
		// The production build leaves the desk's 150 KB script out: no reader ever needs it.
		expect((await fetch(`${production}/islands/desk.js`)).status).toBe(404);
		expect((await fetch(`${production}/islands/dashboard.js`)).status).toBe(200);
		const save = await fetch(`${production}/desk/save`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: production, 'x-desk-token': token },
			body: '{}'
		});
		expect(save.status).toBe(404);
	});

	it('refuses a write without the token, with a wrong one, or from another origin, and writes nothing', async () => {
		const none = await post({ origin });
		expect(none.status).toBe(401);
		expect((await none.json()).message).toContain('token');
		expect((await post({ origin, 'x-desk-token': `${token}x` })).status).toBe(401);
		const foreign = await post({ origin: 'http://example.org', 'x-desk-token': token });
		expect(foreign.status).toBe(403);
		expect((await foreign.json()).message).toContain('same origin');
		expect((await post({ 'x-desk-token': token })).status).toBe(403);
		const bad = await post({ origin, 'x-desk-token': token }, 'not json');
		expect(bad.status).toBe(400);
		expect(await bad.text()).not.toContain('not json');
		expect(git('status', '--porcelain')).toBe('');
	});
});

const card = (page: Page, words: string) =>
	page.locator('article.card', { has: page.locator('h3', { hasText: new RegExp(`· ${words}$`) }) });

describe('a new article at the desk', () => {
	it('goes from paste to chart: day confirmed, three accepted, one metric corrected, one rejected', async () => {
		const { context, outside } = await guardedContext(browser, [origin], {
			viewport: { width: 1440, height: 900 }
		});
		const page = await context.newPage();
		await page.goto(`${desk}#token=${token}`);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });

		await page.getByLabel('Article text').fill(fixture);
		await page.getByLabel('Title', { exact: true }).fill('Opnieuw massaal protest in Minsk');
		await page.getByLabel('Title in English').fill('Mass protest in Minsk again');
		await page.getByRole('button', { name: 'Read the article' }).click();
		await expect.poll(() => page.locator('[data-proposed-day]').textContent()).toBe('2020-09-13');
		expect(await page.locator('[data-day-reasoning]').textContent()).toContain("'zondag'");
		await page.getByRole('button', { name: 'Confirm the day' }).click();
		await expect.poll(() => page.locator('article.card').count()).toBe(5);

		// Every number, and the day of a sentence without one (a draft event), is marked in the text and
		// links to its card.
		expect(await page.locator('a[data-mark]').allTextContents()).toEqual([
			'tienduizenden',
			'zeker 250',
			'66',
			'9 augustus',
			'honderdduizenden'
		]);
		const event = card(page, '9 augustus');
		expect(await event.getByLabel('an event').isChecked()).toBe(true);
		expect(await event.getByLabel('Kind').inputValue()).toBe('election');
		expect(await event.getByLabel('Day', { exact: true }).inputValue()).toBe('2020-08-09');

		const protest = card(page, 'tienduizenden');
		expect(await protest.getByLabel('Metric').inputValue()).toBe('protest_size');
		expect(await protest.getByLabel('Side').inputValue()).toBe('opposition');
		expect(await protest.getByLabel('Place', { exact: true }).inputValue()).toBe('minsk');
		const arrests = card(page, 'zeker 250');
		expect(await arrests.getByLabel('Metric').inputValue()).toBe('arrests');
		expect(await arrests.getByLabel('Value').inputValue()).toBe('250');
		expect(await arrests.getByLabel('Qualifier').inputValue()).toBe('at_least');
		expect(await arrests.getByLabel('Day', { exact: true }).inputValue()).toBe('2020-09-13');
		expect(await arrests.locator('[data-date-from]').textContent()).toContain('from the sentence before');
		const age = card(page, '66');
		expect(await age.getByLabel('Metric').inputValue()).toBe('none');
		const movement = card(page, 'honderdduizenden');
		expect(await movement.getByLabel('Metric').inputValue()).toBe('protest_size');
		expect(await movement.locator('[data-date-from]').textContent()).toContain("the article's day");

		// A card without its translation: the message stands at the field, and nothing can be saved.
		await arrests.getByRole('button', { name: /^Accept/ }).click();
		const quoteEn = arrests.getByLabel('Quote in English (a faithful translation)');
		expect(await quoteEn.getAttribute('aria-invalid')).toBe('true');
		const message = page.locator(`#${await quoteEn.getAttribute('aria-describedby')}`);
		expect(await message.textContent()).toMatch(/8 characters/);
		expect(await page.locator('[data-save-problems]').textContent()).toContain('field "quote_en"');
		expect(await page.getByRole('button', { name: 'Save into data/' }).isDisabled()).toBe(true);

		await quoteEn.fill(
			'According to the human rights organisation Viasna, at least 250 protesters were arrested in Minsk.'
		);
		await arrests.getByLabel('Day words in English').fill('On Sunday (the sentence before)');
		await protest
			.getByLabel('Quote in English (a faithful translation)')
			.fill(
				'On Sunday tens of thousands of demonstrators again took to the streets of Minsk against President Lukashenko.'
			);
		await protest.getByLabel('Day words in English').fill('On Sunday');
		await protest.getByRole('button', { name: /^Accept/ }).click();
		await movement.getByLabel('Metric').selectOption('movement_size');
		await movement
			.getByLabel('Quote in English (a faithful translation)')
			.fill(
				'She and hundreds of thousands of demonstrators across Belarus hold on to their demand for new elections.'
			);
		await movement.getByRole('button', { name: /^Accept/ }).click();
		await age.getByRole('button', { name: /^Reject/ }).click();
		expect(await page.locator('[data-card-status]').allTextContents()).toEqual([
			'accepted',
			'accepted',
			'rejected',
			expect.stringMatching(/^to review/),
			'accepted'
		]);

		const axe = await new AxeBuilder({ page }).analyze();
		expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);

		await expect.poll(() => page.locator('[data-save-problems]').count()).toBe(0);
		await page.getByRole('button', { name: 'Save into data/' }).click();
		await page.locator('[data-save-result="saved"]').waitFor();

		// The diff of data/: new lines only, and the new article's text as it was pasted.
		expect(
			git('diff', '--numstat')
				.trim()
				.split('\n')
				.map((l) => l.split('\t').slice(1).join(' '))
		).toEqual(['0 articles.json', '0 figures.json']);
		expect(
			git('diff')
				.split('\n')
				.filter((l) => l.startsWith('-') && !l.startsWith('---'))
		).toEqual([]);
		const added = git('status', '--porcelain').trimEnd().split('\n');
		expect(added).toEqual([
			' M articles.json',
			' M figures.json',
			expect.stringMatching(/^\?\? articles\/005_[0-9a-f]{16}\.txt$/)
		]);
		const file = added[2].slice(3);
		expect(readFileSync(join(project, 'data', file), 'utf8')).toBe(fixture);

		// On reload, the dashboard draws the new marks, each with its quote. Read as the server drew it
		// (without JavaScript): under a development server the dashboard's islands do not hydrate
		// cleanly (a mismatch of the dev build's markup), which is no matter of the desk's.
		const { context: plain } = await guardedContext(browser, [origin], { javaScriptEnabled: false });
		const dashboard = await plain.newPage();
		await dashboard.goto(`${origin}/?from=2020-09-01&to=2020-09-30`);
		await dashboard.locator('#chart-arrests a.mark[data-id="arrests-005-2"] rect').first().click();
		expect(await dashboard.locator('.source-panel mark').textContent()).toBe(
			'Volgens de mensenrechtenorganisatie Viasna werden in Minsk zeker 250 betogers opgepakt.'
		);
		await dashboard.goto(`${origin}/?from=2020-09-01&to=2020-09-30`);
		await dashboard.locator('#chart-protests a.mark[data-id="protest-005-1"] rect').first().click();
		expect(await dashboard.locator('.source-panel mark').textContent()).toBe(
			'Zondag gingen in Minsk opnieuw tienduizenden demonstranten de straat op tegen president Loekasjenko.'
		);
		await plain.close();
		expect(outside).toEqual([]);
		await context.close();
	}, 120_000);

	it('is usable by keyboard: a mark in the text leads to its card', async () => {
		const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
		const page = await context.newPage();
		await page.goto(`${desk}#token=${token}`);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await page.getByLabel('Article text').fill(fixture);
		await page.getByRole('button', { name: 'Read the article' }).focus();
		await page.keyboard.press('Enter');
		await page.getByRole('button', { name: 'Confirm the day' }).focus();
		await page.keyboard.press('Enter');
		await page.locator('a[data-mark]').nth(1).focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('card-c2');
		await page.keyboard.press('Tab');
		// From the card on, Tab walks its fields: the first is the choice of figure or event.
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('radio');
		const axe = await new AxeBuilder({ page }).analyze();
		expect(axe.violations.map((v) => v.id)).toEqual([]);
		await context.close();
	}, 60_000);
});
