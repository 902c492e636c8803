/**
 * The map in Debian's Chromium against the built site: the server-rendered page with its static map,
 * and Leaflet drawn over it (its own file, loaded by the map's island once the page runs), offline,
 * linked to the charts on the dashboard; the map widget the same way.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { placeSummaries } from '../../src/lib/charts/placeSummaries';
import { validateDataset } from '../../src/lib/data/validate';
import { readDataFiles } from '../../src/scripts/read-data';
import { guardedContext, launch } from './browser';

const base = inject('baseUrl');
const d = validateDataset(readDataFiles());
const { period } = d;
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
	/** Paths of the scripts the page asked for, in order. */
	const scripts: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
	});
	await page.goto(base + path, { waitUntil: 'networkidle' });
	// Leaflet loads as the reader comes near the map.
	await page.locator('#chart-map').scrollIntoViewIfNeeded();
	await page.locator('#chart-map .leaflet-map.ready').waitFor();
	return { page, context, outside, errors, scripts };
}

/**
 * Waits for the popup as a reader sees it: Leaflet fades a popup in over 0.2 s, and axe measures
 * the contrast of half-transparent text as it is at that moment.
 */
async function popupShown(page: Page) {
	await page.locator('#chart-map .leaflet-popup').waitFor();
	await page.waitForFunction(
		() => getComputedStyle(document.querySelector('#chart-map .leaflet-popup')!).opacity === '1'
	);
}

/** Waits until a zoom has ended: the view differs from `before` and no zoom animation runs. */
async function zoomed(page: Page, before: Awaited<ReturnType<typeof viewOf>>) {
	await expect
		.poll(async () => {
			const animating = await page.locator('#chart-map .leaflet-zoom-anim').count();
			return !animating && JSON.stringify(await viewOf(page)) !== JSON.stringify(before);
		})
		.toBe(true);
}

/** Where the map's view is: the map pane's offset and a basemap path (its shape at this zoom). */
const viewOf = (page: Page) =>
	page.evaluate(() => ({
		pane: (document.querySelector('#chart-map .leaflet-map-pane') as HTMLElement).style.transform,
		land: document.querySelector('#chart-map .leaflet-basemap-pane path')?.getAttribute('d')
	}));

const markers = (page: Page) => page.locator('#chart-map .leaflet-container path[data-place]');
const markerPlaces = async (page: Page) =>
	(await markers(page).evaluateAll((paths) => paths.map((p) => p.getAttribute('data-place') ?? ''))).sort();

describe('map', () => {
	it('loads Leaflet, draws the bundled basemap and one marker per place in range, asking no other host', async () => {
		const { page, context, outside, errors } = await open();
		// The countries and their borders, in the basemap's own pane under the places.
		expect(await page.locator('#chart-map .leaflet-basemap-pane path').count()).toBeGreaterThan(20);
		expect(await page.locator('#chart-map .leaflet-tile').count()).toBe(0);
		expect(await markerPlaces(page)).toEqual(placesIn(period.from, period.to));
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

	it('draws the places the articles do not give as dashed stand-ins, and says so in their popup', async () => {
		const { page, context } = await open();
		const dashed = await page
			.locator('#chart-map path.place-marker.stand-in')
			.evaluateAll((paths) =>
				paths.map((p) => `${p.getAttribute('data-place')} ${p.getAttribute('stroke-dasharray')}`)
			);
		expect(dashed.sort()).toEqual(['brussels 3 2', 'kgb_prison 3 2', 'moscow 3 2']);
		await page.locator('#chart-map path[data-place="brussels"]').click({ force: true });
		await popupShown(page);
		expect(await page.locator('.leaflet-popup .map-popup').textContent()).toContain(
			'De artikelen noemen geen plaats; de stip is een plaatsvervanger.'
		);
		await context.close();
	});

	it('keeps Leaflet out of the first JavaScript: its own file, imported once the page runs', async () => {
		for (const [path, first] of [
			['/', '/islands/dashboard.js'],
			['/embed/map', '/islands/widget.js']
		]) {
			// The page's first JavaScript: its script tags and anything it preloads; none of it is Leaflet.
			const response = await fetch(base + path);
			const html = (response.headers.get('link') ?? '') + (await response.text());
			const listed = [
				...html.matchAll(/<script[^>]+src="([^"]+)"/g),
				...html.matchAll(/<([^>]+)>; rel="modulepreload"/g),
				...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)
			].map((m) => new URL(m[1], base));
			// The script carries the build (`?v=`); the files it loads later are named by their hash.
			expect(
				listed.map((u) => u.pathname),
				path
			).toEqual([first]);
			expect(listed[0].searchParams.get('v'), path).toBeTruthy();
			const js = await (await fetch(listed[0])).text();
			expect(js, first).not.toContain('leaflet-pane');
			// In the browser: the page's script and its chunks first, then Leaflet's own file (and the
			// basemap it draws, which it imports).
			const { context, scripts } = await open(path);
			const leaflet = scripts.filter((s) => /^\/islands\/chunks\/LeafletMap-[\w-]+\.js$/.test(s));
			expect(leaflet, path).toHaveLength(1);
			expect(
				scripts
					.slice(scripts.indexOf(leaflet[0]) + 1)
					.filter((s) => !/^\/islands\/chunks\/basemap-[\w-]+\.js$/.test(s)),
				path
			).toEqual([]);
			expect(scripts[0], path).toBe(first);
			expect(await (await fetch(base + leaflet[0])).text()).toContain('leaflet-pane');
			for (const s of scripts.filter((s) => s !== leaflet[0]))
				expect(await (await fetch(base + s)).text(), s).not.toContain('leaflet-pane');
			await context.close();
		}
	});

	it("keeps Leaflet's stylesheet out of the first paint: it comes with Leaflet, and Leaflet's panes use it", async () => {
		for (const path of ['/', '/embed/map']) {
			const html = await (await fetch(base + path)).text();
			// The stylesheets the page links (Kit's disabled ones are only for client-side navigation).
			const linked = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)]
				.map((m) => m[0])
				.filter((tag) => !/\sdisabled/.test(tag));
			expect(linked, path).toEqual([]);
			expect(html, path).not.toContain('.leaflet-pane');
			const { page, context, errors } = await open(path);
			const sheets = await page.evaluate(() =>
				[...document.styleSheets].filter((s) => s.href).map((s) => new URL(s.href!).pathname)
			);
			expect(sheets, path).toEqual([expect.stringMatching(/^\/islands\/chunks\/leaflet-[\w-]+\.css$/)]);
			// Leaflet's own rules apply: its panes are positioned, its zoom buttons styled as blocks.
			expect(
				await page.locator('#chart-map .leaflet-map-pane').evaluate((p) => getComputedStyle(p).position)
			).toBe('absolute');
			expect(
				await page.locator('#chart-map .leaflet-control-zoom-in').evaluate((a) => getComputedStyle(a).display)
			).toBe('block');
			expect(errors, path).toEqual([]);
			await context.close();
		}
	});

	it('leaves only the places with September records after choosing "September", in the same map and view', async () => {
		const { page, context, outside, errors } = await open();
		const unzoomed = await viewOf(page);
		await page.locator('#chart-map .leaflet-control-zoom-in').click();
		await zoomed(page, unzoomed);
		const before = await viewOf(page);
		await page.locator('#chart-map .leaflet-map').evaluate((el) => el.setAttribute('data-test-kept', ''));
		await page.locator('[data-preset="september"]').first().click();
		await expect.poll(() => markerPlaces(page)).toEqual(placesIn('2020-09-01', '2020-09-30'));
		expect(await markerPlaces(page)).toEqual(['belarus', 'lithuania', 'minsk', 'sochi']);
		// The places were redrawn in the same Leaflet map, zoomed and panned as before; the static map
		// of the new range did not come back over it; the table and the description are the new range's.
		expect(await page.locator('#chart-map .leaflet-map[data-test-kept]').count()).toBe(1);
		expect(await viewOf(page)).toEqual(before);
		expect(await page.locator('#chart-map svg.map-svg').count()).toBe(0);
		// The table, opened, lists the four (it wakes as it opens, see Dormant.svelte).
		await page.locator('#chart-map details.table-toggle summary').click();
		expect(await page.locator('#chart-map details.table-toggle summary').textContent()).toContain('(4)');
		expect(await page.locator('#chart-map details.table-toggle tbody tr').count()).toBe(4);
		expect(await page.locator('#chart-map #desc-map').textContent()).toContain('4 plaatsen');
		// Its circles are buttons again.
		expect(await page.locator('#chart-map path[data-place="sochi"]').getAttribute('role')).toBe('button');
		expect(errors).toEqual([]);
		expect(outside).toEqual([]);
		await context.close();
	});

	it('keeps an open popup when the window is resized, with no request', async () => {
		const { page, context, errors } = await open('/', 1440);
		await page.locator('#chart-map path[data-place="sochi"]').click({ force: true });
		const popup = page.locator('#chart-map .leaflet-popup');
		await popup.waitFor();
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		const before = Number(await page.locator('#chart-arrests svg.chart-svg').getAttribute('width'));
		await page.setViewportSize({ width: 700, height: 900 });
		// The charts are laid out for their new width in the browser.
		await expect
			.poll(async () => Number(await page.locator('#chart-arrests svg.chart-svg').getAttribute('width')))
			.not.toBe(before);
		// The places were not redrawn, so the popup is still open.
		expect(await popup.count()).toBe(1);
		expect(await popup.locator('h3').textContent()).toBe('Sotsji');
		expect(requests).toEqual([]);
		expect(errors).toEqual([]);
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

	it('in the widget: the popup opens the source panel in place, under the map', async () => {
		const { page, context, outside, errors } = await open('/embed/map?lang=en');
		expect(await markerPlaces(page)).toEqual(placesIn(period.from, period.to));
		await page.locator('#chart-map path[data-place="sochi"]').click({ force: true });
		const popup = page.locator('#chart-map .leaflet-popup');
		await popup.waitFor();
		expect(await popup.locator('h3').textContent()).toBe('Sochi');
		expect(await popup.textContent()).toContain('Loan: $1.5 billion');
		const button = popup.locator('button.source-button').first();
		await button.click();
		const panel = page.locator('.panel-slot aside.source-panel');
		await panel.waitFor();
		await expect.poll(() => page.url()).toContain('sel=');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('source-panel-title');
		// Escape closes the panel and gives focus back to the popup's button.
		await page.keyboard.press('Escape');
		await panel.waitFor({ state: 'detached' });
		expect(await page.evaluate(() => document.activeElement?.classList.contains('source-button'))).toBe(true);
		expect(errors).toEqual([]);
		expect(outside).toEqual([]);
		await context.close();
	});

	it('loads Leaflet on the dashboard only when the reader comes near the map', async () => {
		const { context } = await guardedContext(browser, [base], { viewport: { width: 375, height: 700 } });
		const page = await context.newPage();
		const leaflet: string[] = [];
		page.on('request', (r) => {
			if (new URL(r.url()).pathname.includes('/LeafletMap-')) leaflet.push(r.url());
		});
		await page.goto(base + '/', { waitUntil: 'networkidle' });
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await page.waitForLoadState('networkidle');
		expect(leaflet).toEqual([]);
		// The static map is there all along, a place's link included.
		expect(await page.locator('#chart-map svg.map-svg a.place-mark').count()).toBeGreaterThan(0);
		await page.locator('#chart-map').scrollIntoViewIfNeeded();
		await page.locator('#chart-map .leaflet-map.ready').waitFor();
		expect(leaflet).toHaveLength(1);
		await context.close();
	});

	it('says over the map, static or Leaflet’s, that a period has no place; the sentence goes with a period that has', async () => {
		const { context } = await guardedContext(browser, [base], { viewport: { width: 375, height: 800 } });
		const page = await context.newPage();
		// Without JavaScript, over the static map.
		await context.route('**/islands/**', (route) => route.abort());
		await page.goto(base + '/?from=2020-08-21&to=2020-09-10', { waitUntil: 'networkidle' });
		const sentence = page.locator('#chart-map .no-places');
		expect(await page.locator('#chart-map svg.map-svg a.place-mark').count()).toBe(0);
		expect(await sentence.textContent()).toBe('Geen gegevens in deze periode.');
		expect(await sentence.isVisible()).toBe(true);
		await context.unroute('**/islands/**');
		// Over Leaflet's, which can still be panned under it; a period with places takes it away.
		await page.reload({ waitUntil: 'networkidle' });
		await page.locator('#chart-map').scrollIntoViewIfNeeded();
		await page.locator('#chart-map .leaflet-map.ready').waitFor();
		expect(await page.locator('#chart-map path.place-marker').count()).toBe(0);
		expect(await sentence.isVisible()).toBe(true);
		const box = (await sentence.boundingBox())!;
		const under = await page.evaluate(
			([x, y]) => document.elementFromPoint(x, y)?.closest('.leaflet-map') !== null,
			[box.x + box.width / 2, box.y + box.height / 2]
		);
		expect(under).toBe(true);
		await page.locator('[data-preset="september"]').click();
		await expect.poll(() => page.locator('#chart-map path.place-marker').count()).toBe(4);
		expect(await sentence.count()).toBe(0);
		await context.close();
	});

	it('keeps the static map, with the prerendered basemap, when Leaflet’s file cannot load', async () => {
		const { context } = await guardedContext(browser, [base], { viewport: { width: 900, height: 900 } });
		await context.route(
			(url) => url.pathname.startsWith('/islands/chunks/LeafletMap-'),
			(route) => route.abort()
		);
		const page = await context.newPage();
		await page.goto(base + '/embed/map', { waitUntil: 'networkidle' });
		await page.locator('#chart-map .map-box.map-fallback').waitFor();
		expect(await page.locator('#chart-map .leaflet-map').count()).toBe(0);
		const links = page.locator('#chart-map svg.map-svg a.place-mark');
		expect(await links.count()).toBe(placesIn(period.from, period.to).length);
		const image = await page
			.locator('#chart-map .basemap-image')
			.evaluate((el) => getComputedStyle(el).backgroundImage);
		expect(image).toContain('/map/basemap-light.svg');
		// A place's link opens its first record's source panel in place.
		const sochi = page.locator('#chart-map a.place-mark[data-place="sochi"]');
		const first = new URLSearchParams((await sochi.getAttribute('href'))?.split('?')[1]).get('sel');
		expect(first).toBe('loan-004-russia');
		await sochi.click();
		await page.locator('.panel-slot aside.source-panel').waitFor();
		await expect.poll(() => page.url()).toContain(`sel=${first}`);
		await context.close();
	});

	it('makes each marker a named button the keyboard can open', async () => {
		const { page, context } = await open();
		const minsk = page.locator('#chart-map path[data-place="minsk"]');
		expect(await minsk.getAttribute('role')).toBe('button');
		// The places share one tab stop (the arrow keys go between them, accessibility.test.ts): each is focusable.
		expect(['0', '-1']).toContain(await minsk.getAttribute('tabindex'));
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
			await page.locator('#chart-map').scrollIntoViewIfNeeded();
			await page.locator('#chart-map .leaflet-map.ready').waitFor();
			await page.locator('#chart-map path[data-place="brussels"]').click({ force: true });
			await popupShown(page);
			const results = await new AxeBuilder({ page }).include('#chart-map').analyze();
			expect(
				results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
				colorScheme
			).toEqual([]);
			await context.close();
		}
	});
});
