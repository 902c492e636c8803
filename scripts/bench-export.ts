/**
 * How fast the exports are. In process (the export modules loaded through Vite, as the server runs
 * them): the median time, after a warm-up, of 50 runs per chart and the map to render and clean the
 * SVG anew, to serve it (`exportSvg`, which caches by options), and to rasterise the PNG (on this
 * thread, as one PNG worker does). Then
 * requests per second for `/export/arrests.svg` on the built site under autocannon (10 connections,
 * 5 s, loopback), with the error count.
 *
 *   npx tsx scripts/bench-export.ts        (the server part needs a build: BUILD_DIR or build/)
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { createServer } from 'vite';
import { startBuiltSite } from './built-site';

/** The part of autocannon's programmatic API used here (the package ships no types). */
interface AutocannonResult {
	requests: { average: number };
	latency: { p50: number; p99: number };
	errors: number;
	timeouts: number;
	non2xx: number;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (o: {
	url: string;
	connections: number;
	duration: number;
}) => Promise<AutocannonResult>;

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

type SvgModule = typeof import('../src/lib/export/svg');
type RasteriseModule = typeof import('../src/lib/export/rasterise.js');
type DatasetModule = typeof import('../src/lib/data/dataset');

async function inProcess() {
	const vite = await createServer({
		server: { middlewareMode: true, hmr: false, watch: null },
		appType: 'custom',
		logLevel: 'error'
	});
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

async function underLoad() {
	const dir = resolve(process.env.BUILD_DIR ?? 'build');
	if (!existsSync(`${dir}/index.js`)) return { skipped: `no build in ${dir}` };
	const site = await startBuiltSite(Number(process.env.BENCH_EXPORT_PORT ?? 4392));
	try {
		const url = `${site.url}/export/arrests.svg`;
		await fetch(url);
		const result = await autocannon({ url, connections: 10, duration: 5 });
		return {
			url: '/export/arrests.svg',
			requestsPerSecond: Math.round(result.requests.average),
			latencyP50Ms: result.latency.p50,
			latencyP99Ms: result.latency.p99,
			errors: result.errors + result.timeouts + result.non2xx
		};
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
	console.log('Server, autocannon, 10 connections, 5 s:');
	console.table([r.server]);
	if (r.charts.some((c) => !c.withinBudget) || (r.server.errors ?? 0) > 0) process.exitCode = 1;
}
