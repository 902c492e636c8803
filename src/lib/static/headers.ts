/**
 * The static folder's HTTP headers, as a `_headers` file (the format Netlify and Cloudflare Pages
 * read; `npm run serve:static` applies the same file). The rules are those of `npm run serve`
 * (src/scripts/http-headers.js and the routes): hashed names a year and `immutable`, pages and data
 * a few minutes with revalidation, exports an hour; widgets may be framed by any site, the rest by
 * none. No two rules match one path: hosts that join the headers of several matching rules would
 * otherwise send two Cache-Controls.
 */
import { IMMUTABLE, SHORT } from '../../scripts/http-headers.js';

export { IMMUTABLE, SHORT };
export const EXPORT = 'public, max-age=3600';

export interface HeaderRule {
	/** A path, or a prefix ending in `*` (which matches anything, slashes included). */
	pattern: string;
	headers: Record<string, string>;
}

/**
 * The rules for a folder: `csp` is the Node server's Content-Security-Policy without its
 * `frame-ancestors`; `scripts` are the fixed-name scripts at the top of `/islands/` (their `?v=`
 * query does not reach a static host's cache key, so they are kept briefly like `/embed.js`);
 * `dataFiles` the headers the server sends with each data file (type and charset, download name,
 * licence link), one rule per file.
 */
export function headerRules(
	csp: string,
	scripts: readonly string[],
	dataFiles: readonly HeaderRule[]
): HeaderRule[] {
	const common = {
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'strict-origin-when-cross-origin'
	};
	const page = {
		...common,
		'Cache-Control': SHORT,
		'X-Frame-Options': 'DENY',
		'Content-Security-Policy': `${csp}; frame-ancestors 'none'`
	};
	const widget = {
		...common,
		'Cache-Control': SHORT,
		'Content-Security-Policy': `${csp}; frame-ancestors *`
	};
	const shared = { ...common, 'Cache-Control': SHORT, 'Access-Control-Allow-Origin': '*' };
	return [
		{ pattern: '/_app/immutable/*', headers: { ...common, 'Cache-Control': IMMUTABLE } },
		{ pattern: '/islands/chunks/*', headers: { ...common, 'Cache-Control': IMMUTABLE } },
		...scripts.map((name) => ({
			pattern: `/islands/${name}`,
			headers: { ...common, 'Cache-Control': SHORT }
		})),
		...['/', '/en', '/en/', '/sources/*', '/en/sources/*', '/404.html'].map((pattern) => ({
			pattern,
			headers: page
		})),
		...['/embed/*', '/en/embed/*'].map((pattern) => ({ pattern, headers: widget })),
		...dataFiles.map((r) => ({ pattern: r.pattern, headers: { ...shared, ...r.headers } })),
		{
			pattern: '/export/*',
			headers: {
				...common,
				'Cache-Control': EXPORT,
				'Access-Control-Allow-Origin': '*',
				'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
			}
		},
		{
			pattern: '/oembed/*',
			headers: { ...common, 'Cache-Control': EXPORT, 'Access-Control-Allow-Origin': '*' }
		},
		...['/embed.js', '/favicon.svg', '/map/*'].map((pattern) => ({ pattern, headers: shared }))
	];
}

/** The `_headers` file of `rules`. */
export function headersFile(rules: readonly HeaderRule[]): string {
	const head =
		'# Cache-Control and security headers of the static folder (npm run build:static), in the format\n' +
		'# of Netlify and Cloudflare Pages; npm run serve:static applies this file. See the README.\n';
	return (
		head +
		rules
			.map(
				(r) =>
					`${r.pattern}\n${Object.entries(r.headers)
						.map(([k, v]) => `  ${k}: ${v}\n`)
						.join('')}`
			)
			.join('')
	);
}
