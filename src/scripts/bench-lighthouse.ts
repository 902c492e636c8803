/**
 * Lighthouse (mobile: simulated slow 4G, 4× CPU slowdown) on the dashboard in both languages and
 * on every widget, against `npm run serve`'s server, in Debian's Chromium (CHROME_PATH). Reports
 * each category's score, FCP, LCP, TBT and CLS, the median of RUNS runs per page (Lighthouse's own
 * advice: one run varies), and whether the compression and cache audits pass.
 *
 *   npx tsx src/scripts/bench-lighthouse.ts            # build/ must exist (npm run build)
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { pathToFileURL } from 'node:url';
import { CHROMIUM } from '../../tests/browser/browser';
import { startBuiltSite } from './built-site';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const PAGES = [
	'/',
	'/?lang=en',
	'/embed/arrests',
	'/embed/protests',
	'/embed/sanctions',
	'/embed/timeline',
	'/embed/headlines',
	'/embed/map'
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const AUDITS = ['uses-text-compression', 'uses-long-cache-ttl', 'unused-javascript', 'dom-size'] as const;

interface Run {
	scores: Record<string, number>;
	fcpMs: number;
	lcpMs: number;
	tbtMs: number;
	cls: number;
	audits: Record<string, number | null>;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function run(url: string, port: number): Promise<Run> {
	const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
	const lhr = result!.lhr;
	const ms = (id: string) => Math.round(lhr.audits[id].numericValue ?? NaN);
	return {
		scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c].score ?? 0) * 100)])),
		fcpMs: ms('first-contentful-paint'),
		lcpMs: ms('largest-contentful-paint'),
		tbtMs: ms('total-blocking-time'),
		cls: Number((lhr.audits['cumulative-layout-shift'].numericValue ?? NaN).toFixed(3)),
		audits: Object.fromEntries(AUDITS.map((a) => [a, lhr.audits[a]?.score ?? null]))
	};
}

export async function benchLighthouse() {
	const site = await startBuiltSite();
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM,
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run']
	});
	try {
		const report: Record<string, unknown> = {};
		for (const page of PAGES) {
			const runs: Run[] = [];
			for (let i = 0; i < RUNS; i++) runs.push(await run(site.url + page, chrome.port));
			const byPerf = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
			const mid = byPerf[Math.floor(runs.length / 2)];
			report[page] = {
				scores: mid.scores,
				performanceRuns: runs.map((r) => r.scores.performance),
				fcpMs: median(runs.map((r) => r.fcpMs)),
				lcpMs: median(runs.map((r) => r.lcpMs)),
				tbtMs: median(runs.map((r) => r.tbtMs)),
				cls: median(runs.map((r) => r.cls)),
				audits: mid.audits
			};
		}
		return report;
	} finally {
		chrome.kill();
		site.stop();
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	console.dir(await benchLighthouse(), { depth: 4 });
}
