/**
 * How fast the exports are. In process (the export modules loaded through Vite, as the server runs
 * them): the median time, after a warm-up, of 50 runs per chart and the map to render and clean the
 * SVG anew, to serve it (`exportSvg`, which caches by options), and to rasterise the PNG (on this
 * thread, as one PNG worker does). Then, on the built site (loopback, autocannon, 10 connections, 5 s,
 * the PNG workers' default settings): requests per second for `/export/arrests.svg`, for
 * `/export/arrests.png` once it is kept (cached) and with every request a size not asked before
 * (fresh, over as many connections as the workers and their queue take), and for `/embed/arrests` alone and during a burst of 24 distinct
 * 36-megapixel PNGs asked at once (as in tests/browser/exportBurst.test.ts); with the errors apart from
 * the 503s the PNG export answers when its workers and queue are full, and the peak resident memory of
 * the server and its PNG workers. And the presenter's pack at slide-1080: its time (fresh and kept) and size.
 *
 *   npx tsx src/scripts/bench-export.ts        (the server part needs a build: BUILD_DIR or build/)
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { createServer } from 'vite';
import { pngPoolConfig } from '../lib/export/poolConfig';
import { startBuiltSite } from './built-site';

/** The part of autocannon's programmatic API used here (the package ships no types). */
interface AutocannonResult {
	requests: { average: number };
	latency: { p50: number; p99: number };
	errors: number;
	timeouts: number;
	non2xx: number;
	statusCodeStats: Record<string, { count: number }>;
	/** Seconds. */
	duration: number;
}
type AutocannonRun = Promise<AutocannonResult> & { stop(): void };
const autocannon = createRequire(import.meta.url)('autocannon') as (o: {
	url: string;
	connections: number;
	duration: number;
	requests?: { setupRequest: (request: { path: string }) => { path: string } }[];
}) => AutocannonRun;

const RUNS = 50;
const WARMUP = 10;
/** The in-process budget for one chart's SVG, rendered anew. */
const SVG_BUDGET_MS = 2;

function median(xs: number[]) {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

/** Median time of `fn` (awaited when it returns a promise, as the rasteriser does). */
async function time(fn: () => unknown, runs = RUNS, warmup = WARMUP): Promise<number> {
	for (let i = 0; i < warmup; i++) await fn();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		await fn();
		times.push(performance.now() - t0);
	}
	return Math.round(median(times) * 1000) / 1000;
}

type SvgModule = typeof import('../lib/export/svg');
type RasteriseModule = typeof import('../lib/export/rasterise.js');
type DatasetModule = typeof import('../lib/data/dataset');

async function inProcess() {
	// What the server runs: components compiled for production. Vite's dev server compiles them for
	// development (with its checks) unless NODE_ENV says production when it reads its config.
	const nodeEnv = process.env.NODE_ENV;
	process.env.NODE_ENV = 'production';
	const vite = await createServer({
		server: { middlewareMode: true, hmr: false, watch: null },
		appType: 'custom',
		logLevel: 'error'
	});
	if (nodeEnv === undefined) delete process.env.NODE_ENV;
	else process.env.NODE_ENV = nodeEnv;
	try {
		const svg = (await vite.ssrLoadModule('/src/lib/export/svg.ts')) as SvgModule;
		const rasterise = (await vite.ssrLoadModule('/src/lib/export/rasterise.js')) as RasteriseModule;
		const { dataset } = (await vite.ssrLoadModule('/src/lib/data/dataset.ts')) as DatasetModule;
		const options = { preset: 'slide-720' as const };
		const charts = [];
		for (const id of svg.exportIds) {
			const file = svg.exportSvgUncached(id, dataset, options);
			const renderMs = await time(() => svg.exportSvgUncached(id, dataset, options));
			const servedMs = await time(() => svg.exportSvg(id, dataset, options));
			const pngMs = await time(() => rasterise.default({ svg: file, scale: 1 }), RUNS, 3);
			charts.push({
				chart: id,
				svgRenderMs: renderMs,
				svgServedMs: servedMs,
				pngMs,
				svgKB: Math.round(Buffer.byteLength(file) / 102.4) / 10,
				withinBudget: servedMs <= SVG_BUDGET_MS
			});
		}
		return charts;
	} finally {
		await vite.close();
	}
}

/** Requests per second and latency of a run, with the 503s apart from the other errors. */
function summary(path: string, result: AutocannonResult) {
	const refused = result.statusCodeStats['503']?.count ?? 0;
	return {
		url: path,
		requestsPerSecond: Math.round(result.requests.average),
		okPerSecond: Math.round((result.statusCodeStats['200']?.count ?? 0) / result.duration),
		latencyP50Ms: result.latency.p50,
		latencyP99Ms: result.latency.p99,
		refused503: refused,
		errors: result.errors + result.timeouts + result.non2xx - refused
	};
}

const LARGEST = 'w=2000&h=2000&scale=3';
const BURST = ['nl', 'en']
	.flatMap((lang) =>
		['light', 'dark', 'transparent'].flatMap((theme) =>
			['arrests', 'protests', 'sanctions', 'timeline', 'map'].map(
				(id) => `/export/${id}.png?${LARGEST}&lang=${lang}&theme=${theme}`
			)
		)
	)
	.slice(0, 24);

/** 24 distinct largest PNGs at once while autocannon asks for the widget; until every PNG is answered. */
async function embedDuringBurst(url: string) {
	const widget = autocannon({ url: `${url}/embed/arrests`, connections: 10, duration: 120 });
	const t0 = performance.now();
	const answers = await Promise.all(
		BURST.map(async (path) => {
			const res = await fetch(url + path);
			await res.arrayBuffer();
			return res.status;
		})
	);
	const burstMs = Math.round(performance.now() - t0);
	widget.stop();
	return {
		...summary('/embed/arrests during the burst', await widget),
		burstMs,
		pngs: {
			drawn: answers.filter((s) => s === 200).length,
			refused503: answers.filter((s) => s === 503).length,
			errors: answers.filter((s) => s !== 200 && s !== 503).length
		}
	};
}

/**
 * The presenter's pack at slide-1080 (five PNGs drawn and everything zipped in one PNG worker): the
 * median time of three fresh packs (three periods not asked before), its size, and a kept pack's time.
 */
async function packAt1080(url: string) {
	const get = async (path: string) => {
		const t0 = performance.now();
		const res = await fetch(url + path);
		const bytes = (await res.arrayBuffer()).byteLength;
		return { ms: performance.now() - t0, bytes, status: res.status };
	};
	const fresh = [];
	for (const to of ['2020-10-13', '2020-10-14', '2020-10-15'])
		fresh.push(await get(`/export/pack.zip?preset=slide-1080&to=${to}`));
	const kept = await get('/export/pack.zip?preset=slide-1080&to=2020-10-15');
	return {
		url: '/export/pack.zip?preset=slide-1080',
		freshMs: Math.round(median(fresh.map((f) => f.ms))),
		keptMs: Math.round(kept.ms),
		sizeKB: Math.round(fresh[2].bytes / 1024),
		errors: [...fresh, kept].filter((f) => f.status !== 200).length
	};
}

async function underLoad() {
	const dir = resolve(process.env.BUILD_DIR ?? 'build');
	if (!existsSync(`${dir}/index.js`)) return { skipped: `no build in ${dir}` };
	const site = await startBuiltSite(Number(process.env.BENCH_EXPORT_PORT ?? 0));
	try {
		const run = async (
			path: string,
			requests?: Parameters<typeof autocannon>[0]['requests'],
			connections = 10
		) => {
			await (await fetch(site.url + path)).arrayBuffer();
			return summary(path, await autocannon({ url: site.url + path, connections, duration: 5, requests }));
		};
		// As many connections as the PNG workers take at once (drawing and queued): none is refused.
		const pool = pngPoolConfig(process.env, availableParallelism());
		// Every request a size not asked before, all within a few per cent of the default 1280×720.
		let n = 0;
		const freshPath = () => `/export/arrests.png?w=${1230 + (n % 100)}&h=${720 + Math.floor(n++ / 100)}`;
		const fresh = [{ setupRequest: (request: { path: string }) => ({ ...request, path: freshPath() }) }];
		const runs = [
			await run('/export/arrests.svg'),
			await run('/export/arrests.png'),
			{
				...(await run('/export/arrests.png', fresh, pool.workers + pool.queue)),
				url: `/export/arrests.png, fresh (w=1230…1329, h=720…), ${pool.workers + pool.queue} connections`
			},
			await run('/embed/arrests')
		];
		const pack = await packAt1080(site.url);
		const burst = await embedDuringBurst(site.url);
		return { pool, runs, pack, burst, peakRssMb: site.peakRssMb(), stillUp: site.running() };
	} finally {
		site.stop();
	}
}

export async function benchExport() {
	const charts = await inProcess();
	const server = await underLoad();
	return { charts, server };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	const r = await benchExport();
	console.log(`\nExport, in process (median of ${RUNS} runs after warm-up, slide-720):`);
	console.table(r.charts);
	console.log('Server, autocannon, 10 connections (unless said), 5 s:');
	console.dir(r.server, { depth: 4 });
	const { runs, burst, pack } = r.server;
	const errors = runs && burst && pack ? [...runs, burst, pack].reduce((n, x) => n + x.errors, 0) : 0;
	if (r.charts.some((c) => !c.withinBudget) || errors > 0) process.exitCode = 1;
}
