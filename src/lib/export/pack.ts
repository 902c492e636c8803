/**
 * The presenter's pack, `/export/pack.zip`: every chart and the map of a period as SVG and PNG at one
 * size, `figures.csv` and `figures.json` of exactly the records they show, `SOURCES.md` and a
 * `README.md` (packContents.ts). The server's thread only lays out the SVGs (cached, svg.ts) and writes
 * the texts; drawing the PNGs and zipping run in one task of the PNG workers (`pack` in rasterise.js),
 * so a pack takes one of their slots and waits in their line like a PNG, and is refused like one
 * (busy, timeout) when they cannot take it. Finished packs are kept (the newest, up to CACHE_BYTES).
 */
import type { Dataset } from '$lib/data/schema';
import { publicArticles, publicPlaces, publicRecords, toCsv } from '$lib/api/publicData';
import { licenceNotice } from '$lib/api/licence';
import { defaultOptions } from '$lib/view/options';
import { createKeptFiles, type KeptFiles } from './keptFiles';
import { packReadme, packRecords, sourcesMarkdown } from './packContents';
import { pngPool } from './png';
import { exportFilename, exportIds, exportSize, exportSvg, type ExportOptions } from './svg';
import type { PackOptions } from './urls';
import type { Outcome } from './workerPool';

export interface PackResult {
	zip: Uint8Array;
	filename: string;
}

/** A pack at slide-1080 is ~0.7 MB (the map's PNG its largest file): some thirty kept. */
const CACHE_BYTES = 24 * 1024 * 1024;

const stores = new WeakMap<Dataset, KeptFiles<PackResult>>();

function storeOf(d: Dataset): KeptFiles<PackResult> {
	let store = stores.get(d);
	if (!store) stores.set(d, (store = createKeptFiles(CACHE_BYTES, (p) => p.zip.byteLength)));
	return store;
}

/** `belarus-2020-pack-nl-1920x1080-2020-08-09-2020-10-12.zip` */
export function packFilename(o: PackOptions): string {
	const { width, height } = exportSize(o);
	const theme = o.theme === 'dark' || o.theme === 'transparent' ? `-${o.theme}` : '';
	return `belarus-2020-pack-${o.lang}-${width}x${height}${theme}-${o.from}-${o.to}.zip`;
}

export type PackFile = { name: string; text: string } | { name: string; svg: string };

/** The pack's files in order, the PNGs as the SVGs to draw them from. */
export function packFiles(d: Dataset, o: PackOptions, origin: string): PackFile[] {
	const options: ExportOptions = { ...defaultOptions, ...o };
	const range = { from: o.from, to: o.to };
	const records = packRecords(d, range, exportIds);
	const pictures = exportIds.flatMap((id): PackFile[] => {
		const svg = exportSvg(id, d, options).svg;
		return [
			{ name: exportFilename(id, options, 'svg'), text: svg },
			{ name: exportFilename(id, { ...options, scale: 1 }, 'png'), svg }
		];
	});
	const json = {
		license: licenceNotice(origin),
		period: range,
		articles: publicArticles(d).filter((a) => records.articles.some((r) => r.id === a.id)),
		places: publicPlaces(d),
		...publicRecords(d, records.figures, records.events)
	};
	const data: PackFile[] = [
		{ name: 'figures.csv', text: toCsv(d, records.figures, records.events) },
		{ name: 'figures.json', text: JSON.stringify(json, null, '\t') + '\n' },
		{ name: 'SOURCES.md', text: sourcesMarkdown(records, range, o.lang) }
	];
	const names = [...pictures, ...data].map((f) => f.name);
	const readme = packReadme({ range, lang: o.lang, size: exportSize(o), records, files: names });
	return [{ name: 'README.md', text: readme }, ...pictures, ...data];
}

/** The pack for these options, or why not now (the PNG workers busy, or the task past its time). */
export function exportPack(d: Dataset, o: PackOptions, origin: string): Promise<Outcome<PackResult>> {
	const key = JSON.stringify([o.preset, o.w, o.h, o.lang, o.theme, o.from, o.to, origin]);
	const filename = packFilename(o);
	return storeOf(d).get(key, () =>
		// Every entry dated the period's last day, so the same pack is the same bytes.
		pngPool()
			.then((p) => p.runNamed('pack', () => ({ files: packFiles(d, o, origin), day: d.period.to })))
			.then((outcome) => (outcome.ok ? { ok: true, value: { zip: outcome.value, filename } } : outcome))
	);
}
