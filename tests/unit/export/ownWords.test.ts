/**
 * A presenter's own title, subtitle and note on an export: any character, drawn as text (escaped),
 * wrapped so that every line fits its file at every preset, with our source line and credit kept;
 * limits that refuse what is too long; and caches that stay bounded however many texts are asked for.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { chartModel } from '$lib/charts/chartModel';
import { dataset } from '$lib/data/dataset';
import { frameLayout } from '$lib/export/frameLayout';
import { OWN_WORDS_LIMITS, parseOwnWords } from '$lib/export/ownWords';
import { exportIds, exportSvg, svgCacheSize } from '$lib/export/svg';
import { textWidth } from '$lib/export/textWidth';
import { parseOptions, presets, type Preset } from '$lib/view/options';
import { exportOptionNames } from '$lib/export/urls';
import { decodePng, distinctColours, pngSize } from './png';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'own-words-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Exactly `n` characters (code points) of Dutch, starting with `start`. */
function dutch(start: string, n: number): string {
	const filler =
		' Loekasjenko’s tegenstanders gingen zondag opnieuw de straat op in Minsk, Grodno en Brest,' +
		' ondanks de arrestaties en het geweld van de oproerpolitie.';
	let s = start;
	while ([...s].length < n) s += filler;
	return [...s].slice(0, n).join('').trimEnd().padEnd(n, '.');
}

const HEADLINE = dutch(
	'Meer dan 700 <b>opgepakt</b> & "vrijgelaten" — ‘zo gaat het niet’ 🇧🇾✊ in één week:',
	200
);
const SUBTITLE = dutch('Ondertitel: de cijfers & hun bronnen, <i>per dag</i>', OWN_WORDS_LIMITS.subtitle);
const NOTE = dutch(
	'Noot: “duizenden” tekenen we als bandbreedte & >700 als open staaf',
	OWN_WORDS_LIMITS.note
);

const presetIds = Object.keys(presets) as Preset[];
const unescape = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');

/** The lines of a drawn text (its tspans, or the text itself), unescaped. */
function lines(svg: string, cls: string): string[] {
	const m = new RegExp(`<text class="${cls}"[^>]*>([\\s\\S]*?)</text>`).exec(svg);
	if (!m) return [];
	if (!m[1].includes('<tspan')) return [unescape(m[1])];
	return [...m[1].matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => unescape(t[1]));
}

describe('parsing own words', () => {
	it('keeps any character, as typed, with runs of white space as one space', () => {
		expect(parseOwnWords('headline', '  A <b>&amp;</b>\n\t"x" 🇧🇾  ')).toBe('A <b>&amp;</b> "x" 🇧🇾');
		expect(parseOwnWords('note', '   ')).toBeNull();
	});

	it.each([
		['one character over the limit', 'a'.repeat(OWN_WORDS_LIMITS.headline + 1)],
		['a control character', 'a\u0007b'],
		['a lone surrogate', 'a\ud800b'],
		['a non-character', 'a\uffffb']
	])('refuses %s', (_, value) => {
		expect(parseOwnWords('headline', value)).toBeUndefined();
	});

	it('counts characters, not UTF-16 units: 200 emoji are allowed', () => {
		expect(parseOwnWords('headline', '😀'.repeat(200))).toBe('😀'.repeat(200));
	});

	it('a 400 from the options names the option and the limit, and does not echo the text', () => {
		const secret = 'GEHEIM' + 'x'.repeat(300);
		const parsed = parseOptions(new URLSearchParams({ headline: secret }), exportOptionNames, dataset.period);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.error.option).toBe('headline');
		expect(parsed.error.allowed).toContain('at most 200 characters');
		expect(JSON.stringify(parsed.error)).not.toContain('GEHEIM');
	});
});

describe.each(exportIds)('%s with own words', (id) => {
	it.each(presetIds)(
		'%s: escaped, wrapped inside the file, source and credit kept, and rsvg draws it',
		async (preset) => {
			const o = { preset, headline: HEADLINE, subtitle: SUBTITLE, note: NOTE };
			const { svg, fits } = exportSvg(id, dataset, o);
			expect(fits).toBe(true);

			// Markup typed in is text: escaped, never an element.
			expect(svg).not.toMatch(/<b>|<i>/);
			expect(svg).toContain('&lt;b&gt;opgepakt&lt;/b&gt; &amp; "vrijgelaten"');
			expect(unescape(/<title>([^<]*)<\/title>/.exec(svg)![1])).toBe(HEADLINE);

			// Every word drawn, in order, on lines that fit the file at their font size.
			const title = lines(svg, 'title');
			const subtitle = lines(svg, 'subtitle');
			const note = lines(svg, 'note');
			expect(title.length).toBeGreaterThan(1);
			expect(title.join(' ')).toBe(HEADLINE);
			expect(subtitle.join(' ')).toBe(SUBTITLE);
			expect(note.join(' ')).toBe(NOTE);
			const fontSize = (cls: string, normal: number) =>
				Number(new RegExp(`text\\.${cls}\\{font-size:([\\d.]+)px`).exec(svg)?.[1] ?? normal);
			const scale = Number(/<g transform="scale\(([\d.]+)\)">/.exec(svg)?.[1] ?? 1);
			const layoutWidth = presets[preset].w / scale;
			const left = Number(/<text class="title" x="([\d.]+)"/.exec(svg)![1]);
			const room = layoutWidth - left - 16;
			for (const l of title) expect(textWidth(l, fontSize('title', 22), true), l).toBeLessThanOrEqual(room);
			for (const l of subtitle) expect(textWidth(l, fontSize('subtitle', 15))).toBeLessThanOrEqual(room);
			for (const l of note) expect(textWidth(l, fontSize('note', 12))).toBeLessThanOrEqual(room);

			// Tspans stay inside the file's height: the note above the source line, the title at the top.
			const ys = [...svg.matchAll(/<tspan x="[^"]*" y="([\d.]+)"/g)].map((m) => Number(m[1]));
			const layoutHeight = presets[preset].h / scale;
			for (const y of ys) expect(y).toBeLessThan(layoutHeight);
			const noteYs = [.../<text class="note"[^>]*>(.*?)<\/text>/.exec(svg)![1].matchAll(/y="([\d.]+)"/g)];
			const sourceY = Number(/<text class="source"[^>]*?y="([\d.]+)"/.exec(svg)![1]);
			expect(Number(noteYs.at(-1)![1])).toBeLessThan(sourceY);

			// Provenance stays: our source line and credit.
			expect(lines(svg, 'source').join(' ')).toMatch(/^Bronn?en?: #\d{3}/);
			expect(lines(svg, 'credit')).toEqual(['Belarus 2020 · cijfers uit vijf nieuwsartikelen']);

			// libxml2 (rsvg-convert) reads it and draws it at its size, not blank.
			const file = join(dir, `${id}-${preset}.svg`);
			writeFileSync(file, svg);
			await run('/usr/bin/rsvg-convert', ['--format=png', '-o', `${file}.png`, file]);
			const png = readFileSync(`${file}.png`);
			expect(pngSize(png)).toEqual({ width: presets[preset].w, height: presets[preset].h });
			expect(distinctColours(decodePng(png))).toBeGreaterThan(10);
		},
		20_000
	);
});

describe('fitting', () => {
	const texts = {
		title: HEADLINE,
		subtitle: SUBTITLE,
		note: NOTE,
		source: 'Bronnen: #003 (15 aug 2020), #002 (16 aug 2020), #000 (17 aug 2020), #001 (12 okt 2020)',
		credit: 'Belarus 2020 · cijfers uit vijf nieuwsartikelen',
		left: 62,
		own: true
	};

	it('sets long own words smaller rather than let them crowd out the chart', () => {
		const l = frameLayout({ width: 1200, height: 630 }, texts);
		expect(l.fits).toBe(true);
		expect(l.headerHeight + l.footerHeight).toBeLessThanOrEqual(l.height / 2);
	});

	it('breaks a word wider than the line', () => {
		const l = frameLayout({ width: 1280, height: 720 }, { ...texts, title: 'W'.repeat(200), note: null });
		expect(l.title!.length).toBeGreaterThan(1);
		for (const line of l.title!)
			expect(textWidth(line, 22 * l.textScale, true)).toBeLessThanOrEqual(l.width - 78);
		expect(l.title!.join('')).toBe('W'.repeat(200));
	});

	it('does not fit a tiny file: the endpoint refuses it', () => {
		expect(frameLayout({ width: 300, height: 200 }, texts).fits).toBe(false);
		expect(exportSvg('arrests', dataset, { w: 300, h: 200, headline: HEADLINE, note: NOTE }).fits).toBe(
			false
		);
	});

	it('our own texts are never shrunk, and the title of title=show stays ours without a headline', () => {
		const { svg } = exportSvg('sanctions', dataset, { preset: 'social', note: 'Zie dia 3.' });
		const model = chartModel('sanctions', dataset, {
			lang: 'nl',
			from: '2020-08-09',
			to: '2020-10-12',
			yscale: 'log'
		});
		expect(lines(svg, 'title').join(' ')).toBe(model.text.title);
		expect(lines(svg, 'note')).toEqual(['Zie dia 3.']);
		expect(svg).not.toMatch(/text\.title\{font-size/);
	});

	it('a headline shows with title=hide, which hides only ours', () => {
		const { svg } = exportSvg('timeline', dataset, { title: false, headline: 'Mijn kop' });
		expect(lines(svg, 'title')).toEqual(['Mijn kop']);
	});
});

describe('caches', () => {
	it('stay bounded however many different titles are asked for', () => {
		for (let i = 0; i < 320; i++) exportSvg('arrests', dataset, { headline: `Kop ${i} ${'x'.repeat(180)}` });
		const size = svgCacheSize(dataset);
		expect(size.files).toBeLessThanOrEqual(300);
		expect(size.chars).toBeLessThanOrEqual(8 * 1024 * 1024);
		expect(size.files).toBeGreaterThan(0);
	}, 30_000);
});
