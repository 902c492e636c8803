// `npm run serve`: serves the built site (build/, or BUILD_DIR) on PORT (default 3000) and HOST
// (default 0.0.0.0), with SvelteKit's adapter-node handler behind two things of ours:
// - compression (the `compression` middleware: brotli or gzip by Accept-Encoding, with Vary) for
//   every response worth it that is not already compressed: the pages and widgets Kit renders, the
//   exports' SVG, the CSVs. Static files go out precompressed by the build (`.br`, `.gz`);
// - Cache-Control by kind (src/scripts/http-headers.js): a year for hashed and versioned files, a few
//   minutes with revalidation for the rest.
// adapter-node assumes https unless ORIGIN is set; links the site writes about itself (oEmbed,
// social cards) need the real origin, so default it to what we listen on.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { constants } from 'node:zlib';
import compression from 'compression';
import { cacheControlFor, weakEtag } from './http-headers.js';
import { islandsVersion } from './islands-version.js';
import { stopOnSignals } from './stop-on-signals.js';

const buildDir = resolve(process.env.BUILD_DIR ?? 'build');
if (!existsSync(`${buildDir}/handler.js`)) {
	console.error('No build found: run `npm run build` first (or `npm start`, which builds and serves).');
	process.exit(1);
}
const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || '0.0.0.0';
process.env.ORIGIN ||= `http://localhost:${port}`;

const { handler } = await import(pathToFileURL(`${buildDir}/handler.js`).href);
const version = islandsVersion(`${buildDir}/client/islands`) ?? '';

const compress = compression({
	threshold: 1024,
	// Each write goes out as it comes, so a streamed response still streams.
	flush: constants.Z_SYNC_FLUSH,
	brotli: { flush: constants.BROTLI_OPERATION_FLUSH, params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }
});

/**
 * Makes the ETag weak when the body goes out compressed, and in the 304 that answers a weak tag.
 * Installed before `compress`, so that it runs after compression has decided (both wrap
 * `writeHead`; the later wrapper runs first).
 *
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
function weakenEtagWhenCompressed(req, res) {
	const writeHead = res.writeHead;
	/** @type {any} the same arguments, passed on */
	const wrapped = function (/** @type {number} */ status, /** @type {any[]} */ ...rest) {
		const etag = res.getHeader('etag');
		const weak = etag && weakEtag(String(etag));
		if (
			weak &&
			(res.getHeader('content-encoding') || (status === 304 && req.headers['if-none-match']?.includes(weak)))
		)
			res.setHeader('etag', weak);
		return writeHead.apply(res, /** @type {any} */ ([status, ...rest]));
	};
	res.writeHead = wrapped;
}

const server = createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://x');
	res.setHeader('cache-control', cacheControlFor(url.pathname, url.searchParams, version));
	weakenEtagWhenCompressed(req, res);
	compress(req, res, () => {
		handler(req, res, () => {
			res.statusCode = 404;
			res.setHeader('content-type', 'text/plain; charset=utf-8');
			res.end('Not found');
		});
	});
});

server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));

stopOnSignals(server);
