/** Where the static folder keeps each page and export, and what it holds. */
import { describe, expect, it } from 'vitest';
import { dataset } from '$lib/data/dataset';
import { widgetIds } from '$lib/embed/widgets';
import { prerenderedExportPath, socialImageUrl } from '$lib/export/urls';
import { exportEntries, fileEntries, pageEntries } from '$lib/static/entries';
import { headerRules, headersFile, IMMUTABLE, SHORT } from '$lib/static/headers';
import { langOfPath, langPath, oembedPath, pageFile } from '$lib/static/staticSite';

describe('pages of the folder', () => {
	it.each([
		['/', 'nl', '/'],
		['/', 'en', '/en/'],
		['/en/', 'nl', '/'],
		['/en', 'nl', '/'],
		['/en/', 'en', '/en/'],
		['/embed/map', 'en', '/en/embed/map'],
		['/en/embed/map', 'nl', '/embed/map'],
		['/en/embed/map', 'en', '/en/embed/map'],
		['/sources/001_x', 'en', '/en/sources/001_x']
	] as const)('%s in %s is %s', (path, lang, expected) => {
		expect(langPath(path, lang)).toBe(expected);
		expect(langOfPath(expected)).toBe(lang);
	});

	it.each([
		['/', 'index.html'],
		['/en/', 'en/index.html'],
		['/embed/arrests', 'embed/arrests.html'],
		['/en/sources/001_x', 'en/sources/001_x.html']
	])('%s is written to %s', (path, file) => expect(pageFile(path)).toBe(file));

	it('holds the dashboard, every source and every widget in both languages, each once', () => {
		const pages = pageEntries(dataset.articles.map((a) => a.id));
		expect(pages).toHaveLength(2 * (1 + dataset.articles.length + widgetIds.length));
		expect(new Set(pages.map((p) => p.file)).size).toBe(pages.length);
		expect(pages).toContainEqual({ url: '/?lang=en', file: 'en/index.html' });
		expect(pages).toContainEqual({ url: '/embed/headlines', file: 'embed/headlines.html' });
		expect(pages).toContainEqual({ url: '/embed/map?lang=en', file: 'en/embed/map.html' });
	});

	it('asks oEmbed for each widget in each language, about the folder’s own URL', () => {
		const oembed = fileEntries('https://graphics.example').filter((e) => e.file.startsWith('oembed/'));
		expect(oembed).toHaveLength(2 * widgetIds.length);
		expect(oembed).toContainEqual({
			url: '/oembed?url=https%3A%2F%2Fgraphics.example%2Fembed%2Ftimeline%3Flang%3Den&format=json',
			file: 'oembed/timeline.en.json'
		});
		expect(oembedPath('map', 'nl')).toBe('/oembed/map.json');
	});
});

describe('prerendered exports', () => {
	it('are every preset and the default size, per language and colour, SVG and PNG: 5 × 5 × 2 × 3 × 2, and the bare URLs', () => {
		const files = exportEntries(dataset.period);
		expect(files).toHaveLength(5 * 5 * 2 * 3 * 2 + 5 * 2);
		expect(files).toContainEqual({
			url: '/export/map.png?preset=portrait&lang=en&theme=transparent',
			file: 'export/belarus-2020-map-en-1080x1350-transparent.png'
		});
		expect(files).toContainEqual({ url: '/export/arrests.svg', file: 'export/arrests.svg' });
	});

	it('name the folder’s file only for what it holds', () => {
		expect(prerenderedExportPath('arrests', 'png', dataset.period, { preset: 'social', lang: 'en' })).toBe(
			'/export/belarus-2020-arrests-en-1200x630.png'
		);
		expect(prerenderedExportPath('arrests', 'svg', dataset.period, { theme: 'auto' })).toBe(
			'/export/belarus-2020-arrests-nl-1280x720.svg'
		);
		expect(prerenderedExportPath('arrests', 'svg', dataset.period, { from: '2020-09-01' })).toBeNull();
		expect(prerenderedExportPath('arrests', 'svg', dataset.period, { w: 800, h: 600 })).toBeNull();
		expect(prerenderedExportPath('protests', 'svg', dataset.period, { yscale: 'linear' })).toBeNull();
		expect(prerenderedExportPath('protests', 'svg', dataset.period, { title: false })).toBeNull();
		expect(prerenderedExportPath('protests', 'png', dataset.period, { scale: 2 })).toBeNull();
	});

	it('are the static pages’ social cards; the Node server’s are its endpoint', () => {
		expect(socialImageUrl('https://x.example', 'map', dataset.period, { lang: 'en' }, 'static')).toBe(
			'https://x.example/export/belarus-2020-map-en-1200x630.png'
		);
		expect(socialImageUrl('https://x.example', 'map', dataset.period, { lang: 'en' })).toBe(
			'https://x.example/export/map.png?preset=social&lang=en'
		);
	});
});

describe('the _headers file', () => {
	const rules = headerRules(
		"default-src 'self'",
		['dashboard.js', 'widget.js'],
		[{ pattern: '/data/figures.csv', headers: { 'content-type': 'text/csv; charset=utf-8' } }]
	);
	const ruleFor = (pattern: string) => rules.find((r) => r.pattern === pattern)!.headers;

	it('keeps hashed files a year, and pages, data and fixed-name scripts a few minutes', () => {
		expect(ruleFor('/_app/immutable/*')['Cache-Control']).toBe(IMMUTABLE);
		expect(ruleFor('/islands/chunks/*')['Cache-Control']).toBe(IMMUTABLE);
		for (const p of ['/', '/en/', '/embed/*', '/islands/widget.js', '/embed.js', '/data/figures.csv'])
			expect(ruleFor(p)['Cache-Control'], p).toBe(SHORT);
		expect(ruleFor('/data/figures.csv')['content-type']).toBe('text/csv; charset=utf-8');
	});

	it('lets any site frame a widget and none a page', () => {
		expect(ruleFor('/en/embed/*')['Content-Security-Policy']).toBe("default-src 'self'; frame-ancestors *");
		expect(ruleFor('/sources/*')['Content-Security-Policy']).toBe(
			"default-src 'self'; frame-ancestors 'none'"
		);
		expect(ruleFor('/sources/*')['X-Frame-Options']).toBe('DENY');
	});

	it('has one rule per path: no pattern covers another’s', () => {
		const covers = (a: string, b: string) => a !== b && a.endsWith('*') && b.startsWith(a.slice(0, -1));
		for (const a of rules)
			for (const b of rules) expect(covers(a.pattern, b.pattern), `${a.pattern} ${b.pattern}`).toBe(false);
	});

	it('is written as a path line and its indented headers', () => {
		const text = headersFile([{ pattern: '/x/*', headers: { A: '1', B: '2' } }]);
		expect(text.split('\n').filter((l) => !l.startsWith('#'))).toEqual(['/x/*', '  A: 1', '  B: 2', '']);
	});
});
