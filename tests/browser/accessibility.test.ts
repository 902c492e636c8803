/**
 * The dashboard and its widgets as readers with other needs use them (issue 17: the critical
 * Chartability heuristics and WCAG 2.2 AA): by keyboard, by pointer with a tooltip, with a screen
 * reader's names and live region, at a large default font size, in forced colours, and under axe.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { guardedContext, launch } from './browser';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

async function open(path = '/', options: Parameters<typeof guardedContext>[2] = {}) {
	const { context, outside } = await guardedContext(browser, [base], {
		viewport: { width: 1440, height: 900 },
		...options
	});
	const page = await context.newPage();
	await page.goto(base + path, { waitUntil: 'networkidle' });
	// The article pages have no islands; a widget's load on its first use (a focus will do).
	if (path.startsWith('/embed/')) await page.keyboard.press('Tab');
	if (!path.startsWith('/sources/')) await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	return { page, context, outside };
}

/** The interactive map, drawn: scrolled near, Leaflet loaded, its places' circles in. */
async function leaflet(page: Page) {
	await page.locator('#chart-map').scrollIntoViewIfNeeded();
	await page.locator('#chart-map .leaflet-map.ready path.place-marker').first().waitFor();
}

/** WCAG's contrast ratio of two CSS colours as the browser computed them (`rgb(…)`). */
function contrast(a: string, b: string): number {
	const lum = (c: string) => {
		const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
			const s = Number(v) / 255;
			return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
	};
	const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

/**
 * The focused element's ring, and whether any ancestor that clips (overflow not visible) cuts it.
 * The map's ring is on its box, which clips Leaflet's panes (and they would cover a ring inside); a
 * chart mark's on its drawn shape (its link's box takes in its label).
 */
function focusRing(page: Page) {
	return page.evaluate(() => {
		const focused = document.activeElement as Element;
		const el = focused.matches('.leaflet-map')
			? focused.closest('.map-box')!
			: focused.matches('a.mark')
				? focused.querySelector('rect, circle')!
				: focused;
		const cs = getComputedStyle(el);
		const width = parseFloat(cs.outlineWidth);
		const grow = width + parseFloat(cs.outlineOffset);
		const r = el.getBoundingClientRect();
		const ring = { left: r.left - grow, top: r.top - grow, right: r.right + grow, bottom: r.bottom + grow };
		let clipped = false;
		for (let a = el.parentElement; a; a = a.parentElement) {
			const s = getComputedStyle(a);
			if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
			const b = a.getBoundingClientRect();
			if (ring.left < b.left || ring.top < b.top || ring.right > b.right || ring.bottom > b.bottom)
				clipped = true;
		}
		return { style: cs.outlineStyle, width, clipped, id: focused.getAttribute('data-id') };
	});
}

describe('accessibility', () => {
	it('focus never lands under the open source panel, on a wide screen and on a phone', async () => {
		for (const viewport of [
			{ width: 1440, height: 900 },
			{ width: 375, height: 740 }
		]) {
			const { page, context } = await open('/', { viewport });
			await page.locator('#chart-arrests a.mark[tabindex="0"]').focus();
			await page.keyboard.press('Enter');
			await page.locator('.source-panel').waitFor();
			const hidden: string[] = [];
			for (let i = 0; i < 45; i++) {
				await page.keyboard.press('Tab');
				const under = await page.evaluate(() => {
					const panel = document.querySelector('.source-panel');
					const el = document.activeElement;
					if (!panel || !el || el === document.body || panel.contains(el)) return null;
					const p = panel.getBoundingClientRect();
					const r = el.getBoundingClientRect();
					const overlaps = r.left < p.right && r.right > p.left && r.top < p.bottom && r.bottom > p.top;
					return overlaps ? `${el.tagName} ${el.textContent?.trim().slice(0, 30)}` : null;
				});
				if (under) hidden.push(under);
			}
			expect(hidden, `${viewport.width} px`).toEqual([]);
			await context.close();
		}
	});

	it('draws rings that no box cuts off: the map, a mark, a preset, a brush handle; a focused mark looks unlike its linked ones', async () => {
		const { page, context } = await open();
		await leaflet(page);
		for (const selector of [
			'#chart-map .leaflet-map',
			'#chart-map path.place-marker[tabindex="0"]',
			'#chart-arrests a.mark[tabindex="0"]',
			'[data-preset="september"]',
			'.brush [data-handle="from"]'
		]) {
			await page.locator(selector).focus();
			// Focus by keyboard, so :focus-visible holds: Tab away and back.
			await page.keyboard.press('Shift+Tab');
			await page.keyboard.press('Tab');
			const ring = await focusRing(page);
			expect(ring.style, selector).not.toBe('none');
			expect(ring.width, selector).toBeGreaterThanOrEqual(2);
			expect(ring.clipped, selector).toBe(false);
		}
		// 774 and its 500 in Minsk share a day: focused, one is ringed, the other only lights up.
		await page.locator('#chart-arrests a.mark[tabindex="0"]').focus();
		await page.keyboard.press('Home');
		while ((await focusRing(page)).id !== 'arrests-004-sunday') await page.keyboard.press('ArrowRight');
		const linked = page.locator('#chart-arrests a.mark.linked[data-id="arrests-004-sunday-minsk"]');
		await linked.waitFor();
		const look = (e: Element) => {
			const s = getComputedStyle(e.querySelector('rect, circle')!);
			return { outline: s.outlineStyle, stroke: parseFloat(s.strokeWidth) };
		};
		expect(await linked.evaluate(look)).toEqual({ outline: 'none', stroke: 1.5 });
		expect(await page.locator('#chart-arrests a.mark[data-id="arrests-004-sunday"]').evaluate(look)).toEqual({
			outline: 'solid',
			stroke: 3
		});
		expect((await focusRing(page)).style).toBe('solid');
		await context.close();
	});

	it('gives the map’s circles and the weekend band 3:1 against what is under them, and tells the second series by hatching', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const { page, context } = await open('/', { colorScheme });
			await leaflet(page);
			const map = await page.evaluate(() => {
				const fill = (sel: string) => getComputedStyle(document.querySelector(sel)!).fill;
				return {
					circle: getComputedStyle(document.querySelector('#chart-map path.place-marker')!).stroke,
					land: fill('#chart-map .leaflet-map path.land:not(.belarus)'),
					belarus: fill('#chart-map .leaflet-map path.land.belarus')
				};
			});
			expect(contrast(map.circle, map.land), colorScheme).toBeGreaterThanOrEqual(3);
			expect(contrast(map.circle, map.belarus), colorScheme).toBeGreaterThanOrEqual(3);
			const weekend = await page.evaluate(() => ({
				tick: getComputedStyle(document.querySelector('#chart-arrests .weekend-tick')!).fill,
				legend: getComputedStyle(document.querySelector('#chart-arrests .legend .weekend-tick')!).fill,
				bg: getComputedStyle(document.body).backgroundColor
			}));
			expect(contrast(weekend.tick, weekend.bg), colorScheme).toBeGreaterThanOrEqual(3);
			expect(weekend.legend).toBe(weekend.tick);
			// Heel Belarus solid, Minsk hatched; opposition solid, pro-government hatched, marks and legend alike.
			const fills = await page.evaluate(() =>
				Object.fromEntries(
					['nationwide', 'minsk', 'opposition', 'government'].map((s) => [
						s,
						[...document.querySelectorAll(`.chart-svg .series-${s} rect.bar`)].map(
							(r) => getComputedStyle(r).fill
						)
					])
				)
			);
			for (const s of ['nationwide', 'opposition']) for (const f of fills[s]) expect(f, s).not.toMatch(/url/);
			expect(fills.minsk.length).toBeGreaterThan(1);
			for (const f of fills.minsk) expect(f).toMatch(/url\("?#hatch-minsk"?\)/);
			for (const f of fills.government) expect(f).toMatch(/url\("?#hatch-government"?\)/);
			// The legend draws "meer dan" dashed and "vaag aantal" as a faint band, as the marks are.
			const legend = await page.evaluate(() => ({
				open: getComputedStyle(document.querySelector('#chart-arrests .legend line.open-end')!)
					.strokeDasharray,
				range: getComputedStyle(document.querySelector('#chart-arrests .legend rect.range')!).fillOpacity
			}));
			expect(legend.open).not.toBe('none');
			expect(Number(legend.range)).toBeLessThan(0.5);
			await context.close();
		}
	});

	it('keeps the tooltip while the pointer is on it, and closes it on Escape', async () => {
		const { page, context } = await open();
		await page.locator('#chart-arrests a.mark[data-id="arrests-001-sunday-minsk"] rect').first().hover();
		const tip = page.locator('#chart-arrests [role="tooltip"]');
		await tip.waitFor();
		const box = (await tip.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
		await expect.poll(() => tip.count()).toBe(1);
		// Still there once the pointer rests on it, and its quote can be read.
		expect(await page.evaluate(() => document.querySelector('[role="tooltip"]')?.matches(':hover'))).toBe(
			true
		);
		expect(await tip.textContent()).toContain('In Minsk werden meer dan 700 mensen aangehouden.');
		await page.keyboard.press('Escape');
		await expect.poll(() => tip.count()).toBe(0);
		await context.close();
	});

	it('marks every Dutch quote lang="nl" in the English view: strip, tables, tooltip, panel', async () => {
		const { page, context } = await open('/?lang=en&sel=arrests-004-sunday');
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		const strip = await page
			.locator('.headlines .quote')
			.evaluateAll((els) => els.map((e) => e.getAttribute('lang')));
		expect(strip.length).toBe(5);
		expect(new Set(strip)).toEqual(new Set(['nl']));
		const cells = await page
			.locator('.chart-frame td.quote')
			.evaluateAll((els) => els.map((e) => e.getAttribute('lang')));
		expect(cells.length).toBeGreaterThan(30);
		expect(new Set(cells)).toEqual(new Set(['nl']));
		expect(await page.locator('.source-panel blockquote.paragraph').getAttribute('lang')).toBe('nl');
		// The article's words for the day ("Zondag"), beside the day in English; their translation below.
		const when = page.locator('.source-panel p.muted').first();
		expect(await when.textContent()).toBe('Sep 13, 2020 · Zondag');
		expect(await when.locator('[lang="nl"]').textContent()).toBe('Zondag');
		expect(await page.locator('.source-panel .translation').textContent()).toContain('On Sunday');
		await page.locator('#chart-arrests a.mark[data-id="arrests-001-sunday-minsk"] rect').first().hover();
		const quote = page.locator('#chart-arrests [role="tooltip"] [lang]');
		await quote.waitFor();
		expect(await quote.getAttribute('lang')).toBe('nl');
		expect(await quote.textContent()).toContain('In Minsk werden meer dan 700 mensen aangehouden.');
		await context.close();
	});

	it('gives every mark a target of at least 24 × 24 px, hit where the mark is drawn, and a row link to its panel', async () => {
		for (const width of [1440, 320]) {
			const { page, context } = await open('/', { viewport: { width, height: 900 } });
			for (const chart of ['arrests', 'protests', 'sanctions', 'timeline']) {
				// On screen: what is under a point is known only inside the viewport.
				await page.locator(`#chart-${chart} svg`).scrollIntoViewIfNeeded();
				const targets = await page.locator(`#chart-${chart} svg a.mark`).evaluateAll((els) =>
					els.map((mark) => {
						const id = mark.getAttribute('data-id')!;
						const hit = mark.closest('svg')!.querySelector(`.mark-hit[data-for="${CSS.escape(id)}"]`);
						const r = hit?.getBoundingClientRect();
						// The drawn shape's centre: no neighbour's target covers it (the targets are under every mark).
						const shape = mark.querySelector('rect, circle')!.getBoundingClientRect();
						const top = document.elementFromPoint(shape.x + shape.width / 2, shape.y + shape.height / 2);
						const target = top?.closest('.mark-hit');
						return {
							id,
							w: r?.width ?? 0,
							h: r?.height ?? 0,
							own: !target || target.getAttribute('data-for') === id
						};
					})
				);
				expect(targets.length, chart).toBeGreaterThan(0);
				for (const t of targets) {
					expect(t.w, `${chart} ${t.id} at ${width}`).toBeGreaterThanOrEqual(24);
					expect(t.h, `${chart} ${t.id} at ${width}`).toBeGreaterThanOrEqual(24);
					expect(t.own, `${chart} ${t.id} at ${width}`).toBe(true);
				}
			}
			await context.close();
		}
		// Beside a dot, inside its target: the pointer there shows the dot's tooltip, a click opens its panel.
		const { page, context } = await open();
		const dot = page.locator('#chart-sanctions a.mark').first();
		await dot.scrollIntoViewIfNeeded();
		const id = await dot.getAttribute('data-id');
		const b = (await dot.locator('circle').boundingBox())!;
		await page.mouse.move(b.x + b.width / 2, b.y - 4, { steps: 4 });
		await page.locator('#chart-sanctions [role="tooltip"]').waitFor();
		await page.mouse.click(b.x + b.width / 2, b.y - 4);
		await expect.poll(() => page.url()).toContain(`sel=${id}`);
		await page.keyboard.press('Escape');
		// The table's row link opens the same panel.
		await page.locator('#chart-sanctions summary').click();
		// The row's link to its record's panel (the row also links its articles).
		await page.locator(`#chart-sanctions tr[data-id="${id}"] a[href*="sel="]`).click();
		await expect.poll(() => page.url()).toContain(`sel=${id}`);
		await page.locator('.source-panel').waitFor();
		await context.close();
	});

	it('says the new range in a polite live region', async () => {
		const { page, context } = await open();
		const status = page.locator('[role="status"][data-range-status]');
		expect(await status.textContent()).toBe('');
		await page.locator('[data-preset="september"]').click();
		const sept = {
			arrests: await page.locator('#chart-arrests svg a.mark').count(),
			protests: await page.locator('#chart-protests svg a.mark').count()
		};
		await expect.poll(() => status.textContent()).toMatch(/^September: /);
		const said = (await status.textContent())!;
		expect(said).toContain(
			`${sept.arrests} ${sept.arrests === 1 ? 'arrestatiecijfer' : 'arrestatiecijfers'}`
		);
		expect(said).toContain(`${sept.protests} ${sept.protests === 1 ? 'protestcijfer' : 'protestcijfers'}`);
		// The brush by keyboard: the range as days.
		await page.locator('.brush [data-handle="to"]').focus();
		await page.keyboard.press('ArrowLeft');
		await expect.poll(() => status.textContent()).toMatch(/^1 sep 2020 – 29 sep 2020: /);
		await context.close();
	});

	it('says the drawn range of a vague count, names protests by place, tells the election reports apart, and sums up each chart', async () => {
		const { page, context } = await open();
		const names = (chart: string) =>
			page
				.locator(`#chart-${chart} svg a.mark`)
				.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')!));
		expect(await names('arrests')).toContain(
			'Heel Belarus, 9 aug – 15 aug 2020: duizenden (getekend als 2.000 tot 10.000)'
		);
		expect(await names('protests')).toContain(
			'Pro-regering, 16 aug 2020, Minsk: duizenden (getekend als 2.000 tot 10.000)'
		);
		for (const n of await names('protests')) expect(n).toMatch(/^[^:]+, [^:]*\d{4}, [^:]+: /);
		for (const chart of ['arrests', 'protests', 'sanctions', 'timeline']) {
			const all = await names(chart);
			expect(new Set(all).size, chart).toBe(all.length);
		}
		// The tables: the drawn range, the side of a protest, the step of a sanction.
		const row = (chart: string) => page.locator(`#chart-${chart} tbody tr`);
		expect(await row('arrests').allTextContents()).toContainEqual(
			expect.stringContaining('getekend als 2.000 tot 10.000')
		);
		expect(await page.locator('#chart-protests thead').textContent()).toContain('Reeks');
		expect(await row('protests').allTextContents()).toContainEqual(expect.stringContaining('Pro-regering'));
		expect(await row('sanctions').allTextContents()).toContainEqual(
			expect.stringContaining('Sancties: Besluit')
		);
		// Each chart's summary ends in one sentence saying what it shows.
		expect(await page.locator('#desc-arrests').textContent()).toMatch(
			/Het hoogste gemelde aantal: .+ op .+\./
		);
		expect(await page.locator('#desc-protests').textContent()).toMatch(/De grootste gemelde demonstratie: /);
		expect(await page.locator('#desc-sanctions').textContent()).toMatch(
			/De EU zette 2 stappen; de laatste: /
		);
		expect(await page.locator('#desc-timeline').textContent()).toMatch(/Het vaakst gemeld: /);
		// The panel says the range too.
		await page.locator('#chart-arrests a.mark[data-id="arrests-003-thousands"]').click();
		await expect
			.poll(() => page.locator('.source-panel .what').textContent())
			.toContain('getekend als 2.000 tot 10.000');
		await context.close();
	});

	it('shows how to use the charts, the brush and the map, and starts a chart’s tab stop at its first mark in time', async () => {
		const { page, context } = await open();
		for (const sel of ['#chart-arrests', '[data-island-id="range"]', '#chart-map']) {
			const hint = page.locator(`${sel} .hint`);
			expect(await hint.isVisible(), sel).toBe(true);
		}
		expect(await page.locator('#chart-arrests .hint').textContent()).toMatch(/pijltjes/);
		expect(await page.locator('[data-island-id="range"] .hint').textContent()).toMatch(
			/Sleep.*Page Up\/Down.*Home\/End/
		);
		for (const chart of ['arrests', 'protests', 'sanctions', 'timeline']) {
			const stop = page.locator(`#chart-${chart} a.mark[tabindex="0"]`);
			await stop.focus();
			const before = await stop.getAttribute('data-id');
			await page.keyboard.press('Home');
			expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id')), chart).toBe(before);
		}
		await context.close();
	});

	it('sizes text from the reader’s default font size, and draws chart text at 12 px or more', async () => {
		const sizes = async (standard: number) => {
			const { page, context } = await open();
			const cdp = await context.newCDPSession(page);
			await cdp.send('Page.setFontSizes', { fontSizes: { standard, fixed: standard } });
			const s = await page.evaluate(() => ({
				intro: parseFloat(getComputedStyle(document.querySelector('.intro')!).fontSize),
				hint: parseFloat(getComputedStyle(document.querySelector('.hint')!).fontSize),
				table: parseFloat(getComputedStyle(document.querySelector('.table-scroll table')!).fontSize),
				// Chart text as drawn: its font size times the drawing's scale on screen.
				chart: Math.min(
					...[...document.querySelectorAll('.chart-svg text')].map((t) => {
						const svg = (t as SVGTextElement).ownerSVGElement!;
						const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
						return parseFloat(getComputedStyle(t).fontSize) * scale;
					})
				)
			}));
			await context.close();
			return s;
		};
		const normal = await sizes(16);
		const large = await sizes(32);
		// 12 px, give or take the drawing's rounding to a whole pixel's width (0.1 %).
		expect(normal.chart).toBeGreaterThanOrEqual(11.98);
		expect(normal.intro).toBeGreaterThanOrEqual(16);
		for (const k of ['intro', 'hint', 'table'] as const) expect(large[k], k).toBeGreaterThan(normal[k] * 1.8);
	});

	it('keeps the current preset distinct in forced colours', async () => {
		const { page, context } = await open('/?from=2020-09-01&to=2020-09-30');
		await page.emulateMedia({ forcedColors: 'active' });
		const look = (sel: string) =>
			page.locator(sel).evaluate((e) => {
				const s = getComputedStyle(e);
				return `${s.backgroundColor} ${s.color} ${s.borderTopWidth} ${s.textDecorationLine}`;
			});
		const current = await look('[data-preset="september"]');
		expect(await page.locator('[data-preset="september"]').getAttribute('aria-current')).toBe('true');
		for (const other of ['all', 'august', 'october'])
			expect(await look(`[data-preset="${other}"]`)).not.toBe(current);
		await context.close();
	});

	it('has a skip link, one tab stop for the map’s places with arrow keys between them, named embed buttons, an h1 in every widget', async () => {
		const { page, context } = await open();
		await page.keyboard.press('Tab');
		const skip = page.locator(':focus');
		expect(await skip.getAttribute('href')).toBe('#main');
		expect(await skip.isVisible()).toBe(true);
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
		await leaflet(page);
		const places = page.locator('#chart-map path.place-marker');
		const stops = await places.evaluateAll(
			(els) => els.filter((e) => e.getAttribute('tabindex') === '0').length
		);
		expect(await places.count()).toBeGreaterThan(3);
		expect(stops).toBe(1);
		// The whole map: itself (pan, + and − zoom) and its places; the zoom buttons are for the pointer.
		expect(
			await page
				.locator('#chart-map .leaflet-map')
				.evaluate(
					(map) =>
						[map, ...map.querySelectorAll('a, button, [tabindex]')].filter(
							(e) =>
								(e as HTMLElement).tabIndex >= 0 && e.getAttribute('tabindex') !== '-1' && e.checkVisibility()
						).length
				)
		).toBe(2);
		expect(await places.evaluateAll((els) => els.filter((e) => e.hasAttribute('aria-haspopup')).length)).toBe(
			0
		);
		await page.locator('#chart-map path.place-marker[tabindex="0"]').focus();
		const first = await page.evaluate(() => document.activeElement?.getAttribute('data-place'));
		await page.keyboard.press('ArrowRight');
		const second = await page.evaluate(() => document.activeElement?.getAttribute('data-place'));
		expect(second).not.toBe(first);
		expect(second).toBeTruthy();
		// Enter still opens its popup.
		await page.keyboard.press('Enter');
		await page.locator('#chart-map .leaflet-popup').waitFor();
		await page.keyboard.press('Escape');
		// Five embed buttons, five names.
		const embeds = await page
			.locator('button[data-embed]')
			.evaluateAll((els) => els.map((e) => e.textContent?.trim()));
		expect(embeds.length).toBe(5);
		expect(new Set(embeds).size).toBe(5);
		expect(embeds).toContain('Insluiten: Arrestaties');
		// The brush's handles are named apart from the day fields.
		expect(await page.locator('[data-handle="from"]').getAttribute('aria-label')).toBe(
			'Begin van de periode'
		);
		await context.close();
		for (const widget of ['arrests', 'protests', 'sanctions', 'timeline', 'headlines', 'map']) {
			const { page: w, context: c } = await open(`/embed/${widget}`);
			expect(await w.locator('h1').count(), widget).toBe(1);
			await c.close();
		}
	});

	it('turns Leaflet’s zoom and fade off for a reader who asks for reduced motion', async () => {
		const { page, context } = await open('/', { reducedMotion: 'reduce' });
		await leaflet(page);
		const cls = await page.locator('#chart-map .leaflet-map').getAttribute('class');
		expect(cls).not.toMatch(/leaflet-fade-anim|leaflet-zoom-anim/);
		await context.close();
		const { page: moving, context: c2 } = await open('/');
		await leaflet(moving);
		expect(await moving.locator('#chart-map .leaflet-map').getAttribute('class')).toMatch(
			/leaflet-fade-anim/
		);
		await c2.close();
	});

	it('says "1 stap" and "1 cijfer", not "1 stappen" and "1 cijfers"', async () => {
		const { page, context } = await open('/?from=2020-08-14&to=2020-08-17');
		await expect.poll(() => page.locator('.headlines').textContent()).toMatch(/\b1\s*Stap in EU-sancties/);
		const descs = await page.locator('.chart-frame p.sr-only[id^="desc-"]').allTextContents();
		for (const d of descs) expect(d).not.toMatch(/\b1 (cijfers|gebeurtenissen)\b/);
		await context.close();
	});
});

describe('axe', () => {
	const pages = [
		'/',
		'/?lang=en&sel=arrests-004-sunday',
		'/sources/004_4113c25ad55cc416',
		'/embed/arrests',
		'/embed/protests?lang=en',
		'/embed/sanctions',
		'/embed/timeline',
		'/embed/headlines',
		'/embed/map'
	];
	for (const mode of ['light', 'dark', 'forced colours'] as const) {
		it(`finds no violations on any page or widget, ${mode}`, async () => {
			const found: string[] = [];
			for (const path of pages) {
				const { page, context } = await open(path, {
					colorScheme: mode === 'dark' ? 'dark' : 'light',
					forcedColors: mode === 'forced colours' ? 'active' : 'none',
					reducedMotion: 'reduce'
				});
				if (path.includes('map') || path === '/') await leaflet(page);
				const axe = await new AxeBuilder({ page }).analyze();
				for (const v of axe.violations)
					found.push(`${path}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
				await context.close();
			}
			expect(found).toEqual([]);
		}, 120_000);
	}
});
