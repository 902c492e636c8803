/**
 * Every export (each chart and the map × every preset × every theme) is a standalone SVG file: well
 * formed (libxml2, through rsvg-convert, refuses malformed XML), of the preset's size, carrying its
 * title, source line, credit and records, with nothing that needs the page or the network; and it
 * renders outside a browser to a PNG of that size that is not blank.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chartModel, sourceLine } from '$lib/charts/chartModel';
import { placeSummaries } from '$lib/charts/placeSummaries';
import { dataset } from '$lib/data/dataset';
import { cleanSvg, extractSvg } from '$lib/export/cleanSvg';
import { frameLayout, wrapUnits } from '$lib/export/frameLayout';
import { exportPng } from '$lib/export/png';
import { exportFilename, exportIds, exportSize, exportSvg, type ExportId } from '$lib/export/svg';
import { textWidth } from '$lib/export/textWidth';
import { exportPath, socialImageUrl } from '$lib/export/urls';
import { messages } from '$lib/i18n/messages';
import { presets, type Preset } from '$lib/view/options';
import { decodePng, distinctColours, pngSize, rowsUnlikeFirst } from './png';
import { expectStandaloneSvg } from './standalone';

const { period } = dataset;

const dir = mkdtempSync(join(tmpdir(), 'export-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const presetIds = Object.keys(presets) as Preset[];
const themes = ['light', 'dark', 'transparent'] as const;
/** What a file must show and carry: its title, source line, credit and plotted records. */
function expected(id: ExportId) {
	const range = { ...period };
	if (id === 'map') {
		const records = placeSummaries(dataset, range).flatMap((s) => [...s.figures, ...s.events]);
		const ids = new Set(records.map((r) => r.article));
		const articles = dataset.articles.filter((a) => ids.has(a.id)).sort((a, b) => (a.date < b.date ? -1 : 1));
		return { title: messages.nl.charts.map.title, source: sourceLine(articles, 'nl'), records };
	}
	const model = chartModel(id, dataset, { lang: 'nl', ...range, yscale: 'log' });
	const records =
		model.type === 'figures' ? model.marks.map((k) => k.figure) : model.marks.map((k) => k.event);
	return { title: model.text.title, source: model.text.sourceLine, records };
}

describe.each(exportIds)('%s', (id) => {
	const want = expected(id);
	it.each(presetIds.flatMap((preset) => themes.map((theme) => [preset, theme] as const)))(
		'%s, %s: a standalone file',
		async (preset, theme) => {
			const { svg, filename } = exportSvg(id, dataset, { preset, theme });
			const { w, h } = presets[preset];

			expect(filename).toBe(`belarus-2020-${id}-nl-${w}x${h}${theme === 'light' ? '' : `-${theme}`}.svg`);
			const credit = 'Belarus 2020 · cijfers uit vijf nieuwsartikelen';
			const file = join(dir, `${id}-${preset}-${theme}.svg`);
			await expectStandaloneSvg(svg, { width: w, height: h, theme, credit, ...want }, file);
		},
		20_000
	);
});

describe('a period with none of a drawing’s records', () => {
	const empty = { from: '2020-08-21', to: '2020-09-10' };
	it.each(exportIds)('%s: the file says so in its drawing, in the language asked for', (id) => {
		const nl = exportSvg(id, dataset, empty).svg;
		expect(nl).toMatch(/<text class="no-marks"[^>]*>Geen gegevens in deze periode\.<\/text>/);
		expect(exportSvg(id, dataset, { ...empty, lang: 'en' }).svg).toMatch(
			/<text class="no-marks"[^>]*>No data in this period\.<\/text>/
		);
		expect(exportSvg(id, dataset).svg).not.toContain('<text class="no-marks"');
	});
});

describe('file names, sizes and URLs', () => {
	it('title=hide leaves the drawn title out but keeps the file’s <title>, source and credit', () => {
		const { svg, filename } = exportSvg('protests', dataset, { title: false, lang: 'en', yscale: 'linear' });
		expect(filename).toBe('belarus-2020-protests-en-1280x720.svg');
		expect(svg).not.toContain('<text class="title"');
		expect(svg).toContain(`<title>${messages.en.charts.protests.title}</title>`);
		expect(svg).toContain('<text class="source"');
		expect(svg).toContain('Belarus 2020 · figures from five news articles');
	});

	it.each([
		[
			{ preset: 'slide-1080', theme: 'dark', scale: 2 },
			'png',
			'belarus-2020-arrests-nl-1920x1080-dark@2x.png'
		],
		[{ preset: 'social', lang: 'en', theme: 'auto' }, 'png', 'belarus-2020-arrests-en-1200x630.png'],
		[
			{ w: 557, h: 300, theme: 'transparent', scale: 2 },
			'svg',
			'belarus-2020-arrests-nl-557x300-transparent.svg'
		],
		[{}, 'svg', 'belarus-2020-arrests-nl-1280x720.svg']
	] as const)('%o as %s: %s', (o, ext, name) => {
		expect(exportFilename('arrests', { ...exportDefaults, ...o }, ext)).toBe(name);
	});

	it('defaults to a 1280×720 slide; w and h win over the preset', () => {
		expect(exportSize({ w: null, h: null, preset: null })).toEqual({ width: 1280, height: 720 });
		expect(exportSize({ w: 800, h: null, preset: 'square' })).toEqual({ width: 800, height: 1080 });
	});

	it('writes the endpoint URL with the options that are not defaults', () => {
		expect(
			exportPath('arrests', 'svg', period, { preset: 'slide-1080', theme: 'dark', lang: 'nl', scale: 2 })
		).toBe('/export/arrests.svg?preset=slide-1080&theme=dark');
		expect(exportPath('map', 'png', period, { w: 557, h: 300, lang: 'en', from: '2020-09-01' })).toBe(
			'/export/map.png?w=557&h=300&lang=en&from=2020-09-01'
		);
		expect(socialImageUrl('https://example.org', 'protests', period, { lang: 'en' })).toBe(
			'https://example.org/export/protests.png?preset=social&lang=en'
		);
	});
});

const exportDefaults = {
	lang: 'nl',
	theme: 'auto',
	from: '2020-08-09',
	to: '2020-10-12',
	title: true,
	yscale: 'log',
	w: null,
	h: null,
	preset: null,
	scale: 1
} as const;

describe('cleaning a server render', () => {
	const render =
		'<div class="chart-box svelte-abc123" style="height:300px"><!--[--><svg class="chart-svg svelte-xyz9" width="100" ' +
		'height="50" viewBox="0 0 100 50" role="img" aria-label="T" aria-describedby="desc"><title>T</title>' +
		'<style>.a{fill:red}</style><!----><g transform="translate(10.123456,0)" data-id="x"><a href="https://x.org/">' +
		'<rect x="1.23456" y="-0.0001" width="" style="fill:red" class="svelte-q1w2e3"></rect></a>' +
		'<text x="0" aria-hidden="true" data-label="> 700">1.000 &amp; &nbsp;</text><script>alert(1)</script><foreignObject><div>x</div>' +
		'</foreignObject></g><!--]--></svg></div>';

	it('keeps the svg, drops what only a live page needs, rounds to two decimals', () => {
		const svg = cleanSvg(extractSvg(render), { width: 200, height: 100, scale: 2 });
		expect(svg).toBe(
			'<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100" class="chart-svg" ' +
				'role="img" aria-label="T"><title>T</title><style>.a{fill:red}</style><g transform="scale(2)">' +
				'<g transform="translate(10.12,0)"><a><rect x="1.23" y="0"></rect></a><text x="0">1.000 &amp; &#160;</text>' +
				'</g></g></svg>'
		);
	});
});

describe('frame layout', () => {
	const texts = {
		title: 'EU-sancties, stap voor stap',
		subtitle: 'Van het besluit van de ministers tot een pakket tegen Loekasjenko persoonlijk',
		source: 'Bronnen: #003 (15 aug 2020), #002 (16 aug 2020), #000 (17 aug 2020), #001 (12 okt 2020)',
		credit: 'Belarus 2020 · cijfers uit vijf nieuwsartikelen',
		left: 62
	};

	it.each([
		[{ width: 1920, height: 1080 }, 2],
		[{ width: 1280, height: 720 }, 1.33],
		[{ width: 1080, height: 1350 }, 1.12],
		[{ width: 700, height: 300 }, 1],
		[{ width: 200, height: 200 }, 0.62]
	])('%o is drawn at scale %d', (size, scale) => {
		expect(frameLayout(size, texts).scale).toBe(scale);
	});

	it.each([200, 320, 350, 480, 557, 700, 960, 1080, 1280, 1920, 4000])(
		'at %d px wide, every line of the frame fits in Arial',
		(width) => {
			const l = frameLayout({ width, height: 600 }, texts);
			const room = l.width - texts.left - 16;
			for (const line of l.title!) expect(textWidth(line, 22, true)).toBeLessThanOrEqual(room);
			for (const line of l.subtitle) expect(textWidth(line, 15)).toBeLessThanOrEqual(room);
			if (l.source.length === 1 && l.footerHeight === 26) {
				expect(textWidth(l.source[0], 11) + 24 + textWidth(texts.credit, 11)).toBeLessThanOrEqual(room);
			} else for (const line of l.source) expect(textWidth(line, 11)).toBeLessThanOrEqual(room);
			expect(l.width * l.scale).toBeGreaterThanOrEqual(width);
			expect(l.title!.join(' ')).toBe(texts.title);
			expect(l.source.join(' ')).toBe(texts.source);
		}
	);

	it('breaks lines greedily between units', () => {
		expect(wrapUnits(['aaa', 'bbb', 'ccc'], ' ', textWidth('aaa bbb', 10), 10)).toEqual(['aaa bbb', 'ccc']);
		expect(wrapUnits(['a-very-long-word'], ' ', 5, 10)).toEqual(['a-very-long-word']);
	});
});

describe('PNG', () => {
	/** The file as the endpoint gets it: drawn by a PNG worker. */
	async function png(...args: Parameters<typeof exportPng>) {
		const outcome = await exportPng(...args);
		if (!outcome.ok) throw new Error(`PNG not drawn: ${outcome.reason}`);
		return outcome.value;
	}

	it.each([1, 2] as const)(
		'at scale %d has the preset size times the scale, and is not blank',
		async (scale) => {
			const r = await png('arrests', dataset, { preset: 'slide-720', scale });
			expect({ width: r.width, height: r.height }).toEqual({ width: 1280 * scale, height: 720 * scale });
			expect(pngSize(r.png)).toEqual({ width: 1280 * scale, height: 720 * scale });
			expect(r.filename).toBe(`belarus-2020-arrests-nl-1280x720${scale === 2 ? '@2x' : ''}.png`);
			const img = decodePng(r.png);
			expect(distinctColours(img)).toBeGreaterThan(10);
			expect(rowsUnlikeFirst(img)).toBeGreaterThan(72 * scale);
		}
	);

	it('renders the map and a dark square too', async () => {
		const map = await png('map', dataset, { preset: 'social' });
		expect(pngSize(map.png)).toEqual({ width: 1200, height: 630 });
		expect(distinctColours(decodePng(map.png))).toBeGreaterThan(10);
		const dark = await png('protests', dataset, { preset: 'square', theme: 'dark' });
		expect(dark.filename).toBe('belarus-2020-protests-nl-1080x1080-dark.png');
		expect(decodePng(dark.png).rows[0].subarray(0, 3)).toEqual(new Uint8Array([0x16, 0x18, 0x1c]));
	});
});
