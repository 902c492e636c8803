/**
 * The download menu's links (src/lib/enhance/downloadMenu.ts): written without the options module,
 * they must be exactly what `exportSearch` writes for the same choices, so that the file downloaded
 * is the endpoint's; and DownloadMenu.svelte hands the script the view as the exporter writes it.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import DownloadMenu from '../../../src/lib/components/charts/DownloadMenu.svelte';
import { downloadSearch, screenLabel, screenSize } from '../../../src/lib/enhance/downloadMenu';
import { exportSearch } from '../../../src/lib/export/urls';
import { DATA_END, DATA_START, type Lang, type Preset } from '../../../src/lib/view/options';

const views: { lang: Lang; from: string; to: string }[] = [
	{ lang: 'nl', from: DATA_START, to: DATA_END },
	{ lang: 'en', from: DATA_START, to: DATA_END },
	{ lang: 'nl', from: '2020-09-01', to: DATA_END },
	{ lang: 'en', from: DATA_START, to: '2020-08-31' },
	{ lang: 'en', from: '2020-09-01', to: '2020-09-30' }
];
const sizes = ['slide-1080', 'slide-720', 'square', 'portrait', 'screen'] as const;
const themes = ['light', 'dark', 'transparent'] as const;
const screen = { w: 524, h: 300 };

describe('downloadSearch', () => {
	it('writes what exportSearch writes, for every size, colour and view, for both files', () => {
		let n = 0;
		for (const view of views) {
			const query = exportSearch('svg', view).slice(1);
			for (const size of sizes) {
				for (const theme of themes) {
					const chosen = size === 'screen' ? { w: screen.w, h: screen.h } : { preset: size as Preset };
					const options = { ...chosen, theme, ...view };
					const ours = downloadSearch(query, size, theme, screen);
					expect(ours, JSON.stringify(options)).toBe(exportSearch('svg', options));
					expect(ours, JSON.stringify(options)).toBe(exportSearch('png', options));
					n++;
				}
			}
		}
		expect(n).toBe(views.length * sizes.length * themes.length);
	});

	it('falls back to the size named when nothing was measured', () => {
		expect(downloadSearch('', 'screen', 'light', null)).toBe('?preset=screen&theme=light');
	});
});

describe('screenSize', () => {
	it.each([
		{ width: 523.6, height: 300, expected: { w: 524, h: 300 } },
		{ width: 120, height: 90, expected: { w: 200, h: 200 } },
		{ width: 5000.2, height: 300.4, expected: { w: 4000, h: 300 } },
		{ width: 0, height: 300, expected: null },
		{ width: 300, height: Number.NaN, expected: null }
	])('$width × $height → $expected', ({ width, height, expected }) => {
		expect(screenSize(width, height)).toEqual(expected);
	});
});

describe('screenLabel', () => {
	it('fills in the words the server gives', () => {
		expect(screenLabel('Zoals op het scherm ({w} × {h})', { w: 524, h: 300 })).toBe(
			'Zoals op het scherm (524 × 300)'
		);
	});
});

describe('DownloadMenu.svelte', () => {
	const attr = (html: string, name: string) =>
		new RegExp(`${name}="([^"]*)"`).exec(html)?.[1].replace(/&amp;/g, '&') ?? null;

	it.each(views)('gives the script the view and first links as the exporter writes them (%o)', (view) => {
		const { body } = render(DownloadMenu, { props: { chart: 'protests', ...view, title: 'Protests' } });
		expect(attr(body, 'data-query')).toBe(exportSearch('svg', view).slice(1));
		expect(attr(body, 'data-measure')).toBe('#chart-protests .chart-wrap');
		expect(attr(body, 'data-screen')).toBe(
			view.lang === 'nl' ? 'Zoals op het scherm ({w} × {h})' : 'As on screen ({w} × {h})'
		);
		const first = { preset: 'slide-1080' as const, theme: 'light' as const, ...view };
		expect(body.replace(/&amp;/g, '&')).toContain(`href="/export/protests.svg${exportSearch('svg', first)}"`);
		expect(body.replace(/&amp;/g, '&')).toContain(`href="/export/protests.png${exportSearch('png', first)}"`);
		expect(body).toMatch(/<button[^>]*aria-expanded="false" aria-controls="download-protests"/);
		expect(body).toMatch(/<div class="panel[^"]*" id="download-protests" hidden/);
	});
});
