/**
 * The dashboard's budgets, measured: JS sent for `/` before the map loads (gzip), the map's file
 * (Leaflet and the basemap, gzip), time to first paint and the main thread's time to hydrate the
 * islands in headless Chromium (each island's task measured, summed: those at the start, before
 * the page is live, and those after, when the browser is idle; and the longest task; and, traced,
 * the main thread's CPU time in those at the start), a range
 * change by a tap with 150 ms of round trip emulated (from
 * pointerdown until every chart shows only the new range's marks, and how many requests it made),
 * the script time of one brush move on the real page, and the data shaping of a range change on
 * 10,000 synthetic figures in process.
 *
 *   npx tsx src/scripts/bench-dashboard.ts      (needs a build: npm run build)
 */
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { chartIds, chartModel } from '../lib/charts/chartModel';
import { addDays } from '../lib/days';
import { headlines } from '../lib/charts/headlines';
import { placeSummaries } from '../lib/charts/placeSummaries';
import { validateDataset } from '../lib/data/validate';
import { periodDays } from '../lib/story/period';
import { launch } from '../../tests/browser/browser';
import { readDataFiles } from './read-data';
import { startBuiltSite } from './built-site';

function median(xs: number[]) {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

interface TraceEvent {
	name: string;
	cat: string;
	ph: string;
	ts: number;
	dur?: number;
	tdur?: number;
	pid: number;
	tid: number;
	id2?: { local?: string };
}

/**
 * The main thread's CPU time (the trace's thread time) in the islands' tasks at the start, before
 * the page is live: the same windows as the hydration figure, without the time the thread waited for
 * a core while the browser's own compositor and V8's helper threads ran (on 2 cores, about as long).
 */
export function hydrationCpuMs(events: TraceEvent[]): number {
	const timing = events.filter((e) => e.cat === 'blink.user_timing');
	const live = timing.find((e) => e.name === 'islands live');
	const begins = timing.filter((e) => e.ph === 'b' && /^island /.test(e.name) && (!live || e.ts < live.ts));
	const windows = begins.flatMap((b) => {
		const end = timing.find((e) => e.ph === 'e' && e.name === b.name && e.id2?.local === b.id2?.local);
		return end ? [{ from: b.ts, to: end.ts }] : [];
	});
	if (!begins.length) return NaN;
	const { pid, tid } = begins[0];
	// The thread's outermost complete events, each counted over the part of it inside a window.
	const slices = events
		.filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid && e.dur && e.tdur !== undefined)
		.sort((a, b) => a.ts - b.ts);
	let cpu = 0;
	let end = -Infinity;
	for (const e of slices) {
		if (e.ts < end) continue;
		end = e.ts + e.dur!;
		for (const w of windows) {
			const inside = Math.min(end, w.to) - Math.max(e.ts, w.from);
			if (inside > 0) cpu += (e.tdur! * inside) / e.dur!;
		}
	}
	return cpu / 1000;
}

/** Every view's data for one range, as the page recomputes it on a range change. */
export function benchRangeChange() {
	const d = validateDataset(readDataFiles());
	const figures = Array.from({ length: 10_000 }, (_, i) => {
		const f = d.figures[i % d.figures.length];
		const day = addDays(d.period.from, i % periodDays(d.period));
		return { ...f, id: `synthetic-${i}`, date: day, date_end: null };
	});
	const records = { ...d, figures };
	const ranges = [
		{ from: '2020-09-01', to: '2020-09-30' },
		{ from: '2020-08-09', to: '2020-08-16' },
		d.period
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
	const site = await startBuiltSite();
	const browser = await launch();
	try {
		const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, hasTouch: true });
		// tsx names the functions inside the callbacks run in the page with a helper of its own.
		await context.addInitScript('globalThis.__name = (f) => f');
		const page = await context.newPage();
		// Every script before the map is the page's first JS; the map's island (its static map) and Leaflet's
		// file with the basemap it imports are the map's, loaded as the reader comes near it, as is every
		// script loaded from then on (a chunk the bundler may split off for what Leaflet's file shares).
		let nearMap = false;
		const mapFile = /\/chunks\/(DashboardMap|MapFrame|MapSvg|LeafletMap|basemap)-[\w-]+\.js$/;
		const js: { url: string; gzip: number }[] = [];
		const map: { url: string; gzip: number }[] = [];
		// Each body is read as it comes; all are read before they are summed.
		const reading: Promise<void>[] = [];
		page.on('response', (res) => {
			const path = new URL(res.url()).pathname;
			if (!res.url().startsWith(site.url) || !path.endsWith('.js')) return;
			const into = nearMap || mapFile.test(path) ? map : js;
			reading.push(
				res
					.body()
					.catch(() => Buffer.alloc(0))
					.then((body) => {
						into.push({ url: path, gzip: gzipSync(body, { level: 9 }).length });
					})
			);
		});
		await page.goto(site.url + '/', { waitUntil: 'networkidle' });
		await Promise.all(reading);
		const beforeMapKB = js.reduce((s, e) => s + e.gzip, 0) / 1024;
		// Leaflet loads as the reader comes near the map.
		nearMap = true;
		await page.locator('#chart-map').scrollIntoViewIfNeeded();
		await page.locator('#chart-map .leaflet-map.ready').waitFor();
		await page.waitForLoadState('networkidle');
		await Promise.all(reading);
		const paint = await page.evaluate(() => ({
			hydrationMs: performance
				.getEntriesByType('measure')
				.filter((m) => m.name.startsWith('island '))
				.reduce((sum, m) => sum + m.duration, 0),
			marks: document.querySelectorAll('.chart-svg .mark').length
		}));
		// First paint, each in a new context (an empty cache); a browser's first context pays for
		// starting its renderer (~0.5 s more here), so that one is left out.
		const paints: number[] = [];
		const hydrations: number[] = [];
		const longestIslands: number[] = [];
		const afterLive: number[] = [];
		for (let run = 0; run < 10; run++) {
			const fresh = await browser.newContext({ viewport: { width: 1440, height: 900 } });
			await fresh.addInitScript('globalThis.__name = (f) => f');
			const p = await fresh.newPage();
			await p.goto(site.url + '/', { waitUntil: 'networkidle' });
			await p.locator('html[data-hydrated]').waitFor({ state: 'attached' });
			// Every chart hydrated (those below the first screen when the browser is idle): one tab stop each.
			await p.waitForFunction(
				() => document.querySelectorAll('.charts .chart-svg .mark[tabindex="0"]').length === 4
			);
			// Hydration's main-thread time: the islands' tasks (each measured as `island <id>`, and a late
			// island's redraw for the page's view as `late island <id> settled`), summed; at the start,
			// before the page is live, and after it, the charts hydrated when the browser was idle.
			const t = await p.evaluate(() => {
				const live = performance.getEntriesByName('islands live')[0].startTime;
				const islands = performance
					.getEntriesByType('measure')
					.filter((m) => /^(late )?island /.test(m.name));
				const sum = (ms: PerformanceEntry[]) => ms.reduce((total, m) => total + m.duration, 0);
				return {
					paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
					hydration: sum(islands.filter((m) => m.startTime < live)),
					afterLive: sum(islands.filter((m) => m.startTime >= live)),
					longest: Math.max(...islands.map((m) => m.duration))
				};
			});
			if (run > 0) {
				paints.push(t.paint);
				hydrations.push(t.hydration);
				afterLive.push(t.afterLive);
				longestIslands.push(t.longest);
			}
			await fresh.close();
		}

		// The same start, traced, for the main thread's CPU time (tracing slows the page: apart from the above).
		const cpu: number[] = [];
		for (let run = 0; run < 7; run++) {
			const fresh = await browser.newContext({ viewport: { width: 1440, height: 900 } });
			const p = await fresh.newPage();
			await browser.startTracing(p, { categories: ['devtools.timeline', 'blink.user_timing', 'toplevel'] });
			await p.goto(site.url + '/', { waitUntil: 'networkidle' });
			await p.locator('html[data-hydrated]').waitFor({ state: 'attached' });
			const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
			if (run > 0) cpu.push(hydrationCpuMs(trace.traceEvents));
			await fresh.close();
		}

		// A range change by a tap, nothing hovered first, on a slow network: it should need none.
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: 150,
			downloadThroughput: -1,
			uploadThroughput: -1
		});
		const requests: string[] = [];
		// The tab's icon is the browser's own request (Chromium asks again after each replaceState).
		page.on('request', (r) => {
			const path = new URL(r.url()).pathname;
			if (path !== '/favicon.svg') requests.push(path);
		});
		const presets = [
			['september', '2020-09-01', '2020-09-30'],
			['october', '2020-10-01', '2020-10-12'],
			['election_week', '2020-08-09', '2020-08-16'],
			['all', '2020-08-09', '2020-10-12']
		] as const;
		const taps: number[] = [];
		for (let run = 0; run < 12; run++) {
			const [preset, from, to] = presets[run % presets.length];
			// From pointerdown until the first frame in which every chart shows only the range's marks.
			const done = page.evaluate(
				([from, to]) =>
					new Promise<number>((resolve) => {
						let t0 = 0;
						const inRange = () =>
							[...document.querySelectorAll('.charts .chart-svg')].every((svg) =>
								[...svg.querySelectorAll('a.mark')].every(
									(m) => m.getAttribute('data-x0')! <= to && m.getAttribute('data-x1')! >= from
								)
							) && document.querySelector('.brush')?.getAttribute('data-from') === from;
						const frame = () => (inRange() ? resolve(performance.now() - t0) : requestAnimationFrame(frame));
						addEventListener('pointerdown', () => ((t0 = performance.now()), requestAnimationFrame(frame)), {
							once: true,
							capture: true
						});
					}),
				[from, to]
			);
			await page.locator(`[data-preset="${preset}"]`).tap();
			taps.push(await done);
		}

		// One brush move's script: the pointer event and Svelte's update of every island, layout not included.
		await page.locator('[data-preset="september"]').tap();
		const brushMoves = await page.evaluate(async () => {
			const svg = document.querySelector<SVGSVGElement>('.brush svg')!;
			const box = svg.getBoundingClientRect();
			const at = (x: number, type: string) =>
				svg.dispatchEvent(
					new PointerEvent(type, {
						clientX: box.left + x,
						clientY: box.top + 10,
						bubbles: true,
						pointerId: 1
					})
				);
			const selection = svg.querySelector('.selection')!.getBoundingClientRect();
			let x = selection.left - box.left + selection.width / 2;
			at(x, 'pointerdown');
			// A day's width per move: every move changes the range.
			const day = box.width / 68;
			const times: number[] = [];
			for (let i = 0; i < 40; i++) {
				x += i < 20 ? day : -day;
				const t0 = performance.now();
				at(x, 'pointermove');
				// Svelte flushes its updates in a microtask queued before this one.
				await Promise.resolve();
				times.push(performance.now() - t0);
				await new Promise((r) => requestAnimationFrame(r));
			}
			at(x, 'pointerup');
			return times;
		});
		return {
			jsBeforeMapKB: beforeMapKB,
			jsFiles: js.map((e) => `${e.url} ${(e.gzip / 1024).toFixed(1)} KB`),
			mapKB: map.reduce((s, e) => s + e.gzip, 0) / 1024,
			mapFiles: map.map((e) => `${e.url} ${(e.gzip / 1024).toFixed(1)} KB`),
			firstContentfulPaintMs: { median: median(paints), runs: paints.map(Math.round) },
			hydrationMs: {
				median: median(hydrations),
				afterLiveMedian: median(afterLive),
				longestIslandMedian: median(longestIslands),
				cpuMedian: median(cpu),
				cpuRuns: cpu.map((c) => Math.round(c * 10) / 10),
				firstPageOfTheBrowser: paint.hydrationMs
			},
			marks: paint.marks,
			rangeChangeByTapMs: { median: median(taps), max: Math.max(...taps), requests },
			brushMoveScriptMs: { median: median(brushMoves), max: Math.max(...brushMoves) },
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
