/**
 * What a presenter takes away: a chart with their own words (and a 400 that does not repeat
 * over-long ones), the pack of every chart of a period with its data and sources, from the download
 * menu, and the print view, whose charts never break across pages on A4 or Letter.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { csvParseRows } from 'd3-dsv';
import { unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startBuiltSite, type BuiltSite } from '../../src/scripts/built-site';
import { decodePng, distinctColours, pngSize, rowsUnlikeFirst } from '../unit/export/png';
import { guardedContext, launch } from './browser';

const base = inject('baseUrl');
const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'pack-test-'));
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	rmSync(dir, { recursive: true, force: true });
});

const charts = ['arrests', 'protests', 'sanctions', 'timeline', 'map'];

describe('own words on an export', () => {
	it('a title with markup, quotes and emoji comes back as text in the SVG and the PNG draws', async () => {
		const headline = 'Meer dan 700 <opgepakt> & "vrijgelaten" 🇧🇾 in één week';
		const q = new URLSearchParams({ preset: 'social', headline, note: 'Noot: zie dia 3' });
		const svg = await (await fetch(`${base}/export/protests.svg?${q}`)).text();
		expect(svg).toContain('Meer dan 700 &lt;opgepakt> &amp; "vrijgelaten" 🇧🇾 in één week');
		expect(svg).not.toContain('<opgepakt>');
		const res = await fetch(`${base}/export/protests.png?${q}`);
		expect(res.status).toBe(200);
		expect(pngSize(new Uint8Array(await res.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
	});

	it('an over-long title is a 400 naming the limit, without echoing it', async () => {
		const headline = 'TOOLONG' + 'x'.repeat(200);
		for (const ext of ['svg', 'png']) {
			const res = await fetch(`${base}/export/arrests.${ext}?headline=${headline}`);
			const body = await res.text();
			expect(res.status).toBe(400);
			expect(body).toContain('"headline"');
			expect(body).toContain('at most 200 characters');
			expect(body).not.toContain('TOOLONG');
		}
	});

	it('own words that cannot fit a small file are a 400 saying so, without echoing them', async () => {
		const q = new URLSearchParams({ w: '300', h: '200', headline: 'SECRET ' + 'woord '.repeat(30) });
		const res = await fetch(`${base}/export/arrests.svg?${q}`);
		const body = await res.text();
		expect(res.status).toBe(400);
		expect(body).toMatch(/too long for a file of 300×200/);
		expect(body).not.toContain('SECRET');
	});
});

describe('the pack', () => {
	const period = { from: '2020-09-01', to: '2020-10-12' };

	it('at slide-1080 unzips to every chart as SVG and PNG, the records of the period, SOURCES.md and README.md', async () => {
		const q = new URLSearchParams({ preset: 'slide-1080', ...period });
		const res = await fetch(`${base}/export/pack.zip?${q}`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('application/zip');
		expect(res.headers.get('content-disposition')).toBe(
			'attachment; filename="belarus-2020-pack-nl-1920x1080-2020-09-01-2020-10-12.zip"'
		);
		const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
		const names = Object.keys(files);
		expect(names.sort()).toEqual(
			[
				'README.md',
				'SOURCES.md',
				'figures.csv',
				'figures.json',
				...charts.flatMap((c) => [`belarus-2020-${c}-nl-1920x1080.svg`, `belarus-2020-${c}-nl-1920x1080.png`])
			].sort()
		);
		// ignoreBOM: keep the BOM the CSV starts with, to compare it too.
		const text = (name: string) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(files[name]);

		for (const c of charts) {
			// The SVG: the endpoint's file, well formed and drawn outside a browser at its size.
			const svg = text(`belarus-2020-${c}-nl-1920x1080.svg`);
			const single = await (await fetch(`${base}/export/${c}.svg?${q}`)).text();
			expect(svg).toBe(single);
			expect(svg).not.toMatch(/<script|<foreignObject|\shref="(?!#)/i);
			const file = join(dir, `${c}.svg`);
			writeFileSync(file, svg);
			await run('/usr/bin/rsvg-convert', ['--format=png', '-o', `${file}.png`, file]);
			// The PNG: the slide's size, not blank.
			const png = files[`belarus-2020-${c}-nl-1920x1080.png`];
			expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
			const img = decodePng(png);
			expect(distinctColours(img)).toBeGreaterThan(10);
			expect(rowsUnlikeFirst(img)).toBeGreaterThan(108);
		}

		// figures.csv: /data/figures.csv's header and its rows of records in the period, byte for byte.
		const all = await (await fetch(`${base}/data/figures.csv`)).text();
		const allRows = csvParseRows(all.replace(/^\uFEFF/, ''));
		const [header] = allRows;
		const col = (name: string) => header.indexOf(name);
		const lines = all.split('\r\n');
		const inPeriod = allRows
			.map((r, i) => ({ r, line: lines[i] }))
			.slice(1)
			.filter(
				({ r }) => r[col('date')] <= period.to && (r[col('date_end')] || r[col('date')]) >= period.from
			);
		expect(lines.length).toBe(allRows.length + 1); // no cell holds a line break: a row is a line
		const csv = text('figures.csv');
		expect(csv).toBe(
			'\uFEFF' + [lines[0].replace(/^\uFEFF/, ''), ...inPeriod.map((x) => x.line)].join('\r\n') + '\r\n'
		);
		expect(inPeriod.length).toBeGreaterThan(5);

		// figures.json: the same records.
		const json = JSON.parse(text('figures.json')) as { figures: { id: string }[]; events: { id: string }[] };
		const ids = inPeriod.map(({ r }) => r[col('id')]);
		expect([...json.figures, ...json.events].map((r) => r.id).sort()).toEqual([...ids].sort());
		expect(JSON.parse(text('figures.json')).license.license).toBe('CC-BY-4.0');

		// SOURCES.md: exactly the articles of the records included, each with its sentences.
		const sources = text('SOURCES.md');
		const articleIds = new Set(inPeriod.map(({ r }) => r[col('article')]));
		const named = new Set([...sources.matchAll(/Artikel: `([0-9a-f_]+)`/g)].map((m) => m[1]));
		expect(named).toEqual(articleIds);
		for (const { r } of inPeriod) expect(sources).toContain(`> ${r[col('quote')]}`);

		const readme = text('README.md');
		expect(readme).toContain('1 sep – 12 okt 2020');
		expect(readme).toContain('CC-BY-4.0');
		expect(readme).toContain('Belarus 2020: the protests in figures');
	}, 60_000);

	it('refuses a bad option with a 400 that does not echo it, and answers a repeat with 304', async () => {
		const bad = await fetch(`${base}/export/pack.zip?preset=ECHOME`);
		const body = await bad.text();
		expect(bad.status).toBe(400);
		expect(body).toContain('"preset"');
		expect(body).not.toContain('ECHOME');
		const other = await fetch(`${base}/export/pack.zip?headline=x`);
		expect(other.status).toBe(400);

		const first = await fetch(`${base}/export/pack.zip?preset=slide-720&lang=en`);
		expect(first.status).toBe(200);
		const etag = first.headers.get('etag')!;
		expect(etag).toMatch(/^"/);
		const again = await fetch(`${base}/export/pack.zip?preset=slide-720&lang=en`, {
			headers: { 'if-none-match': etag }
		});
		expect(again.status).toBe(304);
	}, 60_000);
});

describe('the download menu', () => {
	it('takes own words into the file links, and offers the pack and the print view of the view', async () => {
		const { context, outside } = await guardedContext(browser, [base], {
			viewport: { width: 1280, height: 900 }
		});
		const page = await context.newPage();
		await page.goto(`${base}/?lang=en&from=2020-09-01&to=2020-09-30`, { waitUntil: 'networkidle' });
		const menu = page.locator('#chart-arrests div.download-menu');
		await menu.locator('button[aria-expanded]').click();
		await menu.locator('select[name=preset]').selectOption('slide-1080');
		await menu.getByLabel(/^Title/).fill('My <own> title & more');
		await menu.getByLabel(/^Note/).fill('Seen on slide 3');
		const png = menu.getByRole('link', { name: /PNG/ });
		await expect.poll(() => png.getAttribute('href')).toContain('headline=');
		const href = new URL((await png.getAttribute('href'))!, base);
		expect(href.searchParams.get('headline')).toBe('My <own> title & more');
		expect(href.searchParams.get('note')).toBe('Seen on slide 3');
		expect(await menu.getByLabel(/^Title/).getAttribute('maxlength')).toBe('200');

		const pack = menu.getByRole('link', { name: 'Everything for my slides' });
		expect(await pack.getAttribute('href')).toBe(
			'/export/pack.zip?preset=slide-1080&lang=en&theme=light&from=2020-09-01&to=2020-09-30'
		);
		const print = menu.getByRole('link', { name: 'Print all' });
		expect(await print.getAttribute('href')).toBe('/print?lang=en&from=2020-09-01&to=2020-09-30');
		expect(outside).toEqual([]);
		await context.close();
	});
});

describe('the print view', () => {
	// Content boxes inside @page's margins (14 mm top and bottom, 15 mm at the sides), at 96 px per inch.
	const mm = 96 / 25.4;
	const pages = { A4: { w: 210, h: 297 }, Letter: { w: 215.9, h: 279.4 } };

	it.each(Object.entries(pages))(
		'%s: every chart and the map, each smaller than a page and kept whole, with sources',
		async (format, size) => {
			const { context, outside } = await guardedContext(browser, [base], {
				viewport: { width: Math.floor((size.w - 30) * mm), height: Math.floor((size.h - 28) * mm) }
			});
			const page = await context.newPage();
			await page.goto(`${base}/print?from=2020-08-09&to=2020-10-12`, { waitUntil: 'load' });
			await page.emulateMedia({ media: 'print' });
			const figures = await page.$$eval('figure.printed-chart', (fs) =>
				fs.map((f) => {
					const img = f.querySelector('img')!;
					return {
						id: f.id,
						height: f.getBoundingClientRect().height,
						breakInside: getComputedStyle(f).breakInside,
						loaded: img.complete && img.naturalWidth > 0,
						alt: img.alt
					};
				})
			);
			expect(figures.map((f) => f.id)).toEqual(charts.map((c) => `print-${c}`));
			const pageHeight = (size.h - 28) * mm;
			for (const f of figures) {
				expect(f.breakInside, f.id).toBe('avoid');
				expect(f.height, f.id).toBeLessThan(pageHeight / 2);
				expect(f.loaded, f.id).toBe(true);
				expect(f.alt.length, f.id).toBeGreaterThan(20);
			}
			// The sources: each article links to its text, its sentences quoted.
			expect(await page.locator('.sentences h3 a[href^="/sources/"]').count()).toBe(5);
			expect(await page.locator('.sentences q').count()).toBeGreaterThan(30);

			expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

			// Chromium prints it to a PDF.
			const pdf = await page.pdf({ format: format as 'A4' | 'Letter' });
			expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
			expect(outside).toEqual([]);
			await context.close();
		},
		30_000
	);
});

describe('the pack and the PNG workers', () => {
	let site: BuiltSite | undefined;
	afterAll(() => site?.stop());

	it('takes a slot of the same pool: with one worker and no line, a pack and a PNG at once get one 503', async () => {
		site = await startBuiltSite(Number(process.env.BURST_PORT ?? 0), {
			PNG_WORKERS: '1',
			PNG_QUEUE: '0',
			PNG_TIMEOUT_MS: '60000'
		});
		const answers = await Promise.all(
			[`/export/map.png?w=2000&h=2000&scale=3`, `/export/pack.zip?preset=slide-1080`].map(async (path) => {
				const res = await fetch(site!.url + path);
				return { res, body: await res.text() };
			})
		);
		const refused = answers.filter((a) => a.res.status === 503);
		expect(refused.length).toBe(1);
		expect(answers.filter((a) => a.res.status === 200).length).toBe(1);
		expect(refused[0].res.headers.get('retry-after')).toBe('5');
		expect(refused[0].body).toMatch(/^The PNG export is busy: it draws 1 file at a time/);
		expect(site.running()).toBe(true);
	}, 60_000);
});
