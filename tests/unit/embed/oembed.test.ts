import { describe, expect, it } from 'vitest';
import { CACHE_AGE, OEMBED_DEFAULT_WIDTH, oembedResponse, widgetForUrl } from '../../../src/lib/embed/oembed';
import { startHeight } from '../../../src/lib/embed/widgets';
import { dataset } from '$lib/data/dataset';
import { defaultOptions } from '../../../src/lib/view/options';

const origin = 'https://belarus.example';
const ask = (params: Record<string, string>) =>
	oembedResponse(new URLSearchParams(params), origin, dataset.period);
const ok = (params: Record<string, string>) => {
	const r = ask(params);
	if (r.status !== 200) throw new Error(`expected 200, got ${r.status}: ${r.error}`);
	return r.body;
};

describe('oembedResponse', () => {
	it('answers a widget URL with every field the spec requires of a rich response', () => {
		const body = ok({ url: `${origin}/embed/arrests`, format: 'json' });
		expect(body).toEqual({
			version: '1.0',
			type: 'rich',
			html: expect.any(String),
			width: OEMBED_DEFAULT_WIDTH,
			height: startHeight('arrests', defaultOptions),
			title: 'Arrestaties · Belarus 2020: de protesten in cijfers',
			provider_name: 'Belarus 2020',
			provider_url: `${origin}/`,
			cache_age: CACHE_AGE
		});
		expect(body.html).toBe(
			`<iframe src="${origin}/embed/arrests" title="Arrestaties" loading="lazy" scrolling="no" ` +
				`style="width:100%;max-width:640px;border:0" height="${body.height}"></iframe>`
		);
	});

	it('treats a missing format as json', () => {
		expect(ask({ url: `${origin}/embed/sanctions` }).status).toBe(200);
	});

	it('keeps the widget’s own options and drops Pym’s and the selection', () => {
		const body = ok({
			url: `${origin}/embed/protests?lang=en&yscale=linear&childId=x&sel=protest-004-sunday&from=2020-09-01`
		});
		expect(body.html).toContain(
			`src="${origin}/embed/protests?lang=en&amp;from=2020-09-01&amp;yscale=linear"`
		);
		expect(body.title).toBe('Size of the demonstrations · Belarus 2020: the protests in figures');
	});

	it.each([
		{ url: `${origin}/`, chart: 'arrests' },
		{ url: `${origin}/?lang=en&from=2020-09-01#chart-timeline`, chart: 'timeline' },
		{ url: `${origin}/#chart-map`, chart: 'map' },
		{ url: `${origin}/#chart-nonsense`, chart: 'arrests' }
	])('maps the dashboard $url to the $chart widget', ({ url, chart }) => {
		expect(ok({ url }).html).toContain(`src="${origin}/embed/${chart}`);
	});

	it('keeps the dashboard’s view, not its selection', () => {
		const body = ok({
			url: `${origin}/?lang=en&from=2020-09-01&sel=protest-004-sunday&theme=dark#chart-protests`
		});
		expect(body.html).toContain(`src="${origin}/embed/protests?lang=en&amp;theme=dark&amp;from=2020-09-01"`);
	});

	describe('maxwidth and maxheight', () => {
		it('never answers wider than maxwidth', () => {
			for (const maxwidth of [200, 500, 640, 2000]) {
				const body = ok({ url: `${origin}/embed/arrests`, maxwidth: String(maxwidth) });
				expect(body.width).toBe(Math.min(maxwidth, OEMBED_DEFAULT_WIDTH));
				expect(body.html).toContain(`max-width:${body.width}px`);
			}
		});

		it('shrinks the drawing to fit maxheight, then clips', () => {
			const full = ok({ url: `${origin}/embed/arrests` }).height;
			const body = ok({ url: `${origin}/embed/arrests`, maxheight: String(full - 100) });
			expect(body.height).toBe(full - 100);
			expect(body.html).toContain('height=200"');
			expect(body.html).toContain(`height="${full - 100}"`);

			const tiny = ok({ url: `${origin}/embed/arrests`, maxheight: '150' });
			expect(tiny.height).toBe(150);
			expect(tiny.html).toContain('height=100"');
		});

		it('leaves a widget that fits alone', () => {
			const full = ok({ url: `${origin}/embed/timeline` });
			expect(ok({ url: `${origin}/embed/timeline`, maxheight: '3000', maxwidth: '3000' })).toEqual(full);
		});

		it.each(['0', '-5', 'wide', '1.5', '999999'])('refuses maxwidth=%s with 400', (v) => {
			expect(ask({ url: `${origin}/embed/arrests`, maxwidth: v }).status).toBe(400);
			expect(ask({ url: `${origin}/embed/arrests`, maxheight: v }).status).toBe(400);
		});
	});

	describe('url validation', () => {
		it('400 without a url', () => {
			expect(ask({}).status).toBe(400);
			expect(ask({ url: '', format: 'json' }).status).toBe(400);
		});

		it('501 for any format but json', () => {
			expect(ask({ url: `${origin}/embed/arrests`, format: 'xml' }).status).toBe(501);
		});

		it.each([
			'https://elsewhere.example/embed/arrests',
			'http://belarus.example/embed/arrests',
			'https://belarus.example:8443/embed/arrests',
			'https://belarus.example.evil.example/embed/arrests',
			'javascript:alert(1)',
			'not a url',
			`${origin}/embed/nonsense`,
			`${origin}/embed/arrests?lang=fr`,
			`${origin}/embed/sanctions?yscale=log`,
			`${origin}/embed/arrests/extra`,
			`${origin}/sources/004`,
			`${origin}/?lang=xx`
		])('404 for %s', (url) => {
			const r = ask({ url });
			expect(r.status).toBe(404);
			if (r.status !== 200) expect(r.error).not.toContain(url);
		});

		it.each([`${origin}/?ref=twitter`, `${origin}/embed/arrests?foo=1&lang=EN`])(
			'200 for %s, as the page opens',
			(url) => {
				expect(ask({ url }).status).toBe(200);
			}
		);
	});
});

describe('widgetForUrl', () => {
	it('reads the widget and its options', () => {
		expect(widgetForUrl(`${origin}/embed/map?lang=en&height=500`, origin, dataset.period)).toMatchObject({
			id: 'map',
			options: { lang: 'en', height: 500 }
		});
	});
});
