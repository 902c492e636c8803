/** The dashboard as a viewer uses it, in Debian's Chromium against the built site. */
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { guardedContext, launch } from './browser';

const base = inject('baseUrl');
let browser: Browser;
let data: {
	figures: {
		id: string;
		metric: string;
		date: string;
		date_end: string | null;
		quote: string;
		qualifier: string;
		value: number;
	}[];
	events: { id: string; kind: string; date: string; date_end: string | null; quote: string }[];
};

beforeAll(async () => {
	browser = await launch();
	data = await (await fetch(`${base}/data/figures.json`)).json();
});
afterAll(() => browser?.close());

async function open(path = '/', options: Parameters<typeof guardedContext>[2] = {}) {
	const { context, outside } = await guardedContext(browser, [base], {
		viewport: { width: 1440, height: 900 },
		...options
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(base + path, { waitUntil: 'networkidle' });
	if (options.javaScriptEnabled !== false)
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	return { page, context, outside, errors };
}

/** Records every request the page makes from now on (but the browser's own, for the tab's icon). */
function requestsOf(page: Page): string[] {
	const urls: string[] = [];
	page.on('request', (r) => {
		if (new URL(r.url()).pathname !== '/favicon.svg') urls.push(r.url());
	});
	return urls;
}

/**
 * The dashboard on a phone, hydrated, with the map's code held on its way until `release()`, then let
 * through or failed (`end`); `asked()` counts the requests for it, `logged` the console's errors.
 */
async function phoneWithMapCodeHeld(end: 'continue' | 'abort') {
	const { context } = await guardedContext(browser, [base], { viewport: { width: 375, height: 800 } });
	const page = await context.newPage();
	const errors: string[] = [];
	const logged: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && logged.push(m.text()));
	let release = () => {};
	const held = new Promise<void>((r) => (release = r));
	let requests = 0;
	await page.route(/\/islands\/chunks\/DashboardMap-[\w-]+\.js$/, async (route) => {
		requests++;
		await held;
		await (end === 'abort' ? route.abort() : route.continue());
	});
	await page.goto(base + '/', { waitUntil: 'networkidle' });
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	return { page, context, errors, logged, release, asked: () => requests };
}

const marks = (page: Page, chart: string) => page.locator(`#chart-${chart} svg .mark`);
const inSeptember = (r: { date: string; date_end: string | null }) =>
	r.date <= '2020-09-30' && (r.date_end ?? r.date) >= '2020-09-01';

describe('dashboard', () => {
	it('shows one mark per occurrence in each chart', async () => {
		const { page, errors, context } = await open();
		const count = {
			arrests: 5,
			// four opposition protests and the pro-government rally; the movement of October is no march
			protests: 5,
			// the decision of 14 August (reported by three articles) and the green light of 12 October
			sanctions: 2,
			// 41 events: a claim reported twice or four times is one mark, a record that describes others none
			timeline: 30
		};
		for (const [chart, n] of Object.entries(count)) expect(await marks(page, chart).count(), chart).toBe(n);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('the strip counts the sanction steps taken; mid-August has two calls, each drawn once', async () => {
		const { page, context } = await open('/?from=2020-08-14&to=2020-08-17');
		await expect.poll(() => page.locator('.headlines').textContent()).toMatch(/\b1\s*Stap in EU-sancties/);
		const calls = page.locator('#chart-timeline a.mark[data-id^="call-"]');
		expect(await calls.evaluateAll((els) => els.map((e) => e.getAttribute('data-x0')))).toEqual([
			'2020-08-15',
			'2020-08-16'
		]);
		await page.goto(`${base}/`, { waitUntil: 'networkidle' });
		expect(await page.locator('.headlines').textContent()).toMatch(/\b2\s*Stappen in EU-sancties/);
		await context.close();
	});

	it('hovering a mark shows its value with qualifier and its quote', async () => {
		const { page, context } = await open();
		await page.locator('#chart-arrests a.mark[data-id="arrests-001-sunday-minsk"] rect').first().hover();
		const tip = page.locator('#chart-arrests [role="tooltip"]');
		await expect.poll(() => tip.textContent()).toContain('meer dan 700');
		expect(await tip.textContent()).toContain('In Minsk werden meer dan 700 mensen aangehouden.');
		await context.close();
	});

	it('clicking a mark opens the source panel with exactly that quote highlighted', async () => {
		const { page, context } = await open();
		await page.locator('#chart-arrests a.mark[data-id="arrests-004-sunday"]').click();
		const panel = page.locator('.source-panel');
		await expect
			.poll(() => panel.locator('mark').textContent())
			.toBe('Zondag werden 774 betogers opgepakt, van wie 500 in de hoofdstad Minsk.');
		await expect.poll(() => page.url()).toContain('sel=arrests-004-sunday');
		await context.close();
	});

	it('the keyboard reaches marks and Enter opens the source panel', async () => {
		const { page, context } = await open();
		await page.locator('#chart-sanctions .mark').first().focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('.source-panel mark').count()).toBe(1);
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('.source-panel').count()).toBe(0);
		await context.close();
	});

	it('Tab goes chart to chart, the arrow keys mark to mark', async () => {
		const { page, context } = await open();
		const timeline = marks(page, 'timeline');
		await expect
			.poll(() => timeline.evaluateAll((els) => els.filter((e) => e.getAttribute('tabindex') === '0').length))
			.toBe(1);
		await timeline.first().focus();
		const focusedId = () => page.evaluate(() => document.activeElement?.getAttribute('data-id'));
		const ids = await timeline.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
		// Home: the earliest event; ArrowRight: the next one in time; ArrowLeft: back
		await page.keyboard.press('Home');
		const first = await focusedId();
		expect(data.events.find((e) => e.id === first)?.date).toBe('2020-08-09');
		await page.keyboard.press('ArrowRight');
		const second = await focusedId();
		expect(ids).toContain(second);
		expect(second).not.toBe(first);
		await page.keyboard.press('ArrowLeft');
		expect(await focusedId()).toBe(first);
		await page.keyboard.press('Tab');
		// out of the timeline's marks: to the next control, not the third event
		expect(ids).not.toContain(await focusedId());
		await context.close();
	});

	it('with a panel open, the chart’s tab stop follows the mark the arrow keys reached', async () => {
		const { page, context } = await open('/?sel=arrests-004-sunday');
		const id = () => page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? null);
		const stop = page.locator('#chart-arrests a.mark[tabindex="0"]');
		expect(await stop.getAttribute('data-id')).toBe('arrests-004-sunday');
		await stop.focus();
		await page.keyboard.press('ArrowRight');
		const reached = await id();
		expect(reached).not.toBe('arrests-004-sunday');
		// Out of the chart and back: the same mark, not the selected one.
		await page.keyboard.press('Tab');
		await page.keyboard.press('Shift+Tab');
		expect(await id()).toBe(reached);
		await context.close();
	});

	it('"September" leaves only September marks in every chart, and the URL keeps the view', async () => {
		const { page, context } = await open();
		await page.locator('[data-preset="september"]').click();
		const ids = async (chart: string) =>
			marks(page, chart).evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
		// The charts are drawn again in the browser.
		await expect
			.poll(async () => (await ids('arrests')).sort())
			.toEqual(['arrests-004-sunday', 'arrests-004-sunday-minsk']);
		const september = [...data.figures, ...data.events].filter(inSeptember).map((r) => r.id);
		for (const chart of ['arrests', 'protests', 'sanctions', 'timeline']) {
			for (const id of await ids(chart)) expect(september, `${chart}: ${id}`).toContain(id);
		}
		expect(await page.locator('[data-preset="september"]').getAttribute('aria-current')).toBe('true');
		await expect.poll(() => page.url()).toContain('from=2020-09-01&to=2020-09-30');
		// A mark's link (for a new tab) carries the range too, once the address does.
		await expect
			.poll(() => marks(page, 'arrests').first().getAttribute('href'))
			.toMatch(/^\/\?from=2020-09-01&to=2020-09-30&sel=arrests-004-sunday(-minsk)?#source$/);
		// reloading the URL restores the view
		await page.reload({ waitUntil: 'networkidle' });
		expect((await ids('arrests')).sort()).toEqual(['arrests-004-sunday', 'arrests-004-sunday-minsk']);
		expect(await page.locator('[data-preset="september"]').getAttribute('aria-current')).toBe('true');
		await context.close();
	});

	it('with a source panel open from the URL, a preset still changes the range, and the language link keeps the view', async () => {
		const { page, context } = await open('/?sel=loan-004-russia');
		await page.locator('[data-preset="september"]').click();
		await expect
			.poll(async () =>
				(await marks(page, 'arrests').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).sort()
			)
			.toEqual(['arrests-004-sunday', 'arrests-004-sunday-minsk']);
		expect(await page.locator('.source-panel mark').textContent()).toContain('1,5 miljard dollar');
		await expect.poll(() => page.url()).toContain('from=2020-09-01&to=2020-09-30&sel=loan-004-russia');
		// The open panel covers the masthead on a wide screen: the keyboard reaches the link.
		await page.getByRole('link', { name: 'English' }).focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('h1').textContent()).toBe('Belarus 2020: the protests in figures');
		expect(page.url()).toContain('lang=en&from=2020-09-01&to=2020-09-30&sel=loan-004-russia');
		expect(await page.locator('[data-preset="september"]').getAttribute('aria-current')).toBe('true');
		await context.close();
	});

	it('hydrates the server’s drawing: the same <svg> and marks before and after, every island live; at a desktop’s width nothing is laid out again', async () => {
		const { context } = await guardedContext(browser, [base], { viewport: { width: 1440, height: 900 } });
		const page = await context.newPage();
		const errors: string[] = [];
		const warnings: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('console', (m) => {
			if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
		});
		// The islands' script is held back until the server's nodes are marked.
		let release = () => {};
		const held = new Promise<void>((r) => (release = r));
		await page.route('**/islands/dashboard.js*', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(base + '/', { waitUntil: 'commit' });
		await page.locator('#chart-timeline svg.chart-svg').waitFor({ state: 'attached' });
		await page.locator('.panel-slot').waitFor({ state: 'attached' });
		const marked = await page.evaluate(() => {
			const w = window as unknown as Record<string, unknown>;
			w.serverSvg = [...document.querySelectorAll('.charts .chart-svg')];
			w.serverMark = document.querySelector('#chart-arrests a.mark');
			w.serverBrush = document.querySelector('.brush');
			return (w.serverSvg as Element[]).map((svg) => svg.getAttribute('viewBox'));
		});
		expect(marked).toHaveLength(4);
		release();
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		// Every chart hydrated, those below the first screen too (when the browser is idle): one tab stop each.
		await expect.poll(() => page.locator('.charts .chart-svg .mark[tabindex="0"]').count()).toBe(4);
		const same = await page.evaluate(() => {
			const w = window as unknown as Record<string, Element[] | Element>;
			return {
				svg: (w.serverSvg as Element[]).every(
					(el, i) => el.isConnected && el === document.querySelectorAll('.charts .chart-svg')[i]
				),
				mark: w.serverMark === document.querySelector('#chart-arrests a.mark'),
				brush: w.serverBrush === document.querySelector('.brush'),
				// The server laid the charts out for a desktop's column: the browser measures the same width.
				viewBoxes: [...document.querySelectorAll('.charts .chart-svg')].map((svg) =>
					svg.getAttribute('viewBox')
				)
			};
		});
		expect(same).toEqual({ svg: true, mark: true, brush: true, viewBoxes: marked });
		// Hydrated, not only still there: the marks are one tab stop per chart now.
		expect(await page.locator('#chart-arrests a.mark[tabindex="0"]').count()).toBe(1);
		expect(errors).toEqual([]);
		expect(warnings).toEqual([]);
		await context.close();
	});

	it('"September" by a tap asks the server for nothing: every chart and the map change in the browser', async () => {
		const { page, context } = await open('/', { viewport: { width: 1440, height: 900 }, hasTouch: true });
		await page.locator('#chart-map').scrollIntoViewIfNeeded();
		await page.locator('#chart-map .leaflet-map.ready').waitFor();
		await page.waitForLoadState('networkidle');
		const requests = requestsOf(page);
		await page.locator('[data-preset="september"]').tap();
		const september = [...data.figures, ...data.events].filter(inSeptember).map((r) => r.id);
		await expect.poll(() => marks(page, 'arrests').count()).toBe(2);
		for (const chart of ['arrests', 'protests', 'sanctions', 'timeline']) {
			const ids = await marks(page, chart).evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
			for (const id of ids) expect(september, `${chart}: ${id}`).toContain(id);
		}
		// The sanctions chart, with no step in September, says so in its plot; the others, with marks, do not.
		expect(await marks(page, 'sanctions').count()).toBe(0);
		expect(await page.locator('#chart-sanctions svg text.no-marks').textContent()).toBe(
			'Geen gegevens in deze periode.'
		);
		expect(await page.locator('.charts svg text.no-marks').count()).toBe(1);
		expect(await page.locator('#chart-sanctions svg text.no-marks').isVisible()).toBe(true);
		expect(
			await page
				.locator('#chart-map path.place-marker')
				.evaluateAll((els) => els.map((e) => e.getAttribute('data-place')).sort())
		).toEqual(['belarus', 'lithuania', 'minsk', 'sochi']);
		await expect.poll(() => page.url()).toContain('from=2020-09-01&to=2020-09-30');
		// The whole story again: the sanctions' steps are back, and the sentence has gone.
		await page.locator('[data-preset="all"]').tap();
		await expect.poll(() => marks(page, 'sanctions').count()).toBe(2);
		expect(await page.locator('.charts svg text.no-marks').count()).toBe(0);
		expect(requests).toEqual([]);
		await context.close();
	});

	it('a chart’s table and download menu are the server’s until used, then show the range chosen, with no request', async () => {
		const { page, context } = await open('/', { viewport: { width: 1440, height: 900 }, hasTouch: true });
		await page.evaluate(() => {
			const w = window as unknown as Record<string, Element | null>;
			w.serverTable = document.querySelector('#chart-arrests table');
		});
		// Nothing of them ran while the page hydrated.
		const woken = () => page.evaluate(() => performance.getEntriesByName('dormant part woken').length);
		expect(await woken()).toBe(0);
		// A reader who comes to a shut table (here by the keyboard) finds it running before opening it.
		await page.locator('#chart-arrests summary').focus();
		await expect.poll(woken).toBe(1);
		expect(await page.locator('#chart-arrests details').getAttribute('open')).toBeNull();
		const requests = requestsOf(page);
		await page.locator('[data-preset="september"]').tap();
		await expect.poll(() => marks(page, 'arrests').count()).toBe(2);
		const september = [...data.figures, ...data.events].filter(inSeptember).map((r) => r.id);
		// A table still shut follows the range once the browser is idle (a search in the page finds
		// what is on screen): the timeline's, far below, lists September's records only.
		await expect
			.poll(async () =>
				(
					await page
						.locator('#chart-timeline tbody tr')
						.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))
				).every((id) => september.includes(id!))
			)
			.toBe(true);
		// Opened from the keyboard: September's two rows, in the server's table.
		await page.locator('#chart-arrests summary').focus();
		await page.keyboard.press('Enter');
		const rows = page.locator('#chart-arrests tbody tr');
		expect((await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).sort()).toEqual([
			'arrests-004-sunday',
			'arrests-004-sunday-minsk'
		]);
		expect(
			await page.evaluate(
				() =>
					(window as unknown as Record<string, Element>).serverTable ===
					document.querySelector('#chart-arrests table')
			)
		).toBe(true);
		// A row's link opens its source panel in place.
		await rows.locator('a[href*="sel=arrests-004-sunday-minsk"]').click();
		await expect.poll(() => page.locator('.source-panel mark').count()).toBe(1);
		await page.keyboard.press('Escape');
		// The download menu, opened by a tap, downloads September.
		const menu = page.locator('#chart-protests .download-menu');
		await menu.locator('button').tap();
		await expect.poll(() => menu.locator('.panel').isVisible()).toBe(true);
		expect(await menu.locator('.files a').first().getAttribute('href')).toContain(
			'from=2020-09-01&to=2020-09-30'
		);
		// No page, data or file was asked for (scrolled near the map, its code loaded).
		expect(requests.filter((url) => !new URL(url).pathname.startsWith('/islands/'))).toEqual([]);
		await context.close();
	});

	it('an open table shows a new range in the frame in which its chart does, and the address follows', async () => {
		const { page, context } = await open('/', { viewport: { width: 1440, height: 900 }, hasTouch: true });
		await page.locator('#chart-arrests summary').tap();
		await expect.poll(() => page.locator('#chart-arrests tbody tr').first().isVisible()).toBe(true);
		// The first frame in which the chart's marks changed: what the table lists then.
		const frame = page.evaluate(
			() =>
				new Promise<{ marks: string[]; rows: string[] }>((resolve) => {
					const ids = (selector: string) =>
						[...document.querySelectorAll(selector)].map((e) => e.getAttribute('data-id')!).sort();
					const before = ids('#chart-arrests a.mark').join();
					const look = () => {
						const marks = ids('#chart-arrests a.mark');
						if (marks.join() === before) requestAnimationFrame(look);
						else resolve({ marks, rows: ids('#chart-arrests tbody tr') });
					};
					requestAnimationFrame(look);
				})
		);
		await page.locator('[data-preset="september"]').tap();
		const seen = await frame;
		expect(seen.marks).toEqual(['arrests-004-sunday', 'arrests-004-sunday-minsk']);
		expect(seen.rows).toEqual(seen.marks);
		await expect.poll(() => new URL(page.url()).search).toBe('?from=2020-09-01&to=2020-09-30');
		await context.close();
	});

	it('on a phone, the map’s shut table, reached by the keyboard before the map’s code loaded, runs before it is opened', async () => {
		const { context } = await guardedContext(browser, [base], { viewport: { width: 375, height: 800 } });
		const page = await context.newPage();
		await page.goto(base + '/', { waitUntil: 'networkidle' });
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		const woken = () => page.evaluate(() => performance.getEntriesByName('dormant part woken').length);
		const mapCode = () =>
			page.evaluate(() =>
				performance.getEntriesByType('resource').some((r) => r.name.includes('/DashboardMap-'))
			);
		expect(await mapCode()).toBe(false);
		// The focus loads and wakes the map's island, which hands it on to the toggle: the table runs.
		await page.locator('#chart-map summary').focus();
		await expect.poll(woken).toBe(1);
		expect(await mapCode()).toBe(true);
		expect(await page.locator('#chart-map details').getAttribute('open')).toBeNull();
		await page.keyboard.press('Enter');
		expect(await page.locator('#chart-map tbody tr').count()).toBeGreaterThan(0);
		await context.close();
	});

	it('on a phone, of two taps on the map’s shut table while the map’s code loads, only the last is handed on: the table opens', async () => {
		const { page, context, errors, release, asked } = await phoneWithMapCodeHeld('continue');
		const details = page.locator('#chart-map details');
		await page.locator('#chart-map summary').click();
		await expect.poll(asked).toBe(1);
		// A reader who sees nothing happen taps again.
		await page.locator('#chart-map summary').click();
		expect(await details.getAttribute('open')).toBeNull();
		release();
		await expect.poll(() => details.getAttribute('open')).toBe('');
		expect(await page.locator('#chart-map tbody tr').first().isVisible()).toBe(true);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('when the map’s code cannot load, a place’s link tapped meanwhile still opens its source, as without JavaScript, and the charts still run', async () => {
		const { page, context, errors, logged, release, asked } = await phoneWithMapCodeHeld('abort');
		const sochi = page.locator('#chart-map a.place-mark[data-place="sochi"]');
		const first = new URL((await sochi.getAttribute('href'))!, base).searchParams.get('sel');
		expect(first).toBe('loan-004-russia');
		// A click with Ctrl (or ⌘) while the code loads is the browser's: the link opens in a new tab.
		const [tab] = await Promise.all([
			context.waitForEvent('page'),
			sochi.click({ modifiers: ['ControlOrMeta'] })
		]);
		await tab.waitForURL((url) => url.searchParams.get('sel') === first);
		await tab.close();
		await expect.poll(asked).toBe(1);
		// A plain tap waits for the map's code.
		await sochi.click();
		expect(page.url()).not.toContain('sel=');
		release();
		await page.locator('.panel-slot aside.source-panel').waitFor();
		await expect.poll(() => page.url()).toContain(`sel=${first}`);
		expect(logged.some((text) => text.includes('could not load'))).toBe(true);
		expect(errors).toEqual([]);
		// The server's page of that link: its map's code fails again as it comes near; the charts still run.
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await page.locator('#chart-map').scrollIntoViewIfNeeded();
		await expect.poll(asked).toBe(2);
		// In place, not as a new page from the server (the preset is a link).
		await page.evaluate(() => ((window as unknown as Record<string, number>).samePage = 1));
		await page.locator('[data-preset="september"]').click();
		await expect.poll(() => page.url()).toContain('from=2020-09-01&to=2020-09-30');
		expect(
			(await marks(page, 'arrests').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).sort()
		).toEqual(['arrests-004-sunday', 'arrests-004-sunday-minsk']);
		expect(await page.evaluate(() => (window as unknown as Record<string, number>).samePage)).toBe(1);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('on a phone, the charts below the screen hydrate while the reader is still at the top, in the range chosen there', async () => {
		const { page, context } = await open('/', { viewport: { width: 375, height: 800 }, hasTouch: true });
		const requests = requestsOf(page);
		await page.locator('[data-preset="september"]').tap();
		await expect.poll(() => page.url()).toContain('from=2020-09-01&to=2020-09-30');
		// Nothing scrolled: the timeline, far below, is laid out for the phone (the server drew a
		// desktop's column) and shows September only, before the reader gets there.
		const timeline = page.locator('#chart-timeline svg.chart-svg');
		await expect.poll(() => timeline.getAttribute('width')).toBe('350');
		expect(await page.evaluate(() => scrollY)).toBe(0);
		const september = [...data.figures, ...data.events].filter(inSeptember).map((r) => r.id);
		await expect
			.poll(async () =>
				(await marks(page, 'timeline').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).every(
					(id) => september.includes(id!)
				)
			)
			.toBe(true);
		expect(await marks(page, 'timeline').count()).toBeGreaterThan(0);
		// The map, which a reader may never scroll to, has loaded nothing.
		expect(requests).toEqual([]);
		await context.close();
	});

	it('a brush drag redraws the charts while the pointer is still down', async () => {
		const { page, context } = await open();
		await page.locator('[data-preset="election_week"]').click();
		await expect
			.poll(() => page.locator('[data-handle="to"]').getAttribute('aria-valuetext'))
			.toBe('16 aug 2020');
		const requests = requestsOf(page);
		const during = async () => ({
			from: await page.locator('[data-handle="from"]').getAttribute('aria-valuetext'),
			timeline: await marks(page, 'timeline').evaluateAll((els) => els.map((e) => e.getAttribute('data-x0')))
		});
		const before = await during();
		const box = (await page.locator('.brush svg').boundingBox())!;
		const selection = (await page.locator('.brush .selection').boundingBox())!;
		const y = box.y + box.height / 2;
		await page.mouse.move(selection.x + selection.width / 2, y);
		await page.mouse.down();
		// The chosen week, dragged a third of the way along.
		await page.mouse.move(selection.x + selection.width / 2 + box.width / 3, y, { steps: 6 });
		// Still down: the range has moved, and the charts already show its marks only.
		await expect.poll(async () => (await during()).from).not.toBe(before.from);
		const now = await during();
		expect(now.timeline).not.toEqual(before.timeline);
		const { from, to } = await page.evaluate(() => {
			const b = document.querySelector<HTMLElement>('.brush')!;
			return { from: b.dataset.from!, to: b.dataset.to! };
		});
		for (const d of now.timeline) expect(d! <= to, String(d)).toBe(true);
		expect(from > '2020-08-09').toBe(true);
		await page.mouse.up();
		expect(requests).toEqual([]);
		await context.close();
	});

	it('the brush handles are a multi-thumb slider: arrows, Page Up/Down, Home/End, the day said in the page’s language', async () => {
		const { page, context } = await open('/?lang=en');
		const from = page.locator('[data-handle="from"]');
		const to = page.locator('[data-handle="to"]');
		expect(await from.getAttribute('role')).toBe('slider');
		await from.focus();
		await page.keyboard.press('ArrowRight');
		expect(await from.getAttribute('aria-valuetext')).toBe('Aug 10, 2020');
		expect(await from.getAttribute('aria-valuenow')).toBe('1');
		await page.keyboard.press('PageUp');
		expect(await from.getAttribute('aria-valuetext')).toBe('Aug 17, 2020');
		await to.focus();
		await page.keyboard.press('Home');
		// The last day cannot pass the first.
		expect(await to.getAttribute('aria-valuetext')).toBe('Aug 17, 2020');
		await page.keyboard.press('End');
		expect(await to.getAttribute('aria-valuetext')).toBe('Oct 12, 2020');
		await from.focus();
		await page.keyboard.press('Home');
		expect(await from.getAttribute('aria-valuetext')).toBe('Aug 9, 2020');
		await page.keyboard.press('PageUp');
		await page.keyboard.press('PageUp');
		await expect.poll(() => page.url()).toContain('from=2020-08-23');
		// The charts follow: nothing before 23 August is drawn.
		const days = await marks(page, 'timeline').evaluateAll((els) =>
			els.map((e) => e.getAttribute('data-x1'))
		);
		for (const d of days) expect(d! >= '2020-08-23', String(d)).toBe(true);
		await context.close();
	});

	it('a resize lays the charts out again in the browser, with no request', async () => {
		const { page, context } = await open();
		const requests = requestsOf(page);
		const before = Number(await page.locator('#chart-arrests svg.chart-svg').getAttribute('width'));
		await page.setViewportSize({ width: 420, height: 900 });
		await expect
			.poll(async () => Number(await page.locator('#chart-arrests svg.chart-svg').getAttribute('width')))
			.toBeLessThan(before);
		const width = Number(await page.locator('#chart-arrests svg.chart-svg').getAttribute('width'));
		const box = (await page.locator('#chart-arrests .chart-box').boundingBox())!;
		expect(Math.abs(width - box.width)).toBeLessThanOrEqual(1);
		expect(requests).toEqual([]);
		await context.close();
	});

	it('in English shows the verbatim Dutch quote, and under it the curated translation, marked', async () => {
		const { page, context } = await open('/?lang=en&sel=arrests-004-sunday');
		const panel = page.locator('.source-panel');
		const original = panel.locator('blockquote.paragraph');
		expect(await original.getAttribute('lang')).toBe('nl');
		expect(await original.locator('mark').textContent()).toBe(
			'Zondag werden 774 betogers opgepakt, van wie 500 in de hoofdstad Minsk.'
		);
		const translation = panel.locator('.translation');
		expect(await translation.getAttribute('lang')).toBe('en');
		expect(await translation.locator('blockquote').textContent()).toBe(
			'On Sunday 774 protesters were arrested, 500 of them in the capital Minsk.'
		);
		expect(await translation.textContent()).toContain('Translation (ours, not the article’s words)');
		expect(await translation.textContent()).toContain('Day words, translated: On Sunday');
		// The translation comes after the original, never instead of it.
		const [o, t] = await Promise.all([original.boundingBox(), translation.boundingBox()]);
		expect(t!.y).toBeGreaterThan(o!.y);
		// A Dutch view shows no translation.
		const nl = await open('/?sel=arrests-004-sunday');
		expect(await nl.page.locator('.source-panel .translation').count()).toBe(0);
		await nl.context.close();
		await context.close();
	});

	it('a shared URL with a selection opens its source panel', async () => {
		const { page, context } = await open('/?lang=en&sel=loan-004-russia');
		expect(await page.locator('.source-panel mark').textContent()).toContain('1,5 miljard dollar');
		expect(await page.locator('.source-panel').textContent()).toContain('$1.5 billion');
		await context.close();
	});

	it('names each chart’s articles by title and day, linked to the article', async () => {
		const { page, context } = await open();
		const caption = page.locator('#chart-arrests figcaption');
		expect((await caption.textContent())!.replace(/\s+/g, ' ')).toContain(
			'‘Poetin geeft Loekasjenko ademruimte en een lening van 1,5 miljard dollar’ (14 sep 2020)'
		);
		expect(await caption.textContent()).not.toContain('#004');
		const link = caption.getByRole('link', {
			name: '‘Poetin geeft Loekasjenko ademruimte en een lening van 1,5 miljard dollar’'
		});
		expect(await link.getAttribute('href')).toBe('/sources/004_4113c25ad55cc416');
		await context.close();
	});

	it('switching to English changes numbers, dates and names', async () => {
		const { page, context } = await open();
		expect(await page.locator('.headlines').textContent()).toContain('1,5 miljard dollar');
		await page.getByRole('link', { name: 'English' }).click();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Belarus 2020: the protests in figures');
		const strip = await page.locator('.headlines').textContent();
		expect(strip).toContain('$1.5 billion');
		expect(strip).toContain('more than 100,000');
		expect(await page.locator('#chart-arrests figcaption').textContent()).toContain('Sep 14, 2020');
		await page.locator('#chart-timeline details summary').click();
		expect(await page.locator('#chart-timeline table').textContent()).toContain('Lukashenko');
		await expect.poll(() => page.url()).toContain('lang=en');
		await context.close();
	});

	it('sends no request to any other host and has no axe violations', async () => {
		const { page, outside, context } = await open();
		await page.locator('#chart-arrests .mark').first().hover();
		const axe = await new AxeBuilder({ page }).analyze();
		expect(
			axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
		).toEqual([]);
		expect(outside).toEqual([]);
		await context.close();
	});

	it('without JavaScript still shows every chart and the data tables', async () => {
		const { page, context } = await open('/', { javaScriptEnabled: false });
		for (const chart of ['arrests', 'protests', 'sanctions', 'timeline']) {
			expect(await marks(page, chart).count(), chart).toBeGreaterThan(0);
			expect(await page.locator(`#chart-${chart} table tbody tr`).count()).toBeGreaterThan(0);
		}
		await context.close();
	});

	it.each([375, 1440])('at %i px wide nothing overflows; a screenshot is saved', async (width) => {
		const { page, context } = await open('/', { viewport: { width, height: 900 } });
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		mkdirSync('test-results', { recursive: true });
		await page.screenshot({ path: `test-results/dashboard-${width}.png`, fullPage: true });
		await context.close();
	});
});
