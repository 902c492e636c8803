import { describe, expect, it } from 'vitest';
import { IMMUTABLE, SHORT, cacheControlFor, weakEtag } from '../../../src/scripts/http-headers.js';

const q = (s = '') => new URLSearchParams(s);

describe('Cache-Control by kind', () => {
	it('keeps hashed files for a year', () => {
		expect(
			cacheControlFor('/_app/immutable/assets/source-sans-3-latin-400-normal.Bx3.woff2', q(), 'v1')
		).toBe('public, max-age=31536000, immutable');
		expect(cacheControlFor('/islands/chunks/LeafletMap-Cch1PB2Y.js', q(), 'v1')).toBe(IMMUTABLE);
	});

	it('keeps a script for a year only under this build’s version', () => {
		expect(cacheControlFor('/islands/dashboard.js', q('v=v1'), 'v1')).toBe(IMMUTABLE);
		expect(cacheControlFor('/islands/dashboard.js', q('v=v0'), 'v1')).toBe(SHORT);
		expect(cacheControlFor('/islands/dashboard.js', q(), 'v1')).toBe(SHORT);
	});

	it('keeps pages, data and the fixed-name loader briefly, revalidated', () => {
		for (const path of ['/', '/embed.js', '/data/figures.json', '/sources/arrests-001']) {
			expect(cacheControlFor(path, q('v=v1'), 'v1')).toBe(
				'public, max-age=300, stale-while-revalidate=86400'
			);
		}
	});
});

describe('the ETag of a compressed body', () => {
	it('is weak, once', () => {
		expect(weakEtag('"abc"')).toBe('W/"abc"');
		expect(weakEtag('W/"abc"')).toBe('W/"abc"');
		expect(weakEtag(undefined)).toBeUndefined();
	});
});
