/**
 * Charts a reader can read at a glance: at 320, 375, 768 and 1440 px in Dutch and English, and in
 * every export preset, no two texts of a chart overlap, and no mark lies more than half under a
 * mark drawn after it (bounding boxes in Chromium, as a reader's eye would find them).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { guardedContext, launch, reloadWithCachedFont } from './browser';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

const charts = ['arrests', 'protests', 'sanctions', 'timeline'] as const;
const presets = ['slide-1080', 'slide-720', 'square', 'portrait', 'social'] as const;

/**
 * In the page: for each chart svg, the pairs of texts whose boxes overlap, and the pairs of marks of
 * which the one drawn first is more than half covered by the other. Shapes are the marks' visible
 * parts (bars, ranges, dots, spans), not the open ends' dashed lines.
 */
function collisions(page: Page, selector: string) {
	return page.evaluate((selector) => {
		const out: string[] = [];
		const name = (e: Element) =>
			(e.closest('[data-id]')?.getAttribute('data-id') ?? '') + ` "${(e.textContent ?? '').trim()}"`;
		for (const svg of document.querySelectorAll(selector)) {
			const chart = svg.closest('[id^=chart-]')?.id ?? svg.querySelector('title')?.textContent ?? '';
			const texts = [...svg.querySelectorAll('text')]
				.filter((t) => (t.textContent ?? '').trim() !== '')
				.map((t) => ({ t, r: t.getBoundingClientRect() }))
				.filter(({ r }) => r.width > 0);
			for (let i = 0; i < texts.length; i++)
				for (let j = i + 1; j < texts.length; j++) {
					const [a, b] = [texts[i].r, texts[j].r];
					const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
					const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
					if (w > 0.5 && h > 0.5) out.push(`${chart}: text ${name(texts[i].t)} × ${name(texts[j].t)}`);
				}
			const shapes = [
				...svg.querySelectorAll('.mark .bar, .mark .range, .mark .event, .mark .event-span')
			].map((s) => ({ s, r: s.getBoundingClientRect() }));
			for (let i = 0; i < shapes.length; i++)
				for (let j = i + 1; j < shapes.length; j++) {
					const [a, b] = [shapes[i].r, shapes[j].r];
					const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
					const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
					if (w > 0 && h > 0 && w * h > 0.5 * a.width * a.height)
						out.push(`${chart}: mark ${name(shapes[i].s)} under ${name(shapes[j].s)}`);
				}
		}
		return out;
	}, selector);
}

describe('the dashboard’s charts', () => {
	for (const lang of ['nl', 'en'] as const)
		for (const width of [320, 375, 768, 1440])
			it(`at ${width} px in ${lang}: no text on text, no mark hidden under another`, async () => {
				const url = `${base}/${lang === 'en' ? '?lang=en' : ''}`;
				const { context } = await guardedContext(browser, [base], { viewport: { width, height: 900 } });
				// A first visit (the fallback, unless the font was ready before the first paint), then a
				// reload in a context with the browser's cache (the guard's routing turns it off): the
				// font from the cache, Source Sans 3.
				const cached = await browser.newContext({ viewport: { width, height: 900 } });
				const warm = await cached.newPage();
				await warm.goto(url, { waitUntil: 'networkidle' });
				const fonts: string[] = [];
				for (const page of [await context.newPage(), warm]) {
					await (page === warm ? reloadWithCachedFont(page) : page.goto(url));
					await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
					await page.locator('html[data-fonts]').waitFor({ state: 'attached' });
					await page.evaluate(() => document.fonts.ready);
					fonts.push((await page.locator('html').getAttribute('data-fonts'))!);
					// Laid out for the box's width in the browser (the server drew 720 px).
					await expect
						.poll(async () =>
							Number(await page.locator('#chart-timeline svg.chart-svg').getAttribute('width'))
						)
						.toBeLessThan(width);
					expect(await page.locator('.chart-frame svg.chart-svg').count()).toBe(4);
					expect(await collisions(page, '.chart-frame svg.chart-svg'), fonts.at(-1)).toEqual([]);
				}
				expect(fonts[1]).toBe('web');
				await context.close();
				await cached.close();
			});
});

describe('the exports', () => {
	it('at every preset, in both languages: no text on text, no mark hidden under another', async () => {
		const { context } = await guardedContext(browser, [base]);
		const page = await context.newPage();
		const found: string[] = [];
		for (const lang of ['nl', 'en'])
			for (const preset of presets)
				for (const chart of charts) {
					// The file as a page shows it (the endpoint sends it as a download).
					const res = await fetch(`${base}/export/${chart}.svg?preset=${preset}&lang=${lang}`);
					expect(res.status).toBe(200);
					await page.setContent(`<body style="margin:0">${await res.text()}</body>`);
					expect(await page.locator('svg .mark').count()).toBeGreaterThan(0);
					found.push(...(await collisions(page, 'svg')).map((c) => `${preset} ${lang} ${chart}: ${c}`));
				}
		expect(found).toEqual([]);
		await context.close();
	});
});

describe('a dense spot', () => {
	it('hovering one of the statements of 17 August lists every statement of that day, each with its quote', async () => {
		const data: {
			events: { id: string; kind: string; date: string; quote: string; describes?: string[] | null }[];
		} = await (await fetch(`${base}/data/figures.json`)).json();
		const { context } = await guardedContext(browser, [base], { viewport: { width: 1440, height: 900 } });
		const page = await context.newPage();
		await page.goto(base + '/', { waitUntil: 'networkidle' });
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		const dots = page.locator('#chart-timeline a.mark[data-x0="2020-08-17"][data-id^="statement-"]');
		const ids = await dots.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
		expect(ids.length).toBeGreaterThan(4);
		await dots.nth(2).hover();
		const tip = page.locator('#chart-timeline .tooltip');
		await expect.poll(() => tip.locator('.tooltip-mark').count()).toBe(ids.length);
		expect(await tip.locator('.tooltip-mark').first().getAttribute('data-id')).toBe(ids[2]);
		const text = await tip.innerText();
		for (const id of ids) {
			const quote = data.events.find((e) => e.id === id)!.quote;
			expect(text.replace(/\s+/g, ' ')).toContain(quote.replace(/\s+/g, ' '));
		}
		// A mark of its own day and lane alone lists only itself.
		await page.locator('#chart-timeline a.mark[data-id="meeting-004-sochi"]').hover();
		await expect.poll(() => tip.locator('.tooltip-mark').count()).toBe(1);
		await context.close();
	});
});
