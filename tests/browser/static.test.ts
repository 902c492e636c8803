/**
 * The static folder (`npm run build:static`) served by a plain static file server
 * (`npm run serve:static`: sirv, no code of the site): the dashboard, a widget and the downloads
 * work there as on the Node server, the address's options applied in the browser, and no request
 * leaves the site. Built here from the browser tests' build, into its own folder.
 */
import { printed } from '../../src/scripts/printed';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildStatic } from '../../src/scripts/build-static';
import { freePort } from '../../src/scripts/built-site';
import { chartModel } from '$lib/charts/chartModel';
import { dataset } from '$lib/data/dataset';
import { story } from '$lib/story/storyData';
import { decodePng, distinctColours, pngSize, rowsUnlikeFirst } from '../unit/export/png';
import { expectStandaloneSvg, unescape } from '../unit/export/standalone';
import { guardedContext, launch } from './browser';

const node = inject('baseUrl');
const outDir = resolve('build-static-test');
let site: string;
let server: ChildProcess;
let browser: Browser;

beforeAll(async () => {
	const port = await freePort();
	site = `http://localhost:${port}`;
	await buildStatic({ buildDir: resolve(process.env.BUILD_DIR ?? 'build'), outDir, origin: site });
	server = spawn(process.execPath, ['src/scripts/serve-static.js'], {
		env: { ...process.env, STATIC_DIR: outDir, PORT: String(port), HOST: '127.0.0.1' },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await printed(server, /^Serving .* on http/m);
	browser = await launch();
}, 300_000);

afterAll(async () => {
	await browser?.close();
	server?.kill();
	rmSync(outDir, { recursive: true, force: true });
});

/** A page of the static site in a context that refuses and records any request to another host. */
async function open(path: string, width = 1440) {
	const { context, outside } = await guardedContext(browser, [site], {
		viewport: { width, height: 900 },
		acceptDownloads: true
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(site + path, { waitUntil: 'networkidle' });
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	return { page, context, outside, errors };
}

const marks = (page: Page, chart: string) => page.locator(`#chart-${chart} svg .mark`);
const ids = (marksOf: Locator) => marksOf.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
const september = new Set(
	[...dataset.figures, ...dataset.events]
		.filter((r) => r.date <= '2020-09-30' && (r.date_end ?? r.date) >= '2020-09-01')
		.map((r) => r.id)
);

async function download(page: Page, control: Locator) {
	const [file] = await Promise.all([page.waitForEvent('download'), control.click()]);
	return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

describe('the static folder', () => {
	it('is plain files: the host sends the caching rules of its _headers file, and no _headers itself', async () => {
		const page = await fetch(site + '/');
		expect(page.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=86400');
		expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
		const widget = await fetch(site + '/embed/arrests');
		expect(widget.headers.get('content-security-policy')).toContain('frame-ancestors *');
		const html = await page.text();
		const hashed = /\/_app\/immutable\/[^"]+\.woff2/.exec(html)![0];
		expect((await fetch(site + hashed)).headers.get('cache-control')).toBe(
			'public, max-age=31536000, immutable'
		);
		const csv = await fetch(site + '/data/figures.csv');
		expect(csv.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
		expect(csv.headers.get('link')).toContain('rel="license"');
		expect((await fetch(site + '/_headers')).status).toBe(404);
		expect((await fetch(site + '/no-such-page')).status).toBe(404);
	});

	it('holds the Node server’s pages and data: the same bytes for the same options', async () => {
		// The same bytes, but for the origin the JSON names its licence file at.
		const bytes = async (url: string) =>
			Buffer.from((await (await fetch(url)).text()).replaceAll(site, 'ORIGIN').replaceAll(node, 'ORIGIN'));
		for (const path of [
			'/data/figures.json',
			'/data/figures.csv',
			'/data/arrests.csv',
			'/map/basemap-dark.svg'
		])
			expect((await bytes(site + path)).equals(await bytes(node + path)), path).toBe(true);
		// A page differs only in the links it writes about its host (origin, oEmbed file, social card).
		const text = async (url: string) =>
			(await (await fetch(url)).text())
				.replaceAll(site, 'ORIGIN')
				.replaceAll(node, 'ORIGIN')
				.replace(/ data-host="\w+"/, '')
				.replace(/<link rel="alternate"[^>]*>|<meta (property|name)="(og|twitter):image"[^>]*>/g, '')
				// An article's page there has the script that takes `?lang=en` to its English copy.
				.replace(/<script type="module" src="\/islands\/static-language\.js[^"]*"><\/script>/, '')
				// and Svelte's markers of the block that holds it
				.replace(/<!--[^>]*-->/g, '');
		expect(await text(`${site}/en/embed/protests`)).toBe(await text(`${node}/embed/protests?lang=en`));
		expect(await text(`${site}/sources/004_4113c25ad55cc416`)).toBe(
			await text(`${node}/sources/004_4113c25ad55cc416`)
		);
	});

	it('answers oEmbed with a file per widget, linked from the widget page', async () => {
		const html = await (await fetch(site + '/en/embed/map')).text();
		const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)![1];
		expect(href).toBe(`${site}/oembed/map.en.json`);
		const oembed = await (await fetch(href)).json();
		expect(oembed).toMatchObject({ type: 'rich', version: '1.0' });
		expect(oembed.title).toMatch(/^Map\b/);
		expect(oembed.html).toContain(`src="${site}/embed/map?lang=en"`);
		const social = /<meta property="og:image" content="([^"]+)"/.exec(html)![1];
		expect(social).toBe(`${site}/export/belarus-2020-map-en-1200x630.png`);
		expect(pngSize(Buffer.from(await (await fetch(social)).arrayBuffer()))).toEqual({
			width: 1200,
			height: 630
		});
	});
});

describe('the dashboard on a static host', () => {
	it('draws every chart’s marks, shows a mark’s quote on hover and its source panel on a click', async () => {
		const { page, context, outside, errors } = await open('/');
		const count = { arrests: 5, protests: 5, sanctions: 2, timeline: 30 };
		for (const [chart, n] of Object.entries(count)) expect(await marks(page, chart).count(), chart).toBe(n);
		await page.locator('#chart-arrests a.mark[data-id="arrests-001-sunday-minsk"] rect').first().hover();
		const tip = page.locator('#chart-arrests [role="tooltip"]');
		await expect.poll(() => tip.textContent()).toContain('meer dan 700');
		expect(await tip.textContent()).toContain('In Minsk werden meer dan 700 mensen aangehouden.');
		await page.locator('#chart-arrests a.mark[data-id="arrests-004-sunday"]').click();
		await expect
			.poll(() => page.locator('.source-panel mark').textContent())
			.toBe('Zondag werden 774 betogers opgepakt, van wie 500 in de hoofdstad Minsk.');
		await expect.poll(() => page.url()).toContain('sel=arrests-004-sunday');
		expect(outside).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('changes the range with no request, and a reload of its address restores the view', async () => {
		const { page, context, outside } = await open('/');
		// Leaflet comes when the map comes near: once it has, a range change needs nothing more.
		await page.locator('#chart-map').scrollIntoViewIfNeeded();
		await page.locator('#chart-map .leaflet-map.ready').waitFor();
		await page.waitForLoadState('networkidle');
		const requests: string[] = [];
		// (but the browser's own, for the tab's icon)
		page.on('request', (r) => new URL(r.url()).pathname !== '/favicon.svg' && requests.push(r.url()));
		await page.locator('[data-preset="september"]').click();
		await expect
			.poll(async () => (await ids(marks(page, 'arrests'))).sort())
			.toEqual(['arrests-004-sunday', 'arrests-004-sunday-minsk']);
		await expect.poll(() => page.url()).toContain('from=2020-09-01&to=2020-09-30');
		expect(requests).toEqual([]);
		// The host sends the default page for this address: the islands draw the address's view.
		await page.reload({ waitUntil: 'networkidle' });
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await expect
			.poll(async () => (await ids(marks(page, 'arrests'))).sort())
			.toEqual(['arrests-004-sunday', 'arrests-004-sunday-minsk']);
		for (const chart of ['protests', 'sanctions', 'timeline'])
			for (const id of await ids(marks(page, chart)))
				expect(september.has(id!), `${chart}: ${id}`).toBe(true);
		expect(await page.locator('[data-preset="september"]').getAttribute('aria-current')).toBe('true');
		expect(outside).toEqual([]);
		await context.close();
	});

	it('opens in English for ?lang=en, with the address’s range, panel and theme', async () => {
		const { page, context, outside } = await open(
			'/?lang=en&from=2020-09-01&to=2020-09-30&sel=loan-004-russia&theme=dark'
		);
		expect(new URL(page.url()).pathname).toBe('/en/');
		expect(await page.locator('h1').textContent()).toBe('Belarus 2020: the protests in figures');
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
		expect(await page.locator('.headlines').textContent()).toContain('$1.5 billion');
		await expect.poll(() => marks(page, 'arrests').count()).toBe(2);
		await expect.poll(() => page.locator('.source-panel mark').textContent()).toContain('1,5 miljard dollar');
		expect(outside).toEqual([]);
		await context.close();
	});
});

describe('an article’s page on a static host', () => {
	it('goes to its English copy for ?lang=en', async () => {
		const { context, outside } = await guardedContext(browser, [site]);
		const page = await context.newPage();
		await page.goto(`${site}/sources/004_4113c25ad55cc416?lang=en`, { waitUntil: 'networkidle' });
		await expect.poll(() => new URL(page.url()).pathname).toBe('/en/sources/004_4113c25ad55cc416');
		expect(await page.locator('h1').textContent()).toBe(
			dataset.articles.find((a) => a.id === '004_4113c25ad55cc416')!.title_en
		);
		expect(outside).toEqual([]);
		await context.close();
	});
});

describe('a widget on a static host', () => {
	it('?lang=en&from=2020-09-01&to=2020-09-30 is drawn for that range, in English, in the browser', async () => {
		const path = '/embed/arrests?lang=en&from=2020-09-01&to=2020-09-30';
		const { page, context, outside, errors } = await open(path, 640);
		expect(new URL(page.url()).pathname).toBe('/en/embed/arrests');
		expect(await page.locator('h1').textContent()).toBe('Arrests');
		const drawn = page.locator('svg .mark');
		await expect
			.poll(async () => (await ids(drawn)).sort())
			.toEqual(['arrests-004-sunday', 'arrests-004-sunday-minsk']);
		// What the Node server draws for the same address.
		const html = await (await fetch(node + path)).text();
		const fromNode = [...html.matchAll(/class="mark[^"]*"[^>]*data-id="([^"]+)"/g)].map((m) => m[1]);
		expect(new Set(fromNode)).toEqual(new Set(await ids(drawn)));
		expect(await page.locator('.chart-box svg text').allTextContents()).toContain('Sep 14');
		expect(outside).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('applies title, source, height and yscale from the address', async () => {
		const { page, context } = await open('/embed/protests?title=hide&source=hide&height=200&yscale=linear');
		await expect.poll(() => page.locator('h1').count()).toBe(0);
		expect(await page.locator('.chart-box').evaluate((el) => el.getBoundingClientRect().height)).toBe(200);
		expect(await page.locator('.chart-box').textContent()).not.toContain('log');
		expect(await page.getByText(/^Bron:/).count()).toBe(0);
		await context.close();
	});
});

describe('downloads on a static host', () => {
	it('a preset links the folder’s copy: the same bytes as the Node endpoint', async () => {
		const { page, context, outside } = await open('/?lang=en');
		const menu = page.locator('#chart-arrests div.download-menu');
		await menu.locator('button[aria-expanded]').click();
		await menu.locator('select[name=preset]').selectOption('slide-1080');
		await menu.locator('select[name=theme]').selectOption('dark');
		for (const ext of ['svg', 'png']) {
			const link = menu.getByRole('link', { name: new RegExp(ext, 'i') });
			expect(await link.getAttribute('href')).toBe(`/export/belarus-2020-arrests-en-1920x1080-dark.${ext}`);
			const file = await download(page, link);
			const endpoint = await fetch(`${node}/export/arrests.${ext}?preset=slide-1080&lang=en&theme=dark`);
			expect(file.bytes.equals(Buffer.from(await endpoint.arrayBuffer())), ext).toBe(true);
		}
		expect(outside).toEqual([]);
		await context.close();
	});

	it('a period the folder has no copy of is made in the browser: a standalone SVG and a drawn PNG', async () => {
		const { page, context, outside, errors } = await open('/?from=2020-09-01&to=2020-09-30');
		const menu = page.locator('#chart-arrests div.download-menu');
		await menu.locator('button[aria-expanded]').click();
		await menu.locator('select[name=preset]').selectOption('slide-720');
		expect(await menu.getByRole('link').count()).toBe(0);

		const svg = await download(page, menu.getByRole('button', { name: /SVG/ }));
		expect(svg.name).toBe('belarus-2020-arrests-nl-1280x720.svg');
		const o = { lang: 'nl', from: '2020-09-01', to: '2020-09-30', yscale: 'log' } as const;
		const model = chartModel('arrests', dataset, o);
		if (model.type !== 'figures') throw new Error('arrests draws figures');
		const text = svg.bytes.toString('utf8');
		await expectStandaloneSvg(
			text,
			{
				width: 1280,
				height: 720,
				theme: 'light',
				title: model.text.title,
				source: model.text.sourceLine,
				credit: story.nl.credit,
				records: model.marks.map((k) => k.figure)
			},
			join(outDir, 'browser-made.svg')
		);
		const metadata = JSON.parse(unescape(/<metadata>([\s\S]*)<\/metadata>/.exec(text)![1]));
		expect(metadata).toMatchObject({ chart: 'arrests', from: '2020-09-01', to: '2020-09-30' });

		// Made in a new page: a browser holds back a page's second download that no click started.
		await page.reload({ waitUntil: 'networkidle' });
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await menu.locator('button[aria-expanded]').click();
		await menu.locator('select[name=preset]').selectOption('slide-720');
		const png = await download(page, menu.getByRole('button', { name: /PNG/ }));
		expect(png.name).toBe('belarus-2020-arrests-nl-1280x720.png');
		expect(pngSize(png.bytes)).toEqual({ width: 1280, height: 720 });
		const img = decodePng(png.bytes);
		expect(distinctColours(img)).toBeGreaterThan(10);
		expect(rowsUnlikeFirst(img)).toBeGreaterThan(72);
		expect(outside).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});
});
