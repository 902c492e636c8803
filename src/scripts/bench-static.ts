/**
 * The static folder (`npm run build:static`): how long it takes to write and how large it is (in
 * all, and its prerendered exports, which are most of it), and the first contentful paint of its
 * dashboard served by `npm run serve:static` beside the Node server's (`npm run serve`), RUNS cold
 * loads each, interleaved, in one browser.
 *
 *   npx tsx src/scripts/bench-static.ts      (needs a build: npm run build)
 */
import { spawn } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch } from '../../tests/browser/browser';
import { load, median, type Load } from './bench-first-paint';
import { buildStatic } from './build-static';
import { freePort, startBuiltSite } from './built-site';
import { printed } from './printed';

const RUNS = 7;

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]
	);
}

const mb = (bytes: number) => Number((bytes / 1024 / 1024).toFixed(1));

export async function benchStatic() {
	const outDir = resolve('build-static-bench');
	const port = await freePort();
	const origin = `http://localhost:${port}`;
	const built = await buildStatic({ buildDir: resolve(process.env.BUILD_DIR ?? 'build'), outDir, origin });
	const files = filesUnder(outDir).map((f) => ({ f, size: statSync(f).size }));
	const sum = (list: typeof files) => list.reduce((s, x) => s + x.size, 0);
	const originals = files.filter((x) => !/\.(br|gz)$/.test(x.f));
	const exports = originals.filter((x) => x.f.includes('/export/'));
	const pngs = exports.filter((x) => x.f.endsWith('.png'));

	const server = spawn(process.execPath, ['src/scripts/serve-static.js'], {
		env: { ...process.env, STATIC_DIR: outDir, PORT: String(port), HOST: '127.0.0.1' },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const node = await startBuiltSite();
	const browser = await launch();
	try {
		await printed(server, /^Serving .* on http/m);
		const pages = { static: `${origin}/`, node: `${node.url}/` };
		await load(browser, pages.node); // the browser's first context pays for starting its renderer
		const loads: Record<string, Load[]> = { static: [], node: [] };
		for (let run = 0; run < RUNS; run++)
			for (const [name, url] of Object.entries(pages)) loads[name].push(await load(browser, url));
		const fcp = (name: string) => ({
			medianMs: Math.round(median(loads[name].map((l) => l.fcp))),
			runs: loads[name].map((l) => Math.round(l.fcp)),
			kbBeforePaint: Number((loads[name].at(-1)!.bytesBeforePaint / 1024).toFixed(1))
		});
		return {
			buildSeconds: Number((built.ms / 1000).toFixed(1)),
			exportMatrixSeconds: Number((built.exportsMs / 1000).toFixed(1)),
			files: files.length,
			filesWithoutPrecompressed: originals.length,
			sizeMb: mb(sum(files)),
			sizeWithoutPrecompressedMb: mb(sum(originals)),
			exports: { files: exports.length, mb: mb(sum(exports)), pngs: pngs.length, pngMb: mb(sum(pngs)) },
			firstContentfulPaintOfDashboard: { static: fcp('static'), node: fcp('node') }
		};
	} finally {
		await browser.close();
		node.stop();
		server.kill();
		rmSync(outDir, { recursive: true, force: true });
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	console.dir(await benchStatic(), { depth: 4 });
}
