/**
 * The caching and compression rules of `npm run serve` (src/scripts/serve.js), as plain functions so
 * that they are tested on their own (tests/unit/server/httpHeaders.test.ts).
 *
 * Files whose name (or `?v=` query) changes with their content are kept for a year; a CDN and a
 * browser never need to ask again. Everything else (pages, data, `/embed.js`, which newsrooms
 * link by a fixed name) is kept briefly and revalidated with its ETag.
 */

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const SHORT = 'public, max-age=300, stale-while-revalidate=86400';

/**
 * The Cache-Control a response starts with; a route that sets its own (widgets, exports, the data
 * API, an error) replaces it. `version` is the build's (Kit's `version`, in every script's URL).
 *
 * @param {string} pathname
 * @param {URLSearchParams} query
 * @param {string} version
 * @returns {string}
 */
export function cacheControlFor(pathname, query, version) {
	// Hashed by Kit (the styles, the fonts) or by the islands' build (their chunks).
	if (pathname.startsWith('/_app/immutable/') || pathname.startsWith('/islands/chunks/')) return IMMUTABLE;
	// A script linked with the build's version: a new build links a new URL.
	if (pathname.startsWith('/islands/') && query.get('v') === version) return IMMUTABLE;
	return SHORT;
}

/**
 * The ETag of a compressed response: weak, because its bytes differ from the uncompressed
 * representation's (what nginx does too). Conditional requests compare weakly (Kit, and the
 * export route), so a weak tag sent back still gets its 304.
 *
 * @param {string | undefined} etag
 * @returns {string | undefined}
 */
export function weakEtag(etag) {
	return etag && !etag.startsWith('W/') ? `W/${etag}` : etag;
}
