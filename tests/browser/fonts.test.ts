/**
 * The fonts the site serves are cut to the characters it shows (src/scripts/build-fonts.mjs): every
 * character on the dashboard, a widget and the sources view, in both languages, that Source Sans 3
 * has is still in each served weight, so no letter falls back to another font. On the dashboard and
 * the widgets the font never holds the first paint: it is used when it comes in time (before the
 * paint, from the cache), never swapped in after it (src/lib/islands/webFonts.ts), and without JavaScript the CSS has it.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import fontverter from 'fontverter';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readDataFiles } from '../../src/scripts/read-data';
import { guardedContext, launch, reloadWithCachedFont } from './browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

interface HarfBuzz {
	Blob: new (data: Uint8Array) => unknown;
	Face: new (blob: unknown, index: number) => { collectUnicodes(): Uint32Array };
}

async function unicodes(woff2: Uint8Array): Promise<Set<number>> {
	const hb = (await import('harfbuzzjs')) as unknown as HarfBuzz;
	const sfnt = await fontverter.convert(Buffer.from(woff2), 'sfnt');
	return new Set(new hb.Face(new hb.Blob(sfnt), 0).collectUnicodes());
}

/** Everything a reader can read on a page: its text, the SVG's included. */
async function shownText(path: string): Promise<string> {
	const page = await browser.newPage();
	await page.goto(base + path);
	const text = await page.evaluate(() => {
		document.querySelectorAll('script, style').forEach((el) => el.remove());
		return document.body.textContent ?? '';
	});
	await page.close();
	return text;
}

describe('the served fonts', () => {
	it('keep every character the site shows that Source Sans 3 has, in each weight', async () => {
		const articles = readDataFiles().articles as { id: string }[];
		const paths = ['/', '/?lang=en', '/embed/timeline?lang=en', ...articles.map((a) => `/sources/${a.id}`)];
		const shown = new Set<number>();
		for (const path of paths)
			for (const c of await shownText(path)) if (c.trim()) shown.add(c.codePointAt(0)!);
		expect(shown.size).toBeGreaterThan(80);

		const html = await (await fetch(base + '/')).text();
		const served = [
			...html.matchAll(/url\((\/_app\/immutable\/assets\/source-sans-3-(\d+)\.[\w-]+\.woff2)\)/g)
		];
		expect(served.map((m) => m[2]).sort()).toEqual(['400', '600', '700']);
		for (const [, url, weight] of served) {
			const bytes = new Uint8Array(await (await fetch(base + url)).arrayBuffer());
			const full = await unicodes(
				readFileSync(
					`node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff2`
				)
			);
			const cut = await unicodes(bytes);
			const missing = [...shown]
				.filter((c) => full.has(c) && !cut.has(c))
				.map((c) => String.fromCodePoint(c));
			expect(missing, weight).toEqual([]);
			expect(bytes.length, weight).toBeLessThan(12_000);
		}
	});
});

/** The font files the page asked for, and the font it uses. */
function fontState() {
	return {
		asked: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
			.filter((r) => r.name.endsWith('.woff2'))
			.map((r) => r.startTime),
		fonts: document.documentElement.dataset.fonts,
		faces: [...document.fonts]
			.filter((f) => f.family.replaceAll('"', '') === 'Source Sans 3')
			.map((f) => `${f.weight} ${f.status}`)
			.sort(),
		font: getComputedStyle(document.querySelector('h1, h2')!).fontFamily
	};
}

describe('the font on the dashboard and the widgets', () => {
	for (const path of ['/', '/embed/arrests', '/embed/map'])
		it(`${path}: never holds the first paint, and is used when it comes in time`, async () => {
			const { context, outside } = await guardedContext(browser, [base]);
			const page = await context.newPage();
			// Each font file is held until the page has painted: a paint that waited for them never comes.
			let held = 0;
			await page.route(/\.woff2$/, async (route) => {
				held++;
				await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
				await route.continue();
			});
			await page.goto(base + path);
			await page.locator('html[data-fonts]').waitFor({ state: 'attached' });
			expect(held).toBe(3);
			expect(outside).toEqual([]);
			await context.close();
			// From the cache, the files come at once: the page then sets its text in them. (Routing,
			// as above, turns the browser's cache off: this is a context of its own.)
			const cache = await browser.newContext();
			const again = await cache.newPage();
			await again.goto(base + path);
			await again.locator('html[data-fonts]').waitFor({ state: 'attached' });
			await reloadWithCachedFont(again);
			const cached = await again.evaluate(fontState);
			expect(cached.fonts).toBe('web');
			expect(cached.faces).toEqual(['400 loaded', '600 loaded', '700 loaded']);
			expect(cached.font).toMatch(/^"?Source Sans 3"?, "?Source Sans 3 Fallback"?/);
			await cache.close();
		});

	for (const path of ['/embed/arrests', '/embed/headlines'])
		it(`${path}: is never swapped in after the first paint: the fallback it was painted with stays, nothing moves`, async () => {
			const { context } = await guardedContext(browser, [base]);
			const page = await context.newPage();
			await page.addInitScript(() => {
				const shifts: number[] = ((globalThis as unknown as { shifts: number[] }).shifts = []);
				new PerformanceObserver((list) => {
					for (const e of list.getEntries()) shifts.push((e as PerformanceEntry & { value: number }).value);
				}).observe({ type: 'layout-shift', buffered: true });
			});
			// Each file is held until the page has painted: it comes just after, and would move the text.
			await page.route(/\.woff2$/, async (route) => {
				await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
				await route.continue();
			});
			await page.goto(base + path);
			await page.locator('html[data-fonts]').waitFor({ state: 'attached' });
			const late = await page.evaluate(fontState);
			expect(late.fonts).toBe('fallback');
			expect(late.asked).toHaveLength(3);
			expect(late.faces).toEqual([]);
			// A frame after the decision: had the font been swapped in, its lines would have moved.
			await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
			expect(await page.evaluate(() => (globalThis as unknown as { shifts: number[] }).shifts)).toEqual([]);
			await context.close();
		});

	it('without JavaScript, is in the CSS: the page asks for its files', async () => {
		const { context } = await guardedContext(browser, [base], { javaScriptEnabled: false });
		const page = await context.newPage();
		const fonts: string[] = [];
		page.on('requestfinished', (r) => {
			if (r.url().endsWith('.woff2')) fonts.push(new URL(r.url()).pathname);
		});
		await page.goto(base + '/embed/arrests', { waitUntil: 'networkidle' });
		// The page's text is regular, semibold and bold.
		expect(fonts.map((f) => /source-sans-3-(\d+)\./.exec(f)?.[1]).sort()).toEqual(['400', '600', '700']);
		await context.close();
	});
});
