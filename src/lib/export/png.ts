/**
 * PNG of a chart or the map: the SVG export (svg.ts), rasterised off the main thread by the PNG workers
 * (rasterise.js in a bounded pool, workerPool.ts; settings in poolConfig.ts), so pages, widgets, data
 * and SVGs never wait behind a PNG. A finished file is kept (the newest, up to CACHE_BYTES); identical
 * requests while a file is drawn share its one render. When the pool cannot take a file (every worker
 * busy, the queue full) or its render passes the time limit, the outcome says so instead of a file.
 */
import { availableParallelism } from 'node:os';
import type { StoryRecords } from '$lib/data/schema';
import { optionsFor } from '$lib/view/options';
import { pngPoolConfig } from './poolConfig';
import { exportFilename, exportKey, exportSvg, type ExportId, type ExportOptions } from './svg';
import { createKeptFiles, type KeptFiles } from './keptFiles';
import { createWorkerPool, type Outcome, type WorkerPool } from './workerPool';

export interface PngResult {
	png: Uint8Array;
	filename: string;
	width: number;
	height: number;
}

export type PngOutcome = Outcome<PngResult>;

type Raster = Omit<PngResult, 'filename'>;
type RasterTask = { svg: string; scale: number };

/** The finished files kept, in bytes: a 36-megapixel chart is 0.6–1.3 MB, a slide ~0.1 MB. */
const CACHE_BYTES = 64 * 1024 * 1024;

type Worker = typeof import('./rasterise.js');
/** The pool's other task: the presenter's pack (pack.ts), drawn and zipped in the same workers. */
type Named = { pack: Worker['pack'] };
export type ExportPool = WorkerPool<RasterTask, Raster, Named>;

let pool: Promise<ExportPool> | null = null;

/** The pool, started at the first PNG; its settings come from PNG_WORKERS, PNG_QUEUE, PNG_TIMEOUT_MS. */
export function pngPool(): Promise<ExportPool> {
	// Imported when needed, so the build keeps it a file of its own: the one the workers load.
	pool ??= import('./rasterise.js').then((worker) =>
		createWorkerPool<RasterTask, Raster, Named>(worker, pngPoolConfig(process.env, availableParallelism()), [
			'pack'
		])
	);
	return pool;
}

const stores = new WeakMap<StoryRecords, KeptFiles<PngResult>>();

function storeOf(records: StoryRecords): KeptFiles<PngResult> {
	let store = stores.get(records);
	if (!store) stores.set(records, (store = createKeptFiles(CACHE_BYTES, (f) => f.png.byteLength)));
	return store;
}

/** The PNG of a chart (or the map) at `options.scale` (1–3) and its download name, or why not now. */
export function exportPng(
	id: ExportId,
	records: StoryRecords,
	options: Partial<ExportOptions> = {}
): Promise<PngOutcome> {
	const o: ExportOptions = { ...optionsFor(records.period), ...options };
	const scale = Math.min(3, Math.max(1, Math.round(o.scale)));
	const filename = exportFilename(id, { ...o, scale }, 'png');
	return storeOf(records).get(`${exportKey(id, o)}|${scale}`, () =>
		pngPool()
			.then((p) => p.run(() => ({ svg: exportSvg(id, records, o).svg, scale })))
			.then((outcome): PngOutcome =>
				outcome.ok ? { ok: true, value: { ...outcome.value, filename } } : outcome
			)
	);
}
