/**
 * The widgets as a newsroom uses them: a host page on another origin embeds three widgets with the
 * script snippet and one with the plain iframe snippet. Each frame must settle to its content's
 * height, follow the host's width, never scroll, and speak the formats other embed scripts listen
 * for. Then the widget page itself: readable without JavaScript, every option visible, bad options
 * refused with a 400 that echoes nothing, and no request to any other host. The chart widgets are
 * server-rendered islands: their small first script (at most 20 KB) reports the height, and the
 * islands hydrate when a reader first uses the widget: the tooltips, the source panel in place,
 * arrow keys and a drawing laid out again for the frame's width.
 * Last, the dashboard's embed dialog (a chunk of the islands' build, loaded on the first click): its choices
 * change the live preview and both codes, copying works, and it is a keyboard-usable modal.
 */
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { guardedContext, launch, reloadWithCachedFont } from './browser';

const baseUrl = inject('baseUrl');
const HOST_PORT = Number(process.env.EMBED_HOST_PORT ?? 4313);
const hostOrigin = `http://127.0.0.1:${HOST_PORT}`;

/** The host page: three placeholders for /embed.js (one far below the fold) and one plain iframe with Pym's childId. */
function hostPage(): string {
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A newsroom's article</title>
<style>body{margin:0;font:18px/1.5 Georgia,serif}main{max-width:700px;margin:0 auto;padding:0 12px}</style>
<script>
	// Listeners as other embed scripts write them: Pym.js, Datawrapper, AMP. Each records the
	// height it hears per frame (by its index among the page's iframes).
	window.heard = { pym: {}, datawrapper: {}, amp: {} };
	window.addEventListener('message', function (e) {
		var frames = Array.prototype.slice.call(document.getElementsByTagName('iframe'));
		var i = frames.findIndex(function (f) { return f.contentWindow === e.source; });
		var d = e.data;
		if (typeof d === 'string' && d.indexOf('pymxPYMx') === 0) {
			var bits = d.split('xPYMx');
			if (bits[2] === 'height') heard.pym[bits[1]] = { frame: i, height: Number(bits[3]) };
		} else if (d && typeof d === 'object' && d['datawrapper-height']) {
			for (var id in d['datawrapper-height']) heard.datawrapper[id] = { frame: i, height: d['datawrapper-height'][id] };
		} else if (d && d.sentinel === 'amp' && d.type === 'embed-size') {
			heard.amp[i] = d.height;
		}
	});
</script>
</head><body><main>
<h1>Protests in Belarus</h1>
<p>Some paragraphs of the article.</p>
<div data-belarus-embed="arrests" data-options="lang=en"><a href="${baseUrl}/embed/arrests?lang=en">Arrests</a></div>
<p>More of the article.</p>
<iframe src="${baseUrl}/embed/protests?childId=pym-protests" title="Size of the demonstrations" loading="lazy" scrolling="no" style="width:100%;border:0" height="300"></iframe>
<a href="${baseUrl}/embed/protests">Size of the demonstrations</a>
<div data-belarus-embed="headlines" data-options="theme=dark&amp;lang=en"><a href="${baseUrl}/embed/headlines">Key figures</a></div>
<div id="spacer" style="height:4000px">Much more of the article.</div>
<div data-belarus-embed="sanctions" id="far"><a href="${baseUrl}/embed/sanctions">EU sanctions</a></div>
<p>The end.</p>
<script src="${baseUrl}/embed.js" async></script>
</main></body></html>`;
}

/** A host page with nothing but a plain iframe (no embed.js): set by the test that opens it. */
let plainPage = '';
let host: Server;
let browser: Browser;

beforeAll(async () => {
	host = createServer((req, res) => {
		if (req.url === '/article.html') {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(hostPage());
		} else if (req.url === '/plain.html') {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(plainPage);
		} else {
			res.writeHead(404).end();
		}
	});
	await new Promise<void>((resolve) => host.listen(HOST_PORT, '127.0.0.1', resolve));
	browser = await launch();
});

afterAll(async () => {
	await browser?.close();
	await new Promise((resolve) => host?.close(resolve));
});

interface FrameState {
	src: string;
	/** The iframe element's height on the host page. */
	iframeHeight: number;
	/** Inside the frame: <html>'s scrollHeight and clientHeight, and the content's own height. */
	scrollHeight: number;
	clientHeight: number;
	contentHeight: number;
}

async function frameStates(page: Page): Promise<FrameState[]> {
	const iframes = await page.locator('iframe').elementHandles();
	const out: FrameState[] = [];
	for (const handle of iframes) {
		const frame = (await handle.contentFrame()) as Frame;
		// Chromium does not lay out a cross-origin frame that is off screen: look at each in turn.
		await handle.scrollIntoViewIfNeeded();
		await frame.evaluate(
			() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
		);
		const iframeHeight = await handle.evaluate(
			(el) => (el as HTMLIFrameElement).getBoundingClientRect().height
		);
		const src = await handle.evaluate((el) => (el as HTMLIFrameElement).src);
		const inside = await frame.evaluate(() => ({
			scrollHeight: document.documentElement.scrollHeight,
			clientHeight: document.documentElement.clientHeight,
			contentHeight: document.documentElement.getBoundingClientRect().height
		}));
		out.push({ src, iframeHeight, ...inside });
	}
	return out;
}

/** Waits until every frame is its content's height (within 2 px) and none can scroll. */
async function expectSettled(page: Page, frames: number) {
	let last: FrameState[] = [];
	const problems = (states: FrameState[]) =>
		states.length !== frames
			? [`${states.length} frames`]
			: states
					.filter(
						(f) =>
							Math.abs(f.iframeHeight - f.scrollHeight) > 2 ||
							Math.abs(f.iframeHeight - f.contentHeight) > 2 ||
							f.scrollHeight > f.clientHeight
					)
					.map((f) => JSON.stringify(f));
	await expect
		.poll(
			async () => {
				last = await frameStates(page);
				return problems(last);
			},
			{ timeout: 10_000, interval: 200 }
		)
		.toEqual([]);
	return last;
}

describe('widgets on a host page of another origin', () => {
	it('sizes every frame to its content, follows the width, never scrolls, and speaks Pym, Datawrapper and AMP', async () => {
		const { context, outside } = await guardedContext(browser, [baseUrl, hostOrigin], {
			viewport: { width: 1200, height: 900 }
		});
		const page = await context.newPage();
		await page.goto(`${hostOrigin}/article.html`);

		// The script replaced the placeholders near the screen; the one 4000 px down waits for the reader.
		await expect.poll(() => page.locator('iframe').count()).toBe(3);
		expect(await page.locator('#far iframe').count()).toBe(0);
		for (const iframe of await page.locator('iframe').all()) {
			expect(await iframe.getAttribute('scrolling')).toBe('no');
			expect(await iframe.getAttribute('loading')).toBe('lazy');
			expect(await iframe.getAttribute('style')).toMatch(/width:\s*100%;\s*border:\s*0/);
		}
		await page.locator('#far').scrollIntoViewIfNeeded();
		await expect.poll(() => page.locator('iframe').count()).toBe(4);
		await page.locator('#far iframe').scrollIntoViewIfNeeded();
		await page.evaluate(() => window.scrollTo(0, 0));

		const wide = await expectSettled(page, 4);
		// The plain iframe started at 300 px: it grew to fit, so the script sized it too.
		expect(wide[1].src).toContain('/embed/protests');
		expect(wide[1].iframeHeight).toBeGreaterThan(350);

		await page.setViewportSize({ width: 360, height: 800 });
		const narrow = await expectSettled(page, 4);
		// A narrower column wraps the text and the legend: the frames grew.
		expect(narrow[0].iframeHeight).toBeGreaterThan(wide[0].iframeHeight);
		expect(narrow[2].iframeHeight).toBeGreaterThan(wide[2].iframeHeight);

		await page.setViewportSize({ width: 1200, height: 900 });
		const back = await expectSettled(page, 4);
		back.forEach((f, i) => expect(Math.abs(f.iframeHeight - wide[i].iframeHeight)).toBeLessThanOrEqual(2));

		// The foreign formats carried the same heights.
		const heard = (await page.evaluate('window.heard')) as {
			pym: Record<string, { frame: number; height: number }>;
			datawrapper: Record<string, { frame: number; height: number }>;
			amp: Record<string, number>;
		};
		const heightOf = (i: number) => Math.ceil(back[i].contentHeight);
		expect(heard.pym['pym-protests']).toEqual({ frame: 1, height: heightOf(1) });
		expect(Object.keys(heard.pym)).toEqual(['pym-protests']);
		expect(heard.datawrapper.arrests).toEqual({ frame: 0, height: heightOf(0) });
		expect(heard.datawrapper.protests).toEqual({ frame: 1, height: heightOf(1) });
		expect(heard.datawrapper.headlines).toEqual({ frame: 2, height: heightOf(2) });
		expect(heard.datawrapper.sanctions).toEqual({ frame: 3, height: heightOf(3) });
		for (let i = 0; i < 4; i++) expect(heard.amp[i]).toBe(heightOf(i));

		// The widget's options reached it through data-options.
		const headlines = page.frames().find((f) => f.url().includes('/embed/headlines'))!;
		expect(await headlines.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

		expect(outside).toEqual([]);
		await context.close();
	});
});

describe('the widget page', () => {
	it('shows the chart without JavaScript', async () => {
		const { context, outside } = await guardedContext(browser, [baseUrl], { javaScriptEnabled: false });
		const page = await context.newPage();
		for (const id of ['arrests', 'protests', 'sanctions', 'timeline']) {
			const response = await page.goto(`${baseUrl}/embed/${id}`);
			expect(response?.status()).toBe(200);
			expect(await page.locator('svg.chart-svg .mark').count()).toBeGreaterThan(0);
			expect(await page.locator('svg.chart-svg .mark :is(rect, circle)').first().isVisible()).toBe(true);
			expect(await page.locator('h1').textContent()).toBeTruthy();
		}
		await page.goto(`${baseUrl}/embed/headlines`);
		expect(await page.locator('.headlines li').count()).toBeGreaterThan(2);
		expect(outside).toEqual([]);
		await context.close();
	});

	it('changes with each of its options', async () => {
		const { context, outside } = await guardedContext(browser, [baseUrl], {
			viewport: { width: 640, height: 800 }
		});
		const page = await context.newPage();
		const open = async (query: string) => {
			const response = await page.goto(`${baseUrl}/embed/arrests${query}`);
			expect(response?.status()).toBe(200);
		};

		await open('');
		const heading = await page.locator('h1').textContent();
		const marks = await page.locator('svg .mark').count();
		const axisLabel = await page.locator('svg .axis-label').first().textContent();
		const chartHeight = await page.locator('.chart-box').evaluate((el) => el.getBoundingClientRect().height);
		expect(heading).toBe('Arrestaties');
		expect(await page.locator('figcaption.source').count()).toBe(1);
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('auto');

		await open('?lang=en');
		expect(await page.locator('h1').textContent()).toBe('Arrests');
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

		await open('?theme=dark');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
			'rgb(22, 24, 28)'
		);

		await open('?title=hide');
		expect(await page.locator('h1, h2').count()).toBe(0);
		expect(await page.locator('svg .mark').count()).toBe(marks);

		await open('?source=hide');
		expect(await page.locator('figcaption.source').count()).toBe(0);

		await open('?from=2020-09-01&to=2020-10-15');
		const fewer = await page.locator('svg .mark').count();
		expect(fewer).toBeGreaterThan(0);
		expect(fewer).toBeLessThan(marks);

		await open('?yscale=linear');
		const linearLabel = await page.locator('svg .axis-label').first().textContent();
		expect(linearLabel).not.toBe(axisLabel);
		expect(linearLabel).toBe('Aantal mensen');

		await open('?height=200');
		const shorter = await page.locator('.chart-box').evaluate((el) => el.getBoundingClientRect().height);
		expect(chartHeight).toBe(300);
		expect(shorter).toBe(200);

		expect(outside).toEqual([]);
		await context.close();
	});

	it.each([
		{ query: '?lang=%3Cscript%3Ex', option: 'lang', raw: ['<script>x', '&lt;script&gt;x', 'script>x'] },
		{ query: '?yscale=cubic', option: 'yscale', raw: ['cubic'] },
		{ query: '?notes=maybe', option: 'notes', raw: ['maybe'] },
		{ query: '?lang=xx', option: 'lang', raw: ['xx'] }
	])('refuses $query with a 400 that echoes nothing', async ({ query, option, raw }) => {
		const response = await fetch(`${baseUrl}/embed/arrests${query}`);
		expect(response.status).toBe(400);
		const html = await response.text();
		for (const r of raw) expect(html).not.toContain(r);
		expect(html).toContain(option ? `The option "${option}"` : 'An option is not an option of this page');
	});

	it.each(['?foo=1', '?ref=x', '?lang=EN', '?lang=En&theme=DARK&title=Hide'])(
		'opens %s: a parameter that is no option is ignored, values match in any case',
		async (query) => {
			const response = await fetch(`${baseUrl}/embed/arrests${query}`);
			expect(response.status).toBe(200);
			const html = await response.text();
			// The canonical link keeps the widget's own options, in lower case, and nothing else.
			const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
			expect(canonical).toBe(
				`${baseUrl}/embed/arrests` +
					{
						'?foo=1': '',
						'?ref=x': '',
						'?lang=EN': '?lang=en',
						'?lang=En&theme=DARK&title=Hide': '?lang=en&amp;theme=dark&amp;title=hide'
					}[query]
			);
			expect(html).not.toContain('foo');
		}
	);

	it('opens the dashboard with ?ref=twitter, in English for ?lang=EN, with a canonical link without them', async () => {
		const shared = await fetch(`${baseUrl}/?ref=twitter&fbclid=x`);
		expect(shared.status).toBe(200);
		const html = await shared.text();
		expect(/<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]).toBe(`${baseUrl}/`);
		const english = await (await fetch(`${baseUrl}/?lang=EN&ref=x`)).text();
		expect(english).toMatch(/<html lang="en"/);
		expect(/<link rel="canonical" href="([^"]+)"/.exec(english)?.[1]).toBe(`${baseUrl}/?lang=en`);
		const bad = await fetch(`${baseUrl}/?lang=xx`);
		expect(bad.status).toBe(400);
		expect(await bad.text()).toContain(
			'The option "lang" has a value that is not allowed. Allowed: nl or en.'
		);
	});

	it('holds a range to the story’s period: an old end clamped to the newest article’s day, a day before the election a 400', async () => {
		// The period once ended on a fixed 15 October; the data's newest article is of 12 October.
		const old = await fetch(`${baseUrl}/?from=2020-10-01&to=2020-10-15`);
		expect(old.status).toBe(200);
		const html = await old.text();
		expect(/<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]).toBe(`${baseUrl}/?from=2020-10-01`);
		expect(html).toMatch(/<input type="date" name="to" min="2020-08-09" max="2020-10-12" value="2020-10-12"/);
		const widget = await fetch(`${baseUrl}/embed/arrests?to=2020-10-15`);
		expect(widget.status).toBe(200);
		const before = await fetch(`${baseUrl}/?from=2020-08-01`);
		expect(before.status).toBe(400);
		expect(await before.text()).toContain(
			'The option "from" has a value that is not allowed. Allowed: a day from 2020-08-09 to 2020-10-12 (YYYY-MM-DD).'
		);
		expect((await fetch(`${baseUrl}/export/arrests.svg?from=2020-10-13`)).status).toBe(400);
	});

	it('fits a plain iframe of the embed code’s height at 320, 375, 768 and 1280 px: links shown, no scrolling', async () => {
		const { context } = await guardedContext(browser, [baseUrl, hostOrigin]);
		// The bundled font is used when it is ready before the first paint (from the cache:
		// src/lib/islands/webFonts.ts), which a frame on another site's page does not promise and the
		// guard's routing turns off: those runs are the widget's page itself, the frame's size, reloaded
		// in a context of the browser's own.
		const cached = await browser.newContext();
		const problems: string[] = [];
		for (const id of ['arrests', 'protests', 'sanctions', 'timeline', 'headlines', 'map']) {
			// The height the embed codes give (the dialog's and oEmbed's are one), on a frame as wide as the column.
			const oembed = await (
				await fetch(`${baseUrl}/oembed?url=${encodeURIComponent(`${baseUrl}/embed/${id}`)}&format=json`)
			).json();
			const height = Number(/height="(\d+)"><\/iframe>/.exec(oembed.html)![1]);
			plainPage =
				'<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1">' +
				'<title>Plain</title></head><body style="margin:0">' +
				`<iframe src="${baseUrl}/embed/${id}" title="${id}" scrolling="no" style="width:100%;border:0" height="${height}"></iframe>` +
				'</body></html>';
			// With the bundled font, and with the fallback a reader keeps when the font is not ready
			// (a first visit: src/lib/islands/webFonts.ts), at the widths where lines break most.
			const runs = [
				...[320, 375, 768, 1280].map((width) => ({ width, fallback: false })),
				...[320, 375].map((width) => ({ width, fallback: true }))
			];
			for (const { width, fallback } of runs) {
				let page: Page;
				let frame: Frame;
				if (fallback) {
					page = await context.newPage();
					await page.route(/\.woff2$/, (route) => route.abort());
					await page.setViewportSize({ width, height: 900 });
					await page.goto(`${hostOrigin}/plain.html`);
					frame = (await (await page.locator('iframe').elementHandle())!.contentFrame())!;
				} else {
					page = await cached.newPage();
					await page.setViewportSize({ width, height });
					await page.goto(`${baseUrl}/embed/${id}`, { waitUntil: 'networkidle' });
					await reloadWithCachedFont(page);
					frame = page.mainFrame();
				}
				await frame.locator('.widget-link').last().waitFor();
				await frame
					.locator(`html[data-fonts="${fallback ? 'fallback' : 'web'}"]`)
					.waitFor({ state: 'attached' });
				await frame.evaluate(() => document.fonts.ready);
				const state = await frame.evaluate(() => {
					const links = [...document.querySelectorAll('.widget-link')];
					return {
						scroll: document.documentElement.scrollHeight,
						client: document.documentElement.clientHeight,
						linksBottom: Math.max(...links.map((a) => a.getBoundingClientRect().bottom)),
						links: links.length
					};
				});
				if (state.links === 0 || state.linksBottom > state.client || state.scroll > state.client)
					problems.push(
						`${id} at ${width}px${fallback ? ' (fallback font)' : ''} in ${height}px: ${JSON.stringify(state)}`
					);
				await page.close();
			}
		}
		expect(problems).toEqual([]);
		await context.close();
		await cached.close();
		// 24 pages, one after another: a slow machine's time, not a budget.
	}, 180_000);

	it('draws the story’s notes, linked to their quotes, and leaves them out with notes=hide', async () => {
		const shown = await (await fetch(`${baseUrl}/embed/timeline?lang=en`)).text();
		expect(shown).toContain('Sochi: loan of $1.5 billion');
		expect(shown).toMatch(/<a href="\?[^"]*sel=meeting-004-sochi[^"]*" class="note-link"/);
		const hidden = await (await fetch(`${baseUrl}/embed/timeline?lang=en&notes=hide`)).text();
		expect(hidden).not.toContain('class="note-link"');
		expect(hidden).not.toContain('Sochi: loan');
		expect(await (await fetch(`${baseUrl}/embed/map?notes=hide`)).text()).toContain('The option "notes"');
	});

	it('answers an unknown widget with a 404 listing the widgets', async () => {
		const response = await fetch(`${baseUrl}/embed/nonsense`);
		expect(response.status).toBe(404);
		const html = await response.text();
		expect(html).toContain('arrests, protests, sanctions, timeline, headlines, map');
		expect(html).not.toContain('nonsense');
	});

	it('refuses an option that belongs to another widget', async () => {
		expect((await fetch(`${baseUrl}/embed/sanctions?yscale=log`)).status).toBe(400);
		expect((await fetch(`${baseUrl}/embed/headlines?height=300`)).status).toBe(400);
		expect(
			(
				await fetch(
					`${baseUrl}/embed/arrests?childId=pym-1&parentUrl=https%3A%2F%2Fexample.org%2Fa&initialWidth=640&parentTitle=A`
				)
			).status
		).toBe(200);
	});

	it('is cacheable, sets no cookie, may be framed anywhere, loads only its own scripts, and announces oEmbed and its social card', async () => {
		const response = await fetch(`${baseUrl}/embed/arrests?lang=en`);
		expect(response.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=86400');
		expect(response.headers.get('set-cookie')).toBeNull();
		expect(response.headers.get('x-frame-options')).toBeNull();
		const csp = response.headers.get('content-security-policy') ?? '';
		expect(csp).toContain('frame-ancestors *');
		expect(csp).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
		expect(csp).toContain("default-src 'self'");
		expect(csp).toContain("font-src 'self'");
		expect(csp).toContain("img-src 'self' data:");
		const html = await response.text();
		const oembed = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
		expect(oembed).toBe(
			`${baseUrl}/oembed?url=${encodeURIComponent(`${baseUrl}/embed/arrests?lang=en`)}&amp;format=json`
		);
		expect(html).toContain(
			`<meta property="og:image" content="${baseUrl}/export/arrests.png?preset=social&amp;lang=en"`
		);
		expect(html).toContain(
			`<meta name="twitter:image" content="${baseUrl}/export/arrests.png?preset=social&amp;lang=en"`
		);

		const dashboard = await fetch(`${baseUrl}/`);
		expect(dashboard.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
	});

	it('links its data (exactly the records shown) and the same view on the dashboard, in a new tab', async () => {
		const html = await (await fetch(`${baseUrl}/embed/arrests?lang=en&from=2020-09-01&to=2020-10-11`)).text();
		expect(html).toMatch(
			/<a class="widget-link[^"]*" href="\/data\/arrests\.csv\?from=2020-09-01&amp;to=2020-10-11" download="" target="_blank" rel="noopener">/
		);
		expect(html).toMatch(
			/<a class="widget-link[^"]*" href="\/\?lang=en&amp;from=2020-09-01&amp;to=2020-10-11#chart-arrests" target="_blank" rel="noopener">/
		);
		const csv = await (await fetch(`${baseUrl}/data/arrests.csv?from=2020-09-01&to=2020-10-11`)).text();
		const rows = csv.trim().split('\r\n').slice(1);
		const page = await browser.newPage();
		await page.goto(`${baseUrl}/embed/arrests?from=2020-09-01&to=2020-10-11`);
		const ids = await page
			.locator('svg .mark')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
		await page.close();
		expect(rows.map((r) => r.split(',')[1]).sort()).toEqual([...ids].sort());
		expect((await fetch(`${baseUrl}/data/nonsense.csv`)).status).toBe(404);
	});
});

describe('oEmbed', () => {
	it('answers a widget URL and a dashboard URL with a rich response', async () => {
		const url = `${baseUrl}/?lang=en#chart-timeline`;
		const r = await fetch(
			`${baseUrl}/oembed?url=${encodeURIComponent(url)}&format=json&maxwidth=500&maxheight=400`
		);
		expect(r.status).toBe(200);
		const body = await r.json();
		expect(body).toMatchObject({ version: '1.0', type: 'rich', width: 500, provider_name: 'Belarus 2020' });
		expect(body.height).toBeLessThanOrEqual(400);
		expect(body.html).toContain(`src="${baseUrl}/embed/timeline?lang=en&amp;height=`);
		expect(
			(await fetch(`${baseUrl}/oembed?url=${encodeURIComponent('https://example.org/embed/arrests')}`)).status
		).toBe(404);
		expect(
			(await fetch(`${baseUrl}/oembed?url=${encodeURIComponent(`${baseUrl}/embed/arrests`)}&format=xml`))
				.status
		).toBe(501);
		expect((await fetch(`${baseUrl}/oembed`)).status).toBe(400);
	});
});

/** A mark of the arrests chart that nothing covers: the Minsk bar of 13 September. */
const MARK = 'arrests-004-sunday-minsk';

describe('a chart widget', () => {
	it('downloads at most 20 KB of JavaScript (gzip) until a reader uses it: its own script, nothing of SvelteKit', async () => {
		const { context, outside } = await guardedContext(browser, [baseUrl], {
			viewport: { width: 640, height: 800 }
		});
		for (const id of ['arrests', 'protests', 'sanctions', 'timeline', 'headlines']) {
			const page = await context.newPage();
			const scripts: Promise<{ url: string; gzip: number }>[] = [];
			page.on('response', (r) => {
				if (r.request().resourceType() === 'script')
					scripts.push(r.body().then((b) => ({ url: r.url(), gzip: gzipSync(b, { level: 9 }).length })));
			});
			await page.goto(`${baseUrl}/embed/${id}`, { waitUntil: 'networkidle' });
			const js = await Promise.all(scripts);
			const paths = js.map((j) => new URL(j.url).pathname);
			expect(paths[0]).toBe('/islands/widget.js');
			for (const path of paths) expect(path).toMatch(/^\/islands\//);
			expect(js.reduce((sum, j) => sum + j.gzip, 0)).toBeLessThanOrEqual(20 * 1024);
			expect(await page.locator('main.widget').getAttribute('data-widget')).toBe(id);
			await page.close();
		}
		expect(outside).toEqual([]);
		await context.close();
	});

	it('shows the dashboard’s tooltip on hover and on focus, and lights up the marks of the same days', async () => {
		const { context, outside } = await guardedContext(browser, [baseUrl], {
			viewport: { width: 640, height: 800 }
		});
		const page = await context.newPage();
		await page.goto(`${baseUrl}/embed/arrests?lang=en`);
		const mark = page.locator(`svg .mark[data-id="${MARK}"]`);
		await mark.hover();
		const tip = page.locator('.chart-wrap [role="tooltip"]');
		await expect.poll(() => tip.count()).toBe(1);
		const text = (await tip.textContent()) ?? '';
		expect(text).toContain('500 · Arrests');
		expect(text).toContain('Sep 13, 2020 · Minsk');
		expect(text).toContain('‘Zondag werden 774 betogers opgepakt, van wie 500 in de hoofdstad Minsk.’');
		// Its article by title and day.
		expect(text).toContain(
			'‘Putin gives Lukashenko breathing space and a 1.5 billion dollar loan’ (Sep 14, 2020)'
		);
		expect(await mark.getAttribute('class')).toContain('hovered');
		// The nationwide bar of the same Sunday lights up with it.
		expect(await page.locator('svg .mark[data-id="arrests-004-sunday"]').getAttribute('class')).toContain(
			'linked'
		);
		// Inside the widget: the frame would cut off anything outside it.
		const box = await tip.boundingBox();
		expect(box!.y).toBeGreaterThanOrEqual(0);
		expect(box!.x).toBeGreaterThanOrEqual(0);
		expect(box!.x + box!.width).toBeLessThanOrEqual(640);

		await page.mouse.move(5, 5);
		await expect.poll(() => tip.count()).toBe(0);
		await mark.focus();
		await expect.poll(() => tip.count()).toBe(1);
		await page.keyboard.press('Escape');
		await expect.poll(() => tip.count()).toBe(0);
		expect(outside).toEqual([]);
		await context.close();
	});

	it('moves from mark to mark in time with the arrow keys', async () => {
		const page = await browser.newPage();
		await page.goto(`${baseUrl}/embed/arrests`);
		const marks = await page
			.locator('svg .mark')
			.evaluateAll((els) =>
				els.map((e) => ({ id: e.getAttribute('data-id')!, x: e.getBoundingClientRect().left }))
			);
		await page.locator('svg .mark').first().focus();
		// Focus is the widget's first use: its islands load, and then take the keys.
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-id'));
		await page.keyboard.press('Home');
		const seen = [await focused()];
		for (let i = 1; i < marks.length + 1; i++) {
			await page.keyboard.press('ArrowRight');
			seen.push(await focused());
		}
		// Every mark once, then it stays on the last; ArrowLeft goes back.
		expect(new Set(seen).size).toBe(marks.length);
		expect(seen.at(-1)).toBe(seen.at(-2));
		await page.keyboard.press('ArrowLeft');
		expect(await focused()).toBe(seen.at(-3));
		await page.close();
	});

	it('opens the source panel in place with the quote highlighted, and closes it with Escape', async () => {
		const { context, outside } = await guardedContext(browser, [baseUrl], {
			viewport: { width: 640, height: 800 }
		});
		const page = await context.newPage();
		await page.goto(`${baseUrl}/embed/arrests?lang=en`);
		const mark = page.locator(`svg .mark[data-id="${MARK}"]`);
		await mark.click();
		const panel = page.locator('.panel-slot aside.source-panel');
		await expect.poll(() => panel.count()).toBe(1);
		expect(await panel.locator('mark').textContent()).toBe(
			'Zondag werden 774 betogers opgepakt, van wie 500 in de hoofdstad Minsk.'
		);
		// Highlighted as on the dashboard: SourcePanel's own styles reach the panel the script built.
		expect(await panel.locator('mark').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
			'rgb(255, 224, 138)'
		);
		await expect.poll(() => page.url()).toBe(`${baseUrl}/embed/arrests?lang=en&sel=${MARK}`);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('source-panel-title');
		expect(await mark.getAttribute('class')).toContain('selected');
		// The same panel the server renders for `?sel=`, word for word.
		const built = (await panel.innerText()).trim();
		const served = await context.newPage();
		await served.goto(`${baseUrl}/embed/arrests?lang=en&sel=${MARK}`);
		expect((await served.locator('.panel-slot aside.source-panel').innerText()).trim()).toBe(built);
		await served.close();
		const axe = await new AxeBuilder({ page }).analyze();
		expect(
			axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
		).toEqual([]);

		await page.keyboard.press('Escape');
		await expect.poll(() => panel.count()).toBe(0);
		await expect.poll(() => page.url()).toBe(`${baseUrl}/embed/arrests?lang=en`);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(MARK);
		expect(await mark.getAttribute('class')).not.toContain('selected');

		// A panel the server opened closes in place too, with its close link.
		await page.goto(`${baseUrl}/embed/arrests?lang=en&sel=${MARK}`);
		await page.locator('.panel-slot a.close').click();
		await expect.poll(() => panel.count()).toBe(0);
		await expect.poll(() => page.url()).toBe(`${baseUrl}/embed/arrests?lang=en`);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(MARK);
		expect(outside).toEqual([]);
		await context.close();
	});

	it('opens a headline figure’s source in place', async () => {
		const page = await browser.newPage();
		await page.goto(`${baseUrl}/embed/headlines?lang=en`);
		await page.locator('a.headline').nth(1).click();
		const panel = page.locator('.panel-slot aside.source-panel');
		await expect.poll(() => panel.count()).toBe(1);
		expect(await panel.locator('mark').textContent()).toBeTruthy();
		await expect.poll(() => page.url()).toContain('sel=');
		await page.close();
	});

	it('lets Tab through while its islands load, then hands them the arrow keys pressed meanwhile', async () => {
		const { context } = await guardedContext(browser, [baseUrl], { viewport: { width: 640, height: 800 } });
		let release = () => {};
		const held = new Promise<void>((r) => (release = r));
		await context.route('**/islands/chunks/widgetIslands-*', async (route) => {
			await held;
			await route.continue();
		});
		const page = await context.newPage();
		await page.goto(`${baseUrl}/embed/arrests`, { waitUntil: 'networkidle' });
		const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? null);
		const marks = page.locator('svg .mark');
		await marks.first().focus();
		// Tab leaves the mark as without JavaScript: the keyboard is never held by a load.
		await page.keyboard.press('Tab');
		expect(await focused()).toBe(await marks.nth(1).getAttribute('data-id'));
		await page.keyboard.press('Shift+Tab');
		expect(await focused()).toBe(await marks.first().getAttribute('data-id'));
		// An arrow key waits for the islands, which then move focus as it asked.
		await page.keyboard.press('End');
		release();
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		const last = await marks.evaluateAll((els) => {
			const byDay = [...els].sort(
				(a, b) =>
					a.getAttribute('data-x0')!.localeCompare(b.getAttribute('data-x0')!) ||
					a.getBoundingClientRect().left - b.getBoundingClientRect().left
			);
			return byDay.at(-1)!.getAttribute('data-id');
		});
		await expect.poll(focused).toBe(last);
		await context.close();
	});

	it('follows a mark’s link as a page when its islands cannot load', async () => {
		const { context } = await guardedContext(browser, [baseUrl], { viewport: { width: 640, height: 800 } });
		await context.route('**/islands/chunks/widgetIslands-*', (route) => route.abort());
		const page = await context.newPage();
		await page.goto(`${baseUrl}/embed/arrests?lang=en`, { waitUntil: 'networkidle' });
		await page.locator(`svg .mark[data-id="${MARK}"]`).click();
		await page.waitForURL(`**/embed/arrests?lang=en&sel=${MARK}`);
		await page.locator('.panel-slot aside.source-panel mark').waitFor();
		await context.close();
	});

	it('shows the source panel of `?sel=` without JavaScript', async () => {
		const { context, outside } = await guardedContext(browser, [baseUrl], { javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${baseUrl}/embed/arrests?lang=en`);
		// A mark is a link to it.
		await page.locator(`svg .mark[data-id="${MARK}"]`).click();
		await page.waitForURL(`**/embed/arrests?lang=en&sel=${MARK}`);
		const panel = page.locator('.panel-slot aside.source-panel');
		expect(await panel.count()).toBe(1);
		expect(await panel.locator('mark').textContent()).toBe(
			'Zondag werden 774 betogers opgepakt, van wie 500 in de hoofdstad Minsk.'
		);
		expect(await page.locator(`svg .mark[data-id="${MARK}"]`).getAttribute('class')).toContain('selected');
		await page.locator('.panel-slot a.close').click();
		await page.waitForURL(`**/embed/arrests?lang=en`);
		expect(await panel.count()).toBe(0);
		expect(outside).toEqual([]);
		await context.close();
	});

	it('lays the drawing out again for a frame much narrower than the one it was drawn for', async () => {
		const { context, outside } = await guardedContext(browser, [baseUrl], {
			viewport: { width: 360, height: 800 }
		});
		const page = await context.newPage();
		await page.goto(`${baseUrl}/embed/timeline`);
		const drawn = () =>
			page.locator('.chart-box svg').evaluate((svg) => (svg as SVGSVGElement).viewBox.baseVal.width);
		await expect.poll(drawn).toBe(350);
		// Pym's initialWidth gives the server the width at once.
		const hinted = await (await fetch(`${baseUrl}/embed/timeline?initialWidth=360`)).text();
		expect(hinted).toMatch(/<svg[^>]*class="chart-svg"[^>]*viewBox="0 0 350 420"/);
		expect(outside).toEqual([]);
		await context.close();
	});

	it('embedded by /embed.js in a phone’s column, is drawn by the server for its width: nothing redrawn', async () => {
		const { context, outside } = await guardedContext(browser, [baseUrl, hostOrigin], {
			viewport: { width: 375, height: 800 }
		});
		plainPage =
			'<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1">' +
			'<title>Phone</title></head><body style="margin:0;padding:0 12px">' +
			`<div data-belarus-embed="arrests" data-options="lang=en"><a href="${baseUrl}/embed/arrests?lang=en">Arrests</a></div>` +
			`<script src="${baseUrl}/embed.js" async></script></body></html>`;
		const page = await context.newPage();
		const scripts: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
		});
		await page.goto(`${hostOrigin}/plain.html`);
		const iframe = page.locator('iframe');
		// The column is 351 px: the frame asks for a drawing 340 px wide (in steps of 20), its options kept.
		await expect
			.poll(() => iframe.getAttribute('src'))
			.toBe(`${baseUrl}/embed/arrests?lang=en&initialWidth=340`);
		const frame = page.frameLocator('iframe');
		await frame.locator('html[data-fonts]').waitFor({ state: 'attached' });
		const fit = await frame.locator('.chart-box').evaluate((box) => ({
			box: box.clientWidth,
			drawn: box.querySelector<SVGSVGElement>('svg.chart-svg')!.viewBox.baseVal.width
		}));
		expect(fit.drawn).toBe(330);
		expect(fit.box / fit.drawn).toBeGreaterThan(0.9);
		expect(fit.box / fit.drawn).toBeLessThan(1.12);
		// The server's drawing fits: the islands wait for the reader, and the chart is the server's.
		const widget = (await (await iframe.elementHandle())!.contentFrame())!;
		await widget.waitForLoadState('networkidle');
		expect(scripts.some((s) => s === '/islands/widget.js')).toBe(true);
		expect(scripts.filter((s) => s.includes('widgetIslands'))).toEqual([]);
		expect(outside).toEqual([]);
		await context.close();
	});
});

describe('the dashboard’s embed dialog', () => {
	/** The dashboard at `path`, and every script it fetched. */
	async function dashboard(path: string, width = 1440) {
		const { context, outside } = await guardedContext(browser, [baseUrl], {
			viewport: { width, height: 900 }
		});
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
		const page = await context.newPage();
		const errors: string[] = [];
		const scripts: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
		});
		await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
		return { page, context, outside, errors, scripts };
	}
	const dialogOf = (page: Page) => page.locator('dialog.embed-dialog');
	const field = (page: Page, name: string) => dialogOf(page).locator(`textarea[name=${name}]`);

	it('loads its script on the first click, and its choices change the live preview and both codes', async () => {
		const { page, context, outside, errors, scripts } = await dashboard('/?from=2020-09-01&to=2020-09-30');
		// The dialog is a chunk of its own (/islands/chunks/EmbedDialog-<hash>.js), loaded on the first click only.
		const dialogScripts = () => scripts.filter((s) => /^\/islands\/chunks\/EmbedDialog-[\w-]+\.js$/.test(s));
		expect(dialogScripts()).toEqual([]);
		const button = page.locator('#chart-arrests button[data-embed]');
		expect(await button.textContent()).toBe('Insluiten: Arrestaties');
		await button.click();
		const dialog = dialogOf(page);
		await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
		expect(dialogScripts()).toHaveLength(1);
		// Its styles come with its script (the page never rendered it): a framed modal, not bare markup.
		expect(await dialog.evaluate((d) => getComputedStyle(d).borderTopLeftRadius)).toBe('6px');
		expect(await dialog.getByRole('heading', { level: 2 }).textContent()).toBe('‘Arrestaties’ insluiten');
		expect(await dialog.locator('fieldset.range').textContent()).toContain('1 sep 2020 – 30 sep 2020');
		expect(await dialog.locator('fieldset.yscale').count()).toBe(1);

		const preview = dialog.locator('iframe');
		const src = () => preview.getAttribute('src');
		expect(await src()).toBe(`${baseUrl}/embed/arrests?from=2020-09-01&to=2020-09-30`);
		expect(await preview.getAttribute('title')).toBe('Arrestaties');
		expect(await field(page, 'iframe').inputValue()).toBe(
			`<iframe src="${baseUrl}/embed/arrests?from=2020-09-01&amp;to=2020-09-30" title="Arrestaties" loading="lazy" scrolling="no" style="width:100%;border:0" height="601"></iframe>`
		);
		expect(await field(page, 'script').inputValue()).toContain(
			'<div data-belarus-embed="arrests" data-options="from=2020-09-01&amp;to=2020-09-30">'
		);

		// The preview takes the height the widget reports, as an embed would.
		const frame = page.frameLocator('dialog.embed-dialog iframe');
		expect(await frame.locator('main.widget').getAttribute('data-widget')).toBe('arrests');
		await expect
			.poll(async () => {
				const inside = await frame
					.locator('html')
					.evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
				return Math.abs(Number(await preview.getAttribute('height')) - inside);
			})
			.toBeLessThanOrEqual(1);

		await dialog.locator('input[name=lang][value=en]').check();
		expect(await src()).toBe(`${baseUrl}/embed/arrests?lang=en&from=2020-09-01&to=2020-09-30`);
		expect(await preview.getAttribute('title')).toBe('Arrests');
		await dialog.locator('select[name=theme]').selectOption('dark');
		expect(await dialog.locator('.preview-box').getAttribute('class')).toContain('dark');
		await dialog.locator('input[name=title]').uncheck();
		await dialog.locator('input[name=yscale][value=linear]').check();
		await dialog.locator('input[name=range][value=all]').check();
		const query = 'lang=en&theme=dark&title=hide&yscale=linear';
		expect(await src()).toBe(`${baseUrl}/embed/arrests?${query}`);
		expect(await field(page, 'iframe').inputValue()).toContain('title="Arrests"');
		expect(await field(page, 'iframe').inputValue()).toContain('height="487"');
		expect(await field(page, 'script').inputValue()).toBe(
			`<div data-belarus-embed="arrests" data-options="${query.replace(/&/g, '&amp;')}"><a href="${baseUrl}/embed/arrests?${query.replace(/&/g, '&amp;')}">Arrests</a></div>\n` +
				`<script src="${baseUrl}/embed.js" async></script>`
		);
		await expect.poll(() => frame.locator('h1.chart-title').count()).toBe(0);
		expect(await frame.locator('html').getAttribute('data-theme')).toBe('dark');

		expect(outside).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('copies each code and says so, or selects it when copying fails', async () => {
		const { page, context } = await dashboard('/?lang=en');
		await page.locator('#chart-protests button[data-embed]').click();
		const dialog = dialogOf(page);
		await dialog.waitFor();
		await dialog.getByRole('button', { name: 'Copy' }).first().click();
		await expect.poll(() => dialog.locator('.status').textContent()).toBe('Copied');
		expect(await dialog.locator('button[data-copy=iframe]').textContent()).toBe('✓ Copied');
		expect(await dialog.locator('button[data-copy=script]').textContent()).toBe('Copy');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			await field(page, 'iframe').inputValue()
		);
		await dialog.locator('button[data-copy=script]').click();
		await expect.poll(() => dialog.locator('button[data-copy=script]').textContent()).toBe('✓ Copied');
		expect(await dialog.locator('button[data-copy=iframe]').textContent()).toBe('Copy');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			await field(page, 'script').inputValue()
		);

		await page.evaluate(() => {
			navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
		});
		await dialog.locator('button[data-copy=iframe]').click();
		await expect
			.poll(() => dialog.locator('.status').textContent())
			.toBe('Copying failed: select the code and copy it yourself.');
		const selected = await field(page, 'iframe').evaluate((t) => {
			const area = t as HTMLTextAreaElement;
			return area.selectionEnd - area.selectionStart === area.value.length;
		});
		expect(selected).toBe(true);
		await context.close();
	});

	it('offers no period for the whole period and no scale for sanctions, works by keyboard and passes axe', async () => {
		const { page, context } = await dashboard('/');
		const button = page.locator('#chart-sanctions button[data-embed]');
		await button.focus();
		await page.keyboard.press('Enter');
		const dialog = dialogOf(page);
		await dialog.waitFor();
		expect(await dialog.locator('fieldset.range').count()).toBe(0);
		expect(await dialog.locator('fieldset.yscale').count()).toBe(0);
		expect(await dialog.locator('iframe').getAttribute('src')).toBe(`${baseUrl}/embed/sanctions`);
		// Modal: focus is inside, and the page behind is inert.
		expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
		// The preview is the widget's own document, with its own outline (an h1), checked on its own
		// page above: heading order is the dialog's here.
		const results = await new AxeBuilder({ page })
			.include('dialog.embed-dialog')
			.exclude('dialog.embed-dialog iframe')
			.analyze();
		expect(results.violations.map((v) => v.id)).toEqual([]);
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-embed'))).toBe('sanctions');
		// The close button, opened again.
		await page.keyboard.press('Enter');
		await dialog.waitFor();
		await dialog.getByRole('button', { name: 'Sluiten' }).click();
		await expect.poll(() => dialog.count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-embed'))).toBe('sanctions');
		await context.close();
	});

	it('offers the period the dashboard shows after it changed in place, for the map too', async () => {
		const { page, context, errors } = await dashboard('/?lang=en');
		await page.locator('[data-preset="september"]').click();
		// The map's island runs as the reader comes to it, with the period chosen before.
		await page.locator('#chart-map').scrollIntoViewIfNeeded();
		await expect
			.poll(() => page.locator('#chart-map button[data-embed]').getAttribute('data-from'))
			.toBe('2020-09-01');
		await page.locator('#chart-map button[data-embed]').click();
		const dialog = dialogOf(page);
		await dialog.waitFor();
		expect(await dialog.getByRole('heading', { level: 2 }).textContent()).toBe('Embed ‘Map’');
		expect(await dialog.locator('fieldset.range').textContent()).toContain('Sep 1, 2020 – Sep 30, 2020');
		expect(await dialog.locator('iframe').getAttribute('src')).toBe(
			`${baseUrl}/embed/map?lang=en&from=2020-09-01&to=2020-09-30`
		);
		expect(errors).toEqual([]);
		await context.close();
	});
});
