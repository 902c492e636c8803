/** The dashboard's map in Debian's Chromium against the built site: Leaflet, offline, linked to the charts. */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { placeSummaries } from '../../src/lib/charts/placeSummaries';
import { validateDataset } from '../../src/lib/data/validate';
import { DATA_END, DATA_START } from '../../src/lib/view/options';
import { readDataFiles } from '../../scripts/read-data';
import { guardedContext, launch } from './browser';

const base = inject('baseUrl');
const d = validateDataset(readDataFiles());
const placesIn = (from: string, to: string) =>
	placeSummaries(d, { from, to })
		.map((s) => s.place.id)
		.sort();

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

async function open(path = '/', width = 1440) {
	const { context, outside } = await guardedContext(browser, [base], { viewport: { width, height: 900 } });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(base + path, { waitUntil: 'networkidle' });
	await page.locator('#chart-map .leaflet-map.ready').waitFor();
	return { page, context, outside, errors };
}

const markers = (page: Page) => page.locator('#chart-map .leaflet-container path[data-place]');
const markerPlaces = async (page: Page) =>
	(await markers(page).evaluateAll((paths) => paths.map((p) => p.getAttribute('data-place') ?? ''))).sort();

describe('map', () => {
	it('loads Leaflet, draws the bundled basemap and one marker per place in range, asking no other host', async () => {
		const { page, context, outside, errors } = await open();
		// The countries and their borders, in the basemap's own pane under the places.
		expect(await page.locator('#chart-map .leaflet-basemap-pane path').count()).toBeGreaterThan(20);
		expect(await page.locator('#chart-map .leaflet-tile').count()).toBe(0);
		expect(await markerPlaces(page)).toEqual(placesIn(DATA_START, DATA_END));
		expect(await page.locator('#chart-map .leaflet-overlay-pane path:not([data-place])').count()).toBe(1);
		// The server-rendered SVG gave way to Leaflet.
		expect(await page.locator('#chart-map svg.map-svg').count()).toBe(0);
		expect(await page.locator('#chart-map .leaflet-control-attribution').textContent()).toContain(
			'Natural Earth'
		);
		expect(errors).toEqual([]);
		expect(outside).toEqual([]);
		await context.close();
	});

	it('keeps Leaflet out of the first JavaScript: its own chunk, loaded by the dynamic import', async () => {
		// SvelteKit names the first JavaScript in the Link header (and the page's <link> tags).
		const response = await fetch(base + '/');
		const listed = (response.headers.get('link') ?? '') + (await response.text());
		const preloaded = [
			...listed.matchAll(/<([^>]+)>; rel="modulepreload"/g),
			...listed.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)
		].map((m) => m[1]);
		expect(preloaded.length).toBeGreaterThan(0);
		for (const href of preloaded) {
			const js = await (await fetch(new URL(href, base + '/'))).text();
			expect(js, href).not.toContain('leaflet-pane');
		}
	});

	it('leaves only the places with September records after choosing "September"', async () => {
		const { page, context, outside } = await open();
		await page.locator('[data-preset="september"]').first().click();
		await expect.poll(() => markerPlaces(page)).toEqual(placesIn('2020-09-01', '2020-09-30'));
		expect(await markerPlaces(page)).toEqual(['belarus', 'lithuania', 'minsk', 'sochi']);
		expect(outside).toEqual([]);
		await context.close();
	});

	it('opens a popup with the quotes when a marker is clicked, and the source panel from it', async () => {
		const { page, context, outside } = await open();
		await page.locator('#chart-map path[data-place="sochi"]').click({ force: true });
		const popup = page.locator('#chart-map .leaflet-popup');
		await popup.waitFor();
		const loan = d.figures.find((f) => f.id === 'loan-004-russia')!;
		expect(await popup.locator('h3').textContent()).toBe('Sotsji');
		// The quote verbatim, in its own language, and the value as the UI words it.
		expect(await popup.locator('blockquote[lang="nl"]').allTextContents()).toContain(`‘${loan.quote}’`);
		expect(await popup.textContent()).toContain('Lening: 1,5 miljard dollar');
		await popup.locator('button.source-button').first().click();
		await page.locator('#source').waitFor();
		await expect.poll(() => page.url()).toContain('sel=loan-004-russia');
		expect(outside).toEqual([]);
		await context.close();
	});

	it('makes each marker a named button the keyboard can open', async () => {
		const { page, context } = await open();
		const minsk = page.locator('#chart-map path[data-place="minsk"]');
		expect(await minsk.getAttribute('role')).toBe('button');
		expect(await minsk.getAttribute('tabindex')).toBe('0');
		expect(await minsk.getAttribute('aria-label')).toBe('Minsk: 6 cijfers en gebeurtenissen');
		await minsk.focus();
		await page.keyboard.press('Enter');
		const popup = page.locator('#chart-map .leaflet-popup');
		await popup.waitFor();
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Minsk');
		await page.keyboard.press('Escape');
		await popup.waitFor({ state: 'detached' });
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-place'))).toBe('minsk');
		await context.close();
	});

	it('links with the charts both ways: a map place lights up its days, a chart mark its place', async () => {
		const { page, context } = await open();
		// A chart mark in Minsk (13 September) highlights the Minsk marker.
		await page.locator('#chart-arrests a.mark[data-id="arrests-004-sunday-minsk"]').hover();
		await expect
			.poll(() => page.locator('#chart-map path[data-place="minsk"]').getAttribute('class'))
			.toContain('highlighted');
		// Hovering Sochi (14 September) lights up the chart marks of those days.
		await page.locator('#chart-map path[data-place="sochi"]').hover({ force: true });
		await expect.poll(() => page.locator('#chart-timeline a.mark.linked').count()).toBeGreaterThan(0);
		expect(await page.locator('#chart-map path[data-place="minsk"]').getAttribute('class')).not.toContain(
			'highlighted'
		);
		await context.close();
	});

	it('has no axe violations, with a popup open, in light and dark', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const { context } = await guardedContext(browser, [base], {
				viewport: { width: 375, height: 800 },
				colorScheme
			});
			const page = await context.newPage();
			await page.goto(base + '/', { waitUntil: 'networkidle' });
			await page.locator('#chart-map .leaflet-map.ready').waitFor();
			await page.locator('#chart-map path[data-place="brussels"]').click({ force: true });
			await page.locator('#chart-map .leaflet-popup').waitFor();
			const results = await new AxeBuilder({ page }).include('#chart-map').analyze();
			expect(
				results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
				colorScheme
			).toEqual([]);
			await context.close();
		}
	});
});
