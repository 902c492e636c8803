/**
 * What a widget costs the reader of a newsroom's article: the bytes their browser downloads (HTML,
 * CSS, JS, fonts; raw and gzip -9, counted from every response Chromium receives while the widget
 * loads) and how soon the chart is on screen (first paint and first contentful paint from a
 * PerformanceObserver; the chart's marks are in the server's HTML, so they are part of that paint).
 * For the map widget it also names Leaflet's and the basemap's share.
 *
 * The chart widgets and the headline strip are server-rendered islands: their first JavaScript is
 * `/islands/widget.js` (src/lib/islands/widget.ts), against a budget of 20 KB gzip; the islands
 * themselves load when a reader first uses the widget, or at once when the frame is far narrower or
 * wider than the drawing the server laid out (as for the arrests widget at 360 px, weighed too).
 *
 * Runs the built site (BUILD_DIR, default build/) on a free port unless given a `baseUrl`:
 *
 *   npx tsx src/scripts/bench-embed.ts                 # build/ must exist (npm run build)
 *   BUILD_DIR=/tmp/build-x npx tsx src/scripts/bench-embed.ts
 */
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launch } from '../../tests/browser/browser';
import { startBuiltSite } from './built-site';

/** The budget the widgets aim for: JavaScript a chart widget adds to an article, gzip. */
export const JS_BUDGET_GZIP = 20 * 1024;
const RUNS = 5;
/** A slow phone connection (Lighthouse's "slow 4G"): 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
const SLOW_4G = {
	offline: false,
	latency: 150,
	downloadThroughput: (1.6 * 1024 * 1024) / 8,
	uploadThroughput: (750 * 1024) / 8
};

type Kind = 'html' | 'css' | 'js' | 'font' | 'data' | 'image' | 'other';

export interface Asset {
	url: string;
	kind: Kind;
	raw: number;
	gzip: number;
	/** What the file is, when we can tell: 'leaflet', 'basemap', 'svelte+kit runtime', … */
	label?: string;
}

export interface Totals {
	files: number;
	raw: number;
	gzip: number;
}

export interface WidgetCost {
	url: string;
	assets: Asset[];
	byKind: Record<Kind, Totals>;
	/** The first chart mark is in the server's HTML: it paints without JavaScript. */
	markInHtml: boolean;
	/** Medians over RUNS loads, in ms from navigation start. */
	timing: { firstPaint: number; firstContentfulPaint: number; domContentLoaded: number; load: number };
	timingSlow4g: { firstContentfulPaint: number; load: number };
}

/** Bytes only (no timing): the other server-rendered widgets, and the arrests widget in a 360 px frame. */
export type WidgetBytes = Pick<WidgetCost, 'url' | 'assets' | 'byKind' | 'markInHtml'>;

export const lightWidgets = ['arrests', 'protests', 'sanctions', 'timeline', 'headlines'] as const;

export interface EmbedBench {
	arrests: WidgetCost;
	/** Every server-rendered widget at 640 px (arrests included), by name. */
	light: Record<(typeof lightWidgets)[number], WidgetBytes>;
	/** The arrests widget in a 360 px frame: its islands load at once and lay the chart out for that width. */
	arrestsNarrow: WidgetBytes;
	map: WidgetCost & { leaflet: Totals; basemap: Totals; mapHtml: Totals };
	jsBudgetGzip: number;
}

function kindOf(resourceType: string, url: string, contentType: string): Kind {
	if (resourceType === 'document') return 'html';
	if (resourceType === 'stylesheet' || contentType.includes('css')) return 'css';
	if (resourceType === 'script' || contentType.includes('javascript')) return 'js';
	if (resourceType === 'font' || /\.woff2?$/.test(url)) return 'font';
	if (resourceType === 'image') return 'image';
	if (resourceType === 'fetch' || resourceType === 'xhr') return 'data';
	return 'other';
}

/** Names the big pieces by what is in them. */
function labelOf(kind: Kind, text: string, url: string): string | undefined {
	const path = new URL(url).pathname;
	if (kind === 'js' && path === '/islands/widget.js') return 'widget.js (islands/widget.ts)';
	// One file, loaded after the page, holds Leaflet and the basemap.
	if (kind === 'js' && path.includes('/LeafletMap-')) return 'LeafletMap chunk: leaflet + basemap';
	if (kind === 'js' && path.includes('/widgetIslands-')) return 'the widget’s islands';
	if (kind === 'js' && /leaflet-(container|pane)/.test(text) && text.includes('Leaflet')) return 'leaflet';
	if (kind === 'css' && text.includes('.leaflet-')) return 'leaflet css';
	if (kind === 'js' && /arcs["']?\s*:\s*\[\[/.test(text)) return 'basemap';
	if (kind === 'js' && text.includes('hydration_mismatch')) return 'svelte runtime';
	if (kind === 'js' && text.includes('sveltekit-internal')) return 'sveltekit client';
	if (kind === 'js' && text.includes('layercake')) return 'charts: layercake, d3, components';
	return undefined;
}

function sum(assets: Asset[]): Totals {
	return assets.reduce((t, a) => ({ files: t.files + 1, raw: t.raw + a.raw, gzip: t.gzip + a.gzip }), {
		files: 0,
		raw: 0,
		gzip: 0
	});
}

function median(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	return Math.round(s[Math.floor(s.length / 2)] ?? NaN);
}

async function measureBytes(browser: Browser, url: string, width = 640): Promise<WidgetBytes> {
	// Bytes: one cold load, every response's body, waiting until the page (and Leaflet, or a redrawing) settle.
	const context = await browser.newContext({ viewport: { width, height: 900 } });
	const page = await context.newPage();
	const pending: Promise<Asset | null>[] = [];
	page.on('response', (response) => {
		pending.push(
			(async () => {
				const request = response.request();
				if (response.status() === 204 || request.method() !== 'GET') return null;
				const body = await response.body().catch(() => null);
				if (!body) return null;
				const kind = kindOf(request.resourceType(), response.url(), response.headers()['content-type'] ?? '');
				const text = kind === 'js' || kind === 'css' ? body.toString('utf8') : '';
				return {
					url: response.url(),
					kind,
					raw: body.length,
					gzip: gzipSync(body, { level: 9 }).length,
					label: labelOf(kind, text, response.url())
				};
			})()
		);
	});
	const documentResponse = await page.goto(url, { waitUntil: 'networkidle' });
	const html = (await documentResponse?.text()) ?? '';
	// The map widget's Leaflet (and the basemap it asks for) comes after the page: wait until it drew.
	if (url.includes('/embed/map')) await page.locator('.leaflet-map.ready').waitFor();
	await page.waitForLoadState('networkidle');
	const assets = (await Promise.all(pending)).filter((a): a is Asset => a !== null);
	await context.close();

	const kinds: Kind[] = ['html', 'css', 'js', 'font', 'data', 'image', 'other'];
	const byKind = Object.fromEntries(kinds.map((k) => [k, sum(assets.filter((a) => a.kind === k))])) as Record<
		Kind,
		Totals
	>;
	return {
		url,
		assets,
		byKind,
		markInHtml: /<svg[^>]*class="chart-svg[^"]*"[\s\S]*?class="(mark|place-mark)\b/.test(html)
	};
}

async function measure(browser: Browser, url: string): Promise<WidgetCost> {
	const bytes = await measureBytes(browser, url);

	// Time: fresh contexts (cold cache), paint entries from a PerformanceObserver set up before the page runs.
	const timings = async (throttle: boolean) => {
		const runs: { fp: number; fcp: number; dcl: number; load: number }[] = [];
		for (let i = 0; i < RUNS; i++) {
			const ctx = await browser.newContext({ viewport: { width: 640, height: 900 } });
			const p = await ctx.newPage();
			if (throttle) {
				const cdp = await ctx.newCDPSession(p);
				await cdp.send('Network.enable');
				await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
			}
			await p.addInitScript(() => {
				const w = window as unknown as { __paints: Record<string, number> };
				w.__paints = {};
				new PerformanceObserver((list) => {
					for (const e of list.getEntries()) w.__paints[e.name] = e.startTime;
				}).observe({ type: 'paint', buffered: true });
			});
			await p.goto(url, { waitUntil: 'load' });
			await p.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
			await p.waitForFunction(
				() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd > 0
			);
			const t = await p.evaluate(() => {
				const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
				const paints = (window as unknown as { __paints: Record<string, number> }).__paints;
				return {
					fp: paints['first-paint'] ?? NaN,
					fcp: paints['first-contentful-paint'] ?? NaN,
					dcl: nav.domContentLoadedEventEnd,
					load: nav.loadEventEnd
				};
			});
			runs.push(t);
			await ctx.close();
		}
		return runs;
	};
	const fast = await timings(false);
	const slow = await timings(true);
	return {
		...bytes,
		timing: {
			firstPaint: median(fast.map((r) => r.fp)),
			firstContentfulPaint: median(fast.map((r) => r.fcp)),
			domContentLoaded: median(fast.map((r) => r.dcl)),
			load: median(fast.map((r) => r.load))
		},
		timingSlow4g: {
			firstContentfulPaint: median(slow.map((r) => r.fcp)),
			load: median(slow.map((r) => r.load))
		}
	};
}

export async function benchEmbed(options: { baseUrl?: string } = {}): Promise<EmbedBench> {
	const site = options.baseUrl
		? { baseUrl: options.baseUrl, stop: () => {} }
		: await startBuiltSite().then((s) => ({ baseUrl: s.url, stop: s.stop }));
	const browser = await launch();
	try {
		const arrests = await measure(browser, `${site.baseUrl}/embed/arrests`);
		const light: Partial<EmbedBench['light']> = { arrests };
		for (const id of lightWidgets.slice(1))
			light[id] = await measureBytes(browser, `${site.baseUrl}/embed/${id}`);
		const arrestsNarrow = await measureBytes(browser, `${site.baseUrl}/embed/arrests`, 360);
		const map = await measure(browser, `${site.baseUrl}/embed/map`);
		return {
			arrests,
			light: light as EmbedBench['light'],
			arrestsNarrow,
			map: {
				...map,
				leaflet: sum(map.assets.filter((a) => /leaflet/.test(a.label ?? ''))),
				basemap: sum(map.assets.filter((a) => /basemap/.test(a.label ?? ''))),
				mapHtml: map.byKind.html
			},
			jsBudgetGzip: JS_BUDGET_GZIP
		};
	} finally {
		await browser.close();
		site.stop();
	}
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function reportBytes(name: string, c: WidgetBytes) {
	console.log(`\n${name}  ${c.url}`);
	for (const kind of ['html', 'css', 'js', 'font', 'data', 'image', 'other'] as const) {
		const t = c.byKind[kind];
		if (t.files)
			console.log(
				`  ${kind.padEnd(5)} ${String(t.files).padStart(2)} files  ${kb(t.raw).padStart(9)} raw  ${kb(t.gzip).padStart(9)} gzip`
			);
	}
	for (const a of c.assets.filter((x) => x.label)) {
		console.log(
			`        ${a.label!.padEnd(22)} ${kb(a.gzip).padStart(9)} gzip  ${a.url.replace(/^https?:\/\/[^/]+/, '')}`
		);
	}
	console.log(
		`  chart marks in the server's HTML: ${c.markInHtml ? 'yes (they paint with the first contentful paint)' : 'NO'}`
	);
}

function report(name: string, c: WidgetCost) {
	reportBytes(name, c);
	console.log(
		`  first paint ${c.timing.firstPaint} ms, first contentful paint ${c.timing.firstContentfulPaint} ms, ` +
			`DOMContentLoaded ${c.timing.domContentLoaded} ms, load ${c.timing.load} ms (median of ${RUNS}, local)`
	);
	console.log(
		`  slow 4G: first contentful paint ${c.timingSlow4g.firstContentfulPaint} ms, load ${c.timingSlow4g.load} ms`
	);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const result = await benchEmbed({ baseUrl: process.env.BASE_URL });
	report('Arrests widget (640 px)', result.arrests);
	reportBytes('Arrests widget in a 360 px frame', result.arrestsNarrow);
	console.log(
		'\nServer-rendered widgets at 640 px (gzip; JS against a budget of ' + kb(result.jsBudgetGzip) + ')'
	);
	for (const id of lightWidgets) {
		const k = result.light[id].byKind;
		const js = k.js.gzip;
		console.log(
			`  ${id.padEnd(10)} JS ${kb(js).padStart(8)} (${k.js.files} file)  HTML ${kb(k.html.gzip).padStart(8)}  ` +
				`CSS ${kb(k.css.gzip).padStart(8)} (${k.css.files} files)  fonts ${kb(k.font.gzip).padStart(8)}  ` +
				(js <= result.jsBudgetGzip ? 'within' : 'OVER')
		);
	}
	report('Map widget', result.map);
	console.log(
		`  Leaflet + basemap (its own chunk, loaded after the page) and Leaflet's CSS: ${kb(result.map.leaflet.gzip)} gzip (${result.map.leaflet.files} files); the static map in the HTML: ${kb(result.map.mapHtml.gzip)} gzip HTML in all`
	);
}
