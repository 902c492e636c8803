/**
 * The download menu (DownloadMenu.svelte): its "as on screen" size (src/lib/export/screenSize.ts)
 * and the links a reader gets, which are the export endpoint's URLs as `exportSearch` writes them,
 * with the view's language and period, so that the file downloaded is the endpoint's.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import DownloadMenu from '../../../src/lib/components/charts/DownloadMenu.svelte';
import { screenLabel, screenSize, sizeOptions } from '../../../src/lib/export/screenSize';
import { exportSearch, packPath, printPath } from '../../../src/lib/export/urls';
import { dataset } from '$lib/data/dataset';
import type { Lang } from '../../../src/lib/view/options';

const { period } = dataset;

const views: { lang: Lang; from: string; to: string }[] = [
	{ lang: 'nl', ...period },
	{ lang: 'en', ...period },
	{ lang: 'nl', from: '2020-09-01', to: period.to },
	{ lang: 'en', from: period.from, to: '2020-08-31' },
	{ lang: 'en', from: '2020-09-01', to: '2020-09-30' }
];

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
	it('fills in the words of the choice', () => {
		expect(screenLabel('Zoals op het scherm ({w} × {h})', { w: 524, h: 300 })).toBe(
			'Zoals op het scherm (524 × 300)'
		);
	});
});

describe('the links’ query strings', () => {
	it('write the preset, the colours and the view, defaults left out, in the endpoint’s order', () => {
		const view = { lang: 'en' as const, from: '2020-09-01', to: '2020-09-30' };
		const options = { ...sizeOptions('square', null), theme: 'dark' as const, ...view };
		expect(exportSearch('svg', period, options)).toBe(
			'?preset=square&lang=en&theme=dark&from=2020-09-01&to=2020-09-30'
		);
		expect(exportSearch('png', period, options)).toBe(
			'?preset=square&lang=en&theme=dark&from=2020-09-01&to=2020-09-30'
		);
		const whole = { ...sizeOptions('slide-720', null), theme: 'light' as const, lang: 'nl' as const };
		expect(exportSearch('svg', period, { ...whole, ...period })).toBe('?preset=slide-720&theme=light');
	});

	it('write the measured size for “as on screen”, and no size before anything was measured', () => {
		const measured = sizeOptions('screen', { w: 524, h: 300 });
		expect(
			exportSearch('svg', period, { ...measured, theme: 'transparent', lang: 'nl', from: '2020-09-01' })
		).toBe('?w=524&h=300&theme=transparent&from=2020-09-01');
		expect(sizeOptions('screen', null)).toEqual({});
	});
});

describe('DownloadMenu.svelte', () => {
	const html = (body: string) => body.replace(/&amp;/g, '&');

	it.each(views)('renders a shut menu whose links are the endpoint’s for the first choices (%o)', (view) => {
		const { body } = render(DownloadMenu, {
			props: { chart: 'protests', ...view, period, title: 'Protests' }
		});
		const first = { preset: 'slide-1080' as const, theme: 'light' as const, ...view };
		expect(html(body)).toContain(`href="/export/protests.svg${exportSearch('svg', period, first)}"`);
		expect(html(body)).toContain(`href="/export/protests.png${exportSearch('png', period, first)}"`);
		expect(body).toMatch(/<div class="download-menu[^"]*"/);
		expect(body).not.toMatch(/class="download-menu[^"]*\bopen\b/);
		expect(body).toMatch(/<button[^>]*aria-expanded="false" aria-controls="download-protests"/);
		expect(body).toMatch(/<div class="panel[^"]*" id="download-protests" hidden/);
		// The size on screen is measured in the browser: not offered by the server.
		expect(body).not.toContain('value="screen"');
	});

	it.each(views)(
		'offers own words with their limits, the pack and the print view of the view (%o)',
		(view) => {
			const { body } = render(DownloadMenu, { props: { chart: 'map', ...view, period } });
			for (const [name, max] of [
				['headline', 200],
				['subtitle', 250],
				['note', 250]
			] as const) {
				expect(body).toMatch(new RegExp(`<input type="text" name="${name}" maxlength="${max}"`));
				expect(body).toContain(
					view.lang === 'en' ? `(at most ${max} characters)` : `(hoogstens ${max} tekens)`
				);
			}
			const first = { preset: 'slide-1080' as const, theme: 'light' as const, ...view };
			expect(html(body)).toContain(`href="${packPath(period, first)}"`);
			expect(html(body)).toContain(`href="${printPath(period, view)}"`);
			expect(body).toContain(view.lang === 'en' ? 'Everything for my slides' : 'Alles voor mijn dia’s');
		}
	);
});
