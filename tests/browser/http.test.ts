/**
 * What `npm run serve` sends over the wire, checked as a CDN or a browser sees it: raw bytes over
 * HTTP (no client that decodes for us), compressed by Accept-Encoding, with Cache-Control by kind,
 * and a compressed body that decodes to exactly the uncompressed one.
 */
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';

const base = inject('baseUrl');
const YEAR = 'public, max-age=31536000, immutable';
const SHORT = /^public, max-age=300\b/;

interface Raw {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

function get(path: string, headers: Record<string, string> = {}): Promise<Raw> {
	return new Promise((resolve, reject) => {
		request(base + path, { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
			);
			res.on('error', reject);
		})
			.on('error', reject)
			.end();
	});
}

const plain = (path: string) => get(path, { 'accept-encoding': 'identity' });
const decode = (r: Raw) =>
	r.headers['content-encoding'] === 'br'
		? brotliDecompressSync(r.body)
		: r.headers['content-encoding'] === 'gzip'
			? gunzipSync(r.body)
			: r.body;

/** The dashboard's script and stylesheet URLs, as its HTML links them. */
async function linkedAssets() {
	const html = (await plain('/')).body.toString();
	const script = html.match(/src="(\/islands\/dashboard\.js\?v=[^"]+)"/)?.[1];
	const style = html.match(/href="\.?(\/_app\/immutable\/assets\/[^"]+\.css)"/)?.[1];
	return { script: script!, style: style! };
}

describe('compression', () => {
	it.each([
		['the dashboard', '/'],
		['the dashboard in English', '/?lang=en'],
		['a widget', '/embed/arrests'],
		['the data', '/data/figures.json'],
		['a chart’s CSV', '/data/arrests.csv'],
		['an SVG export', '/export/arrests.svg']
	])('%s goes out as brotli or gzip, and decodes to the same bytes', async (_, path) => {
		const identity = await plain(path);
		expect(identity.status).toBe(200);
		expect(identity.headers['content-encoding']).toBeUndefined();
		for (const encoding of ['br', 'gzip']) {
			const packed = await get(path, { 'accept-encoding': encoding });
			expect(packed.headers['content-encoding']).toBe(encoding);
			expect(String(packed.headers.vary)).toMatch(/accept-encoding/i);
			expect(packed.body.length).toBeLessThan(identity.body.length);
			expect(decode(packed).equals(identity.body)).toBe(true);
		}
	});

	it('sends the dashboard in well under a fifth of its size', async () => {
		const identity = await plain('/');
		const br = await get('/', { 'accept-encoding': 'br, gzip' });
		expect(br.headers['content-encoding']).toBe('br');
		expect(br.body.length).toBeLessThan(identity.body.length / 5);
	});

	it('compresses the scripts and styles the page links', async () => {
		const { script, style } = await linkedAssets();
		for (const path of [script, style]) {
			const packed = await get(path, { 'accept-encoding': 'br' });
			expect(packed.status).toBe(200);
			expect(decode(packed).equals((await plain(path)).body)).toBe(true);
		}
		expect((await get(script, { 'accept-encoding': 'br' })).headers['content-encoding']).toBe('br');
	});
});

describe('cache headers', () => {
	it('keep hashed and versioned files for a year', async () => {
		const { script, style } = await linkedAssets();
		expect((await plain(script)).headers['cache-control']).toBe(YEAR);
		expect((await plain(style)).headers['cache-control']).toBe(YEAR.replaceAll(', ', ','));
		const chunk = (await plain(script)).body.toString().match(/chunks\/[\w.-]+\.js/)?.[0];
		expect(chunk).toBeTruthy();
		expect((await plain(`/islands/${chunk}`)).headers['cache-control']).toBe(YEAR);
		// The fonts, as the page's (inlined) styles name them.
		const html = (await plain('/')).body.toString();
		const font = html.match(/url\((\/_app\/immutable\/assets\/[^)]+\.woff2)\)/)?.[1];
		expect(font).toBeTruthy();
		const fontFile = await plain(font!);
		expect(fontFile.status).toBe(200);
		expect(fontFile.headers['cache-control']).toBe(YEAR.replaceAll(', ', ','));
	});

	it('keep a script under another build’s version only briefly', async () => {
		expect((await plain('/islands/dashboard.js?v=old')).headers['cache-control']).toMatch(SHORT);
	});

	it('keep pages and data briefly, and revalidate them with a weak ETag when compressed', async () => {
		for (const path of ['/', '/data/figures.json', '/embed.js']) {
			expect((await plain(path)).headers['cache-control'], path).toMatch(SHORT);
		}
		const page = await get('/', { 'accept-encoding': 'br' });
		const etag = String(page.headers.etag);
		expect(etag).toMatch(/^W\/"/);
		const again = await get('/', { 'accept-encoding': 'br', 'if-none-match': etag });
		expect(again.status).toBe(304);
		expect(again.headers.etag).toBe(etag);
		expect(again.body.length).toBe(0);
	});
});

describe('data files', () => {
	it.each([
		['/data/figures.json', 'application/json; charset=utf-8', 'belarus-2020-figures.json'],
		['/data/figures.csv', 'text/csv; charset=utf-8; header=present', 'belarus-2020-figures.csv'],
		[
			'/data/arrests.csv?from=2020-09-01',
			'text/csv; charset=utf-8; header=present',
			'belarus-2020-arrests-2020-09-01-2020-10-12.csv'
		],
		[
			'/data/figures.xlsx',
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'belarus-2020-figures.xlsx'
		],
		['/data/datapackage.json', 'application/json; charset=utf-8', 'datapackage.json'],
		['/data/README.md', 'text/markdown; charset=utf-8', 'belarus-2020-data-README.md'],
		['/data/LICENSE.md', 'text/markdown; charset=utf-8', 'belarus-2020-data-LICENSE.md']
	])('%s goes out with its charset, a download name and its licence', async (path, type, name) => {
		const r = await plain(path);
		expect(r.status).toBe(200);
		expect(r.headers['content-type']).toBe(type);
		expect(r.headers['content-disposition']).toBe(`attachment; filename="${name}"`);
		expect(r.headers.link).toContain('<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
		expect(r.headers['cache-control']).toMatch(SHORT);
	});

	it('the JSON and the licence text name the licence, and the quotes stay the publishers’', async () => {
		const data = JSON.parse((await plain('/data/figures.json')).body.toString());
		expect(data.license).toMatchObject({ license: 'CC-BY-4.0', license_text: `${base}/data/LICENSE.md` });
		expect(data.license.quotes).toContain('remain the text of their publishers');
		expect((await plain('/data/LICENSE.md')).body.toString()).toContain(
			'Creative Commons Attribution 4.0 International'
		);
		// The xlsx is a zip: it starts with PK.
		expect((await plain('/data/figures.xlsx')).body.subarray(0, 2).toString()).toBe('PK');
	});
});
