/**
 * `npm run build:static`: writes the static folder (build-static/, or STATIC_DIR), the whole site as
 * files that any static file server or CDN serves as they are (see the README, "Two deployments").
 *
 * The files are the Node server's own answers: this starts the built server (`npm run build` comes
 * first) with STATIC_SITE=1 (its pages then say they are static and name the folder's files for
 * oEmbed and social cards, src/lib/static/host.server.ts) and ORIGIN set to the folder's public
 * origin (STATIC_ORIGIN, for the absolute links pages and oEmbed write), asks it for every entry of
 * src/lib/static/entries.ts and writes each answer to its file. The built client files (scripts,
 * styles, fonts) are copied as they are; pages and data are precompressed (.br, .gz) like them, and
 * a `_headers` file holds the caching rules.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { exportEntries, fileEntries, pageEntries, type StaticEntry } from '../lib/static/entries';
import type { Period } from '../lib/story/period';
import { headerRules, headersFile, type HeaderRule } from '../lib/static/headers';
import { freePort, startBuiltSite } from './built-site';

export interface StaticBuild {
	/** The Node build it starts (`npm run build`'s). */
	buildDir: string;
	/** The folder written (emptied first). */
	outDir: string;
	/** The public origin the folder will be served from, for the absolute links it writes. */
	origin: string;
}

export const staticBuildFromEnv = (): StaticBuild => ({
	buildDir: resolve(process.env.BUILD_DIR ?? 'build'),
	outDir: resolve(process.env.STATIC_DIR ?? 'build-static'),
	origin: (process.env.STATIC_ORIGIN ?? 'http://localhost:3000').replace(/\/$/, '')
});

/** Text files worth sending compressed (the client files come precompressed from the build). */
const COMPRESSIBLE = /\.(html|json|csv|svg|md|js|css|txt)$/;

function precompress(file: string, bytes: Buffer) {
	if (!COMPRESSIBLE.test(file) || bytes.length < 1024) return;
	writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
	writeFileSync(
		`${file}.br`,
		brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
	);
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]
	);
}

/** Runs `work` over `items`, `limit` at a time (the PNGs are drawn by the server's worker pool). */
async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
	let next = 0;
	await Promise.all(
		Array.from({ length: limit }, async () => {
			while (next < items.length) await work(items[next++]);
		})
	);
}

export async function buildStatic({
	buildDir,
	outDir,
	origin
}: StaticBuild): Promise<{ files: number; bytes: number; ms: number; exportsMs: number }> {
	const started = performance.now();
	rmSync(outDir, { recursive: true, force: true });
	cpSync(join(buildDir, 'client'), outDir, { recursive: true });

	let exportsMs: number;
	const site = await startBuiltSite(await freePort(), {
		STATIC_SITE: '1',
		ORIGIN: origin,
		BUILD_DIR: buildDir
	});
	try {
		const get = async (url: string, expect = 200) => {
			for (let attempt = 0, resets = 0; ; attempt++) {
				let res: Response;
				try {
					res = await fetch(site.url + url);
				} catch (error) {
					// A kept-alive connection the server closed as it was reused (seen once in ~900
					// requests, after a wait for the PNG pool): a GET, so asked again on a new one.
					if (resets++ < 3) continue;
					throw error;
				}
				// The PNG pool answers 503 when it is full: ask again, as Retry-After says.
				if (res.status === 503 && attempt < 20) {
					const seconds = Number(res.headers.get('retry-after')) || 1;
					await new Promise((r) => setTimeout(r, seconds * 1000));
					continue;
				}
				if (res.status !== expect) throw new Error(`${url}: ${res.status} ${await res.text()}`);
				return res;
			}
		};
		const dataFiles: HeaderRule[] = [];
		/** What a data file's answer says of itself, kept for the host to say too. */
		const KEPT = ['content-type', 'content-disposition', 'link'];
		const write = async ({ url, file }: StaticEntry) => {
			const res = await get(url);
			const bytes = Buffer.from(await res.arrayBuffer());
			if (file.startsWith('data/')) {
				const headers = Object.fromEntries(
					KEPT.flatMap((k) => (res.headers.has(k) ? [[k, res.headers.get(k)!]] : []))
				);
				dataFiles.push({ pattern: `/${file}`, headers });
			}
			const path = join(outDir, file);
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(path, bytes);
			precompress(path, bytes);
		};
		const { articles, period } = (await (await get('/data/figures.json')).json()) as {
			articles: { id: string }[];
			period: Period;
		};
		await eachLimited([...pageEntries(articles.map((a) => a.id)), ...fileEntries(origin)], 4, write);
		const exportsStarted = performance.now();
		await eachLimited(exportEntries(period), 4, write);
		exportsMs = Math.round(performance.now() - exportsStarted);

		const missing = await get('/there-is-no-such-page', 404);
		writeFileSync(join(outDir, '404.html'), Buffer.from(await missing.arrayBuffer()));

		// The policy the server sends, without the framing rule that differs between pages and widgets.
		const csp = ((await get('/')).headers.get('content-security-policy') ?? '')
			.split(';')
			.map((d) => d.trim())
			.filter((d) => d && !d.startsWith('frame-ancestors'))
			.join('; ');
		const scripts = readdirSync(join(outDir, 'islands')).filter((f) => f.endsWith('.js'));
		writeFileSync(
			join(outDir, '_headers'),
			headersFile(
				headerRules(
					csp,
					scripts,
					dataFiles.sort((a, b) => a.pattern.localeCompare(b.pattern))
				)
			)
		);
	} finally {
		site.stop();
	}
	const files = filesUnder(outDir);
	const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
	return { files: files.length, bytes, ms: Math.round(performance.now() - started), exportsMs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const build = staticBuildFromEnv();
	const { files, bytes, ms } = await buildStatic(build);
	console.log(
		`${build.outDir}: ${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MB, in ${(ms / 1000).toFixed(1)} s (origin ${build.origin})`
	);
}
