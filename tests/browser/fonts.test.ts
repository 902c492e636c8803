/**
 * The fonts the site serves are cut to the characters it shows (src/scripts/build-fonts.mjs): every
 * character on the dashboard, a widget and the sources view, in both languages, that Source Sans 3
 * has is still in each served weight, so no letter falls back to another font.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import fontverter from 'fontverter';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readDataFiles } from '../../src/scripts/read-data';
import { launch } from './browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

interface HarfBuzz {
	Blob: new (data: Uint8Array) => unknown;
	Face: new (blob: unknown, index: number) => { collectUnicodes(): Uint32Array };
}

async function unicodes(woff2: Uint8Array): Promise<Set<number>> {
	const hb = (await import('harfbuzzjs')) as unknown as HarfBuzz;
	const sfnt = await fontverter.convert(Buffer.from(woff2), 'sfnt');
	return new Set(new hb.Face(new hb.Blob(sfnt), 0).collectUnicodes());
}

/** Everything a reader can read on a page: its text, the SVG's included. */
async function shownText(path: string): Promise<string> {
	const page = await browser.newPage();
	await page.goto(base + path);
	const text = await page.evaluate(() => {
		document.querySelectorAll('script, style').forEach((el) => el.remove());
		return document.body.textContent ?? '';
	});
	await page.close();
	return text;
}

describe('the served fonts', () => {
	it('keep every character the site shows that Source Sans 3 has, in each weight', async () => {
		const articles = readDataFiles().articles as { id: string }[];
		const paths = ['/', '/?lang=en', '/embed/timeline?lang=en', ...articles.map((a) => `/sources/${a.id}`)];
		const shown = new Set<number>();
		for (const path of paths)
			for (const c of await shownText(path)) if (c.trim()) shown.add(c.codePointAt(0)!);
		expect(shown.size).toBeGreaterThan(80);

		const html = await (await fetch(base + '/')).text();
		const served = [
			...html.matchAll(/url\((\/_app\/immutable\/assets\/source-sans-3-(\d+)\.[\w-]+\.woff2)\)/g)
		];
		expect(served.map((m) => m[2]).sort()).toEqual(['400', '600', '700']);
		for (const [, url, weight] of served) {
			const bytes = new Uint8Array(await (await fetch(base + url)).arrayBuffer());
			const full = await unicodes(
				readFileSync(
					`node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff2`
				)
			);
			const cut = await unicodes(bytes);
			const missing = [...shown]
				.filter((c) => full.has(c) && !cut.has(c))
				.map((c) => String.fromCodePoint(c));
			expect(missing, weight).toEqual([]);
			expect(bytes.length, weight).toBeLessThan(12_000);
		}
	});
});
