// `npm run serve:static`: serves the static folder (build-static/, or STATIC_DIR) on PORT (default
// 3000) and HOST with sirv, a plain static file server: no code of this site runs, as on a CDN.
// It sends the folder's precompressed files (.br, .gz) by Accept-Encoding and applies the folder's
// own `_headers` file (written by src/scripts/build-static.ts, the format Netlify and Cloudflare
// Pages read), so what it sends is what such a host would.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { stopOnSignals } from './stop-on-signals.js';

const dir = resolve(process.env.STATIC_DIR ?? 'build-static');
if (!existsSync(`${dir}/index.html`)) {
	console.error(`No static folder in ${dir}: run \`npm run build:static\` first.`);
	process.exit(1);
}
const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || '0.0.0.0';

/**
 * The rules of a `_headers` file: a path (or a prefix ending in `*`) on a line of its own, then its
 * headers indented, `Name: value`.
 *
 * @param {string} text
 * @returns {{ match: RegExp, headers: [string, string][] }[]}
 */
function parseHeaders(text) {
	/** @type {{ match: RegExp, headers: [string, string][] }[]} */
	const rules = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const pattern = line
				.trim()
				.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
				.replace(/\*/g, '.*');
			rules.push({ match: new RegExp(`^${pattern}$`), headers: [] });
		} else {
			const colon = line.indexOf(':');
			rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
		}
	}
	return rules;
}

const rules = existsSync(`${dir}/_headers`) ? parseHeaders(readFileSync(`${dir}/_headers`, 'utf8')) : [];

const serve = sirv(dir, {
	etag: true,
	gzip: true,
	brotli: true,
	dotfiles: false,
	setHeaders(res) {
		// sirv names the file; the rules are written for the URL a reader asks for.
		const url = new URL(res.req.url ?? '/', 'http://x').pathname;
		for (const rule of rules) {
			if (!rule.match.test(url)) continue;
			for (const [name, value] of rule.headers) res.setHeader(name, value);
		}
	}
});

const notFound = existsSync(`${dir}/404.html`) ? readFileSync(`${dir}/404.html`) : null;

/** @type {import('node:http').RequestListener} */
function answerNotFound(req, res) {
	res.statusCode = 404;
	res.setHeader('content-type', notFound ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8');
	res.end(notFound ?? 'Not found');
}

const server = createServer((req, res) => {
	// The headers file is the host's, not the site's.
	if (new URL(req.url ?? '/', 'http://x').pathname === '/_headers') return answerNotFound(req, res);
	serve(req, res, () => answerNotFound(req, res));
});

server.listen(port, host, () => console.log(`Serving ${dir} on http://${host}:${port}`));

stopOnSignals(server);
