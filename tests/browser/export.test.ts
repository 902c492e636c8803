/**
 * Downloading a chart as a presenter does: the download menu's links are the export endpoint, so the
 * file saved is byte for byte what the endpoint serves for the same options. And bad options are a
 * 400 that says what is allowed without repeating what was sent.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { guardedContext, launch } from './browser';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

async function open(width = 1440) {
	const { context, outside } = await guardedContext(browser, [base], {
		viewport: { width, height: 900 },
		acceptDownloads: true
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(base + '/', { waitUntil: 'networkidle' });
	return { page, context, outside, errors };
}

/** Clicks a download link and returns the saved file's name, bytes and the link's href. */
async function download(page: Page, link: Locator) {
	const href = (await link.getAttribute('href'))!;
	const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
	const path = await file.path();
	return { href, name: file.suggestedFilename(), bytes: readFileSync(path) };
}

async function fetchBytes(href: string) {
	const res = await fetch(base + href);
	return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('download menu', () => {
	it('downloads the arrests chart at 1920×1080, dark: the same bytes as the endpoint', async () => {
		const { page, context, outside, errors } = await open();
		const menu = page.locator('#chart-arrests div.download-menu');
		const toggle = menu.locator('button[aria-expanded]');
		// The menu's code loads as it is first used: the click opens it once it is there.
		await toggle.click();
		await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
		await menu.locator('select[name=preset]').selectOption('slide-1080');
		await menu.locator('select[name=theme]').selectOption('dark');

		const svg = await download(page, menu.getByRole('link', { name: /SVG/ }));
		expect(svg.href).toBe('/export/arrests.svg?preset=slide-1080&theme=dark');
		expect(svg.name).toBe('belarus-2020-arrests-nl-1920x1080-dark.svg');
		const fromEndpoint = await fetchBytes(svg.href);
		expect(fromEndpoint.res.headers.get('content-type')).toBe('image/svg+xml;charset=utf-8');
		expect(svg.bytes.equals(fromEndpoint.bytes)).toBe(true);
		expect(svg.bytes.toString('utf8')).toMatch(/^<svg [^>]*width="1920" height="1080"/);

		const png = await download(page, menu.getByRole('link', { name: /PNG/ }));
		expect(png.href).toBe('/export/arrests.png?preset=slide-1080&theme=dark');
		expect(png.name).toBe('belarus-2020-arrests-nl-1920x1080-dark.png');
		const pngFromEndpoint = await fetchBytes(png.href);
		expect(pngFromEndpoint.res.headers.get('content-type')).toBe('image/png');
		expect(png.bytes.equals(pngFromEndpoint.bytes)).toBe(true);
		expect(png.bytes.readUInt32BE(16)).toBe(1920);
		expect(png.bytes.readUInt32BE(20)).toBe(1080);

		expect(outside).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('loads its code only when first used, and opens on clicks that came while it loaded', async () => {
		const { page, context, errors } = await open();
		const menuCode = /\/islands\/chunks\/DownloadMenu-[\w-]+\.js$/;
		// Nothing of the menu came with the page.
		expect(
			await page.evaluate(
				(source) => performance.getEntriesByType('resource').some((e) => new RegExp(source).test(e.name)),
				menuCode.source
			)
		).toBe(false);
		// Its code held on the way until the reader's click has come.
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		let asked = 0;
		await page.route(menuCode, async (route) => {
			asked++;
			await held;
			await route.continue();
		});
		const menu = page.locator('#chart-arrests div.download-menu');
		const toggle = menu.locator('button[aria-expanded]');
		await toggle.click();
		await expect.poll(() => asked).toBe(1);
		expect(await toggle.getAttribute('aria-expanded')).toBe('false');
		// A reader who sees nothing happen clicks again: the menu still opens, once.
		await toggle.click();
		expect(await toggle.getAttribute('aria-expanded')).toBe('false');
		release();
		await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
		expect(await menu.locator('.panel').isVisible()).toBe(true);
		expect(asked).toBe(1);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('offers the size on screen and keeps the view’s language and period in the links', async () => {
		const { page, context } = await open(375);
		await page.goto(base + '/?lang=en&from=2020-09-01&to=2020-09-30', { waitUntil: 'networkidle' });
		const menu = page.locator('#chart-protests div.download-menu');
		await menu.locator('button[aria-expanded]').click();
		const preset = menu.locator('select[name=preset]');
		const screen = preset.locator('option[value=screen]');
		expect(await screen.textContent()).toMatch(/^As on screen \(\d+ × \d+\)$/);
		await preset.selectOption('screen');
		await menu.locator('select[name=theme]').selectOption('transparent');
		const href = await menu.getByRole('link', { name: /SVG/ }).getAttribute('href');
		expect(href).toMatch(
			/^\/export\/protests\.svg\?w=\d+&h=300&lang=en&theme=transparent&from=2020-09-01&to=2020-09-30$/
		);
		const { res } = await fetchBytes(href!);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-disposition')).toMatch(
			/filename="belarus-2020-protests-en-\d+x300-transparent\.svg"/
		);
		await context.close();
	});

	it('is keyboard-usable and passes axe when open', async () => {
		const { page, context } = await open();
		const menu = page.locator('#chart-arrests div.download-menu');
		const toggle = menu.locator('button[aria-expanded]');
		expect(await toggle.getAttribute('aria-expanded')).toBe('false');
		expect(await menu.locator('.panel').isVisible()).toBe(false);
		await toggle.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('preset');
		await page.keyboard.press('Escape');
		expect(await toggle.getAttribute('aria-expanded')).toBe('false');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('false');
		await toggle.click();
		const results = await new AxeBuilder({ page }).include('#chart-arrests div.download-menu').analyze();
		expect(results.violations.map((v) => v.id)).toEqual([]);
		await context.close();
	});

	it('follows a new period the dashboard shows, in a menu left open and in one opened after', async () => {
		const { page, context, errors } = await open();
		const period = 'from=2020-09-01&to=2020-09-30';
		const arrests = page.locator('#chart-arrests div.download-menu');
		await arrests.locator('button[aria-expanded]').click();
		await page.locator('[data-preset="september"]').click();
		// Left open while the period changed: it stays open, and its links take the new period.
		await expect
			.poll(() => arrests.getByRole('link', { name: /PNG/ }).getAttribute('href'))
			.toBe(`/export/arrests.png?preset=slide-1080&theme=light&${period}`);
		expect(await arrests.locator('button[aria-expanded]').getAttribute('aria-expanded')).toBe('true');
		const map = page.locator('#chart-map div.download-menu');
		// The map's island runs as the reader comes to it: a click that came first is handed to it.
		await map.locator('button[aria-expanded]').click();
		await expect.poll(() => map.locator('button[aria-expanded]').getAttribute('aria-expanded')).toBe('true');
		expect(await map.getByRole('link', { name: /PNG/ }).getAttribute('href')).toBe(
			`/export/map.png?preset=slide-1080&theme=light&${period}`
		);
		for (const chart of ['arrests', 'map']) {
			const menu = page.locator(`#chart-${chart} div.download-menu`);
			await menu.locator('select[name=preset]').selectOption('screen');
			expect(await menu.getByRole('link', { name: /SVG/ }).getAttribute('href')).toMatch(
				new RegExp(`^/export/${chart}\\.svg\\?w=\\d+&h=\\d+&theme=light&${period}$`)
			);
		}
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('export endpoint', () => {
	it('answers a bad option with 400 naming what is allowed, without echoing the input', async () => {
		const res = await fetch(`${base}/export/arrests.svg?preset=nope`);
		expect(res.status).toBe(400);
		expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
		const body = await res.text();
		expect(body).toContain('preset');
		for (const p of ['slide-1080', 'slide-720', 'square', 'portrait', 'social']) expect(body).toContain(p);
		expect(body).not.toContain('nope');
	});

	it('refuses a PNG too large to draw', async () => {
		const res = await fetch(`${base}/export/arrests.png?w=4000&h=4000&scale=3`);
		expect(res.status).toBe(400);
		expect(await res.text()).toMatch(
			/^The option "scale" is too large for this size\. Allowed: at most 1 at 4000×4000/
		);
	});

	it('answers an unknown chart or extension with 404 listing the charts', async () => {
		for (const path of ['/export/nope.svg', '/export/arrests.gif']) {
			const res = await fetch(base + path);
			expect(res.status, path).toBe(404);
			const body = await res.text();
			for (const id of ['arrests', 'protests', 'sanctions', 'timeline', 'map']) expect(body).toContain(id);
			expect(body).not.toContain('nope');
		}
	});

	it('serves files with a strong ETag (weak when compressed), 304 when it matches, and cache headers', async () => {
		const res = await fetch(`${base}/export/map.svg`, { headers: { 'accept-encoding': 'identity' } });
		expect(res.status).toBe(200);
		const etag = res.headers.get('etag')!;
		expect(etag).toMatch(/^"[\w-]+"$/);
		// Compressed on the way (brotli), the same file's tag is the weak form of that one.
		const packed = await fetch(`${base}/export/map.svg`, { headers: { 'accept-encoding': 'br' } });
		expect(packed.headers.get('content-encoding')).toBe('br');
		expect(packed.headers.get('etag')).toBe(`W/${etag}`);
		expect(
			(await fetch(`${base}/export/map.svg`, { headers: { 'if-none-match': `W/${etag}` } })).status
		).toBe(304);
		expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
		expect(res.headers.get('content-disposition')).toBe(
			'attachment; filename="belarus-2020-map-nl-1280x720.svg"'
		);
		const again = await fetch(`${base}/export/map.svg`, { headers: { 'if-none-match': etag } });
		expect(again.status).toBe(304);
		const png = await fetch(`${base}/export/map.png?scale=2&preset=square`);
		expect(png.headers.get('content-disposition')).toBe(
			'attachment; filename="belarus-2020-map-nl-1080x1080@2x.png"'
		);
		const bytes = Buffer.from(await png.arrayBuffer());
		expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([2160, 2160]);
	});

	it('gives the dashboard a social card pointing at the arrests PNG', async () => {
		const html = await (await fetch(`${base}/?lang=en`)).text();
		const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1].replace(/&amp;/g, '&');
		expect(image).toBe(`${base}/export/arrests.png?preset=social&lang=en`);
		expect(html).toContain('<meta name="twitter:card" content="summary_large_image"');
		const res = await fetch(image!);
		expect(res.headers.get('content-type')).toBe('image/png');
	});
});
