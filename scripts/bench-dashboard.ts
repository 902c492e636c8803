/**
 * The dashboard's budgets, measured: JS sent for `/` before the map loads (gzip), the map's chunk
 * plus basemap (gzip), time to first chart paint in headless Chromium, and the time for a range
 * change to update every view: in process on 10,000 synthetic figures (the data shaping), the
 * server's answer for a range, and in the browser on the real page (click "September" → the views
 * swapped in, cold and with the view fetched ahead).
 *
 *   npx tsx scripts/bench-dashboard.ts      (needs a build: npm run build)
 */
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { chartIds, chartModel } from '../src/lib/charts/chartModel';
import { headlines } from '../src/lib/charts/headlines';
import { placeSummaries } from '../src/lib/charts/placeSummaries';
import { validateDataset } from '../src/lib/data/validate';
import { launch } from '../tests/browser/browser';
import { readDataFiles } from './read-data';
import { startBuiltSite } from './built-site';

function median(xs: number[]) {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

/** Every view's data for one range, as the page recomputes it on a range change. */
function benchRangeChange() {
	const d = validateDataset(readDataFiles());
	const figures = Array.from({ length: 10_000 }, (_, i) => {
		const f = d.figures[i % d.figures.length];
		const day = new Date(Date.UTC(2020, 7, 9) + (i % 68) * 86_400_000).toISOString().slice(0, 10);
		return { ...f, id: `synthetic-${i}`, date: day, date_end: null };
	});
	const records = { ...d, figures };
	const ranges = [
		{ from: '2020-09-01', to: '2020-09-30' },
		{ from: '2020-08-09', to: '2020-08-16' },
		{ from: '2020-08-09', to: '2020-10-15' }
	];
	const times: number[] = [];
	for (let run = 0; run < 60; run++) {
		const r = ranges[run % ranges.length];
		const t0 = performance.now();
		for (const id of chartIds) chartModel(id, records, { lang: 'nl', ...r, yscale: 'log' });
		placeSummaries(records, r);
		headlines(records, r);
		if (run >= 10) times.push(performance.now() - t0);
	}
	return { figures: figures.length, medianMs: median(times) };
}

export async function benchDashboard() {
	const site = await startBuiltSite(4390);
	const browser = await launch();
	try {
		const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
		// What the HTML asks for up front (its scripts and any module preloads) is the page's first
		// JS; everything fetched after that is the map's (`/map.js`: Leaflet and the basemap).
		const first = await fetch(site.url + '/');
		const listed = (await first.text()) + (first.headers.get('link') ?? '');
		const initial = new Set([...listed.matchAll(/(?:src="|<)\.?(\/[^"'<>)\s]+\.js)/g)].map((m) => m[1]));
		const js: { url: string; gzip: number }[] = [];
		const afterMap: { url: string; gzip: number }[] = [];
		page.on('response', async (res) => {
			const url = res.url();
			if (!url.startsWith(site.url)) return;
			const path = new URL(url).pathname;
			const isJs = path.endsWith('.js');
			const isBasemap = path.startsWith('/map/basemap');
			if (!isJs && !isBasemap) return;
			const body = await res.body().catch(() => Buffer.alloc(0));
			const entry = { url: path, gzip: gzipSync(body, { level: 9 }).length };
			(initial.has(path) ? js : afterMap).push(entry);
		});
		await page.goto(site.url + '/', { waitUntil: 'networkidle' });
		const paint = await page.evaluate(() => {
			const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
			return { fcp, marks: document.querySelectorAll('.chart-svg .mark').length };
		});
		const html = await (await fetch(site.url + '/')).text();
		const marksInHtml = (html.match(/class="mark[ "]/g) ?? []).length;
		// A range change in the browser: click "September" until the views are swapped in (the
		// script's `view-swapped` mark), and until two frames later (painted). Cold: the view is
		// fetched on the click; warm: the pointer was over the preset first (which fetches it ahead).
		const rangeChange = (warm: boolean) =>
			page.evaluate(async (warm) => {
				const link = document.querySelector<HTMLAnchorElement>(
					`[data-preset="${warm ? 'october' : 'september'}"]`
				)!;
				if (warm) {
					link.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
					await new Promise((r) => setTimeout(r, 300));
				}
				performance.clearMarks('view-swapped');
				const t0 = performance.now();
				link.click();
				while (!performance.getEntriesByName('view-swapped').length)
					await new Promise((r) => setTimeout(r, 1));
				const swapped = performance.getEntriesByName('view-swapped')[0].startTime - t0;
				await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
				return { swappedMs: swapped, paintedMs: performance.now() - t0 };
			}, warm);
		const browserRangeCold = await rangeChange(false);
		const browserRangeWarm = await rangeChange(true);
		// The server's part of a range change: rendering `/` for a range.
		const serverTimes: number[] = [];
		for (let i = 0; i < 20; i++) {
			const t0 = performance.now();
			await (await fetch(`${site.url}/?from=2020-09-01&to=2020-09-30&w=524`)).text();
			serverTimes.push(performance.now() - t0);
		}
		return {
			jsBeforeMapKB: js.reduce((s, e) => s + e.gzip, 0) / 1024,
			jsFiles: js.length,
			mapAndBasemapKB: afterMap.reduce((s, e) => s + e.gzip, 0) / 1024,
			mapFiles: afterMap.map((e) => `${e.url} ${(e.gzip / 1024).toFixed(1)} KB`),
			firstContentfulPaintMs: paint.fcp,
			marksInServerHtml: marksInHtml,
			rangeChangeBrowserColdMs: browserRangeCold,
			rangeChangeBrowserWarmMs: browserRangeWarm,
			rangeResponseMs: median(serverTimes),
			rangeChange10k: benchRangeChange()
		};
	} finally {
		await browser.close();
		site.stop();
	}
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	console.log(await benchDashboard());
}
