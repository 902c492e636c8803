import { describe, expect, it } from 'vitest';
import { escapeHtml, iframeSnippet, scriptSnippet } from '../../../src/lib/embed/snippets';
import {
	dashboardPath,
	dataPath,
	startHeight,
	widgetOptions,
	widgetPath
} from '../../../src/lib/embed/widgets';
import { defaultOptions, parseOptions } from '../../../src/lib/view/options';
import { dataset } from '$lib/data/dataset';

const { period } = dataset;

describe('embed codes', () => {
	it('writes the iframe code, then a link for readers whose systems drop iframes', () => {
		expect(
			iframeSnippet({
				src: 'https://s.example/embed/arrests?lang=en&theme=dark',
				title: 'Arrests',
				height: 520
			})
		).toBe(
			'<iframe src="https://s.example/embed/arrests?lang=en&amp;theme=dark" title="Arrests" loading="lazy" scrolling="no" ' +
				'style="width:100%;border:0" height="520"></iframe>'
		);
	});

	it('writes the script code: a placeholder holding the same link, and the script', () => {
		expect(
			scriptSnippet({
				origin: 'https://s.example',
				chart: 'map',
				options: 'lang=en&theme=dark',
				title: 'Map'
			})
		).toBe(
			'<div data-belarus-embed="map" data-options="lang=en&amp;theme=dark"><a href="https://s.example/embed/map?lang=en&amp;theme=dark">Map</a></div>\n' +
				'<script src="https://s.example/embed.js" async></script>'
		);
		expect(scriptSnippet({ origin: 'https://s.example', chart: 'map', options: '', title: 'Map' })).toBe(
			'<div data-belarus-embed="map"><a href="https://s.example/embed/map">Map</a></div>\n' +
				'<script src="https://s.example/embed.js" async></script>'
		);
	});

	it('escapes what it writes into HTML', () => {
		expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
	});
});

describe('widget URLs', () => {
	it('leaves defaults out and keeps a stable order', () => {
		expect(widgetPath('arrests', defaultOptions, period)).toBe('/embed/arrests');
		expect(
			widgetPath('arrests', { ...defaultOptions, yscale: 'linear', lang: 'en', title: false }, period)
		).toBe('/embed/arrests?lang=en&title=hide&yscale=linear');
		// A widget never writes an option it does not accept.
		expect(widgetPath('sanctions', { ...defaultOptions, yscale: 'linear' }, period)).toBe('/embed/sanctions');
	});

	it('round-trips through parseOptions', () => {
		const path =
			'/embed/protests?lang=en&theme=dark&from=2020-09-01&to=2020-09-30&source=hide&height=250&yscale=linear';
		const parsed = parseOptions(
			new URL(path, 'https://s.example').searchParams,
			widgetOptions('protests'),
			period
		);
		expect(parsed.ok).toBe(true);
		if (parsed.ok) expect(widgetPath('protests', parsed.options, period)).toBe(path);
	});

	it('links the data and the dashboard at the same view', () => {
		const o = { ...defaultOptions, lang: 'en' as const, from: '2020-09-01', theme: 'dark' as const };
		expect(dataPath('arrests', o, period)).toBe('/data/arrests.csv?from=2020-09-01');
		expect(dashboardPath('arrests', o, period)).toBe('/?lang=en&from=2020-09-01#chart-arrests');
	});

	it('starts the frame near the widget’s height', () => {
		expect(startHeight('arrests', defaultOptions)).toBeGreaterThan(400);
		expect(startHeight('arrests', { ...defaultOptions, title: false, source: false })).toBeLessThan(
			startHeight('arrests', defaultOptions)
		);
		expect(startHeight('arrests', { ...defaultOptions, height: 500 })).toBe(
			startHeight('arrests', defaultOptions) + 200
		);
	});
});
