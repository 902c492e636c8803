/**
 * How soon a reader sees the chart, against the fastest a page could be: a bare page that is
 * nothing but the arrests chart's SVG (its standalone export, 640×480) inside its HTML, loaded side
 * by side with `/embed/arrests`, `/embed/map` and `/` in one run, RUNS cold loads each, interleaved.
 *
 * For each: the median first contentful paint (the charts are in the HTML, so their marks paint
 * with it), its ratio to the bare page's, the server's time to the first byte (ours render each
 * request; the bare page is a string) and the ratio without it, and what came before that paint: the requests the paint
 * waited for (the page itself, what Chromium's `renderBlockingStatus` calls blocking, and a preloaded
 * font: with `font-display: optional` Chromium holds the first paint for it, up to a short timeout),
 * every request the browser started before it (Resource Timing: scripts and fonts that do not block
 * it are among them), and their bytes on the wire.
 *
 *   npx tsx src/scripts/bench-first-paint.ts      (needs a build: npm run build)
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { launch } from '../../tests/browser/browser';
import { startBuiltSite } from './built-site';

// Fifteen, not five: identical pages' medians of five moved by ±20 ms between runs on this machine.
const RUNS = 15;

export interface Load {
	fcp: number;
	/** From the request to the response's first byte: the server's rendering, for our pages. */
	serverMs: number;
	requestsBeforePaint: string[];
	/** The page, its render-blocking requests and its preloaded fonts. */
	waitedFor: string[];
	bytesBeforePaint: number;
}

/** One cold load of `url` in a new context: its first contentful paint and what came before it. */
export async function load(browser: Browser, url: string): Promise<Load> {
	const context = await browser.newContext({ viewport: { width: 640, height: 900 } });
	// tsx names the functions inside the callbacks run in the page with a helper of its own.
	await context.addInitScript('globalThis.__name = (f) => f');
	const page = await context.newPage();
	await page.goto(url, { waitUntil: 'load' });
	await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
	const result = await page.evaluate(() => {
		const fcp = performance.getEntriesByName('first-contentful-paint')[0].startTime;
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		const before = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
			(r) => r.startTime < fcp
		);
		const path = (r: PerformanceResourceTiming) => new URL(r.name).pathname;
		const blocking = (r: PerformanceResourceTiming) =>
			(r as { renderBlockingStatus?: string }).renderBlockingStatus === 'blocking' ||
			(r.initiatorType === 'link' && /\.woff2?$/.test(path(r)));
		return {
			fcp,
			serverMs: nav.responseStart - nav.requestStart,
			requestsBeforePaint: [new URL(nav.name).pathname, ...before.map(path)],
			waitedFor: [new URL(nav.name).pathname, ...before.filter(blocking).map(path)],
			bytesBeforePaint: nav.transferSize + before.reduce((sum, r) => sum + r.transferSize, 0)
		};
	});
	await context.close();
	return result;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchFirstPaint() {
	const site = await startBuiltSite();
	const svg = await (await fetch(`${site.url}/export/arrests.svg?w=640&h=480`)).text();
	const bare = createServer((_, res) => {
		res.setHeader('content-type', 'text/html; charset=utf-8');
		res.end(
			`<!doctype html><html lang="nl"><meta charset="utf-8"><title>bare</title><body style="margin:0">${svg}</body></html>`
		);
	});
	await new Promise<void>((done) => bare.listen(0, '127.0.0.1', done));
	const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;
	const pages = {
		bare: bareUrl,
		arrests: `${site.url}/embed/arrests`,
		map: `${site.url}/embed/map`,
		dashboard: `${site.url}/`
	};
	const browser = await launch();
	try {
		await load(browser, bareUrl); // the browser's first context pays for starting its renderer
		const loads: Record<string, Load[]> = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
		for (let run = 0; run < RUNS; run++)
			for (const [name, url] of Object.entries(pages)) loads[name].push(await load(browser, url));
		const bareFcp = median(loads.bare.map((l) => l.fcp));
		const paintAfterServer = (runs: Load[]) => median(runs.map((l) => l.fcp - l.serverMs));
		return Object.fromEntries(
			Object.entries(loads).map(([name, runs]) => {
				const fcp = median(runs.map((l) => l.fcp));
				const last = runs[runs.length - 1];
				return [
					name,
					{
						firstContentfulPaintMs: Math.round(fcp),
						runs: runs.map((l) => Math.round(l.fcp)),
						ratioToBare: Number((fcp / bareFcp).toFixed(2)),
						// The bare page is a string in memory; ours are rendered for each request (a CDN keeps them).
						serverMs: Math.round(median(runs.map((l) => l.serverMs))),
						afterServerRatioToBare: Number(
							(paintAfterServer(runs) / paintAfterServer(loads.bare)).toFixed(2)
						),
						waitedFor: last.waitedFor,
						requestsBeforePaint: last.requestsBeforePaint,
						kbBeforePaint: Number((last.bytesBeforePaint / 1024).toFixed(1))
					}
				];
			})
		);
	} finally {
		await browser.close();
		bare.close();
		site.stop();
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	console.dir(await benchFirstPaint(), { depth: 4 });
}
