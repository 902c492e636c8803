/**
 * What every export file must be, wherever it was made (the server's endpoint, or the browser on a
 * static host): well formed (libxml2, through rsvg-convert, refuses malformed XML), of its size,
 * carrying its title, source line, credit and records, with nothing that needs the page or the
 * network; and it renders outside a browser to a PNG of that size that is not blank.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import { decodePng, distinctColours, pngSize, rowsUnlikeFirst } from './png';

const run = promisify(execFile);
const RSVG = '/usr/bin/rsvg-convert';

export const unescape = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');

/** The text of the file's drawn texts (tspans joined by spaces), to find wrapped lines in. */
export function drawnText(svg: string, cls: string): string {
	const m = new RegExp(`<text class="${cls}"[^>]*>([\\s\\S]*?)</text>`).exec(svg);
	if (!m) return '';
	const inner = m[1].includes('<tspan')
		? [...m[1].matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1]).join(' ')
		: m[1];
	return unescape(inner);
}

export interface ExpectedFile {
	width: number;
	height: number;
	theme: 'light' | 'dark' | 'transparent';
	title: string;
	source: string;
	credit: string;
	/** The records drawn, each of which the file's metadata must carry with its quote and article. */
	records: { id: string; quote: string; article: string }[];
}

/** Checks `svg` as a standalone file; `file` is where it is written for rsvg-convert. */
export async function expectStandaloneSvg(svg: string, want: ExpectedFile, file: string): Promise<void> {
	// Size: the root's width, height and viewBox are the preset's.
	const root = /^<svg\b[^>]*>/.exec(svg)![0];
	expect(root).toContain('xmlns="http://www.w3.org/2000/svg"');
	expect(root).toContain(`width="${want.width}"`);
	expect(root).toContain(`height="${want.height}"`);
	expect(root).toContain(`viewBox="0 0 ${want.width} ${want.height}"`);

	// What it shows and carries.
	expect(drawnText(svg, 'title')).toBe(want.title);
	expect(drawnText(svg, 'source')).toBe(want.source);
	expect(drawnText(svg, 'credit')).toBe(want.credit);
	const metadata = /<metadata>([\s\S]*)<\/metadata>/.exec(svg);
	expect(metadata).not.toBeNull();
	const carried = JSON.parse(unescape(metadata![1])) as {
		records: { id: string; quote: string; article: string }[];
	};
	expect(want.records.length).toBeGreaterThan(0);
	for (const r of want.records) {
		const c = carried.records.find((x) => x.id === r.id);
		expect(c, r.id).toBeDefined();
		expect(c!.quote).toBe(r.quote);
		expect(c!.article).toBe(r.article);
	}

	// Nothing that needs a page, a script or the network.
	expect(svg).not.toMatch(/<script/i);
	expect(svg).not.toMatch(/<foreignObject/i);
	expect(svg).not.toMatch(/\s(xlink:)?href="(?!#)/);
	expect(svg).not.toMatch(/\sstyle="/);
	expect(svg).not.toMatch(/svelte-/);
	expect(svg).not.toMatch(/<!--/);
	expect(svg).not.toMatch(/\sdata-[\w-]+=/);
	expect(svg).not.toMatch(/url\((?!#)/);
	expect(svg).not.toMatch(/@import/);
	// Numbers in attributes have at most two decimals.
	const attrs = [...svg.matchAll(/\s[\w:-]+="([^"]*)"/g)].map((m) => m[1]).join(' ');
	expect(attrs).not.toMatch(/\d\.\d{3,}/);
	// The background: a rect of the theme's colour, none when transparent.
	if (want.theme === 'transparent') expect(svg).not.toMatch(/<rect width="\d+" height="\d+" fill="/);
	else expect(svg).toContain(`fill="${want.theme === 'dark' ? '#16181c' : '#ffffff'}"`);

	// Well formed, and drawn outside a browser at exactly its size, not blank.
	writeFileSync(file, svg);
	await run(RSVG, ['--format=png', '-o', `${file}.png`, file]);
	const png = readFileSync(`${file}.png`);
	expect(pngSize(png)).toEqual({ width: want.width, height: want.height });
	const img = decodePng(png);
	expect(distinctColours(img)).toBeGreaterThan(10);
	expect(rowsUnlikeFirst(img)).toBeGreaterThan(want.height / 10);
}
