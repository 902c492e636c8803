/**
 * The fallback font is sized to Source Sans 3, so that text set before the font arrives breaks
 * where it will with the font: its overrides are Capsize's, computed here from the fonts' metrics.
 * (When the font comes, and that it never comes late, is tested in tests/browser/fonts.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { createFontStack } from '@capsizecss/core';
import arial from '@capsizecss/metrics/arial';
import sourceSans3 from '@capsizecss/metrics/sourceSans3';
import { describe, expect, it } from 'vitest';
import { fontFaceCss, webFonts } from '../../src/lib/webFonts';

const css = readFileSync('src/lib/fonts.css', 'utf8');
const declaration = (family: string, weight?: number) =>
	css
		.split('@font-face')
		.find((block) => block.includes(`'${family}'`) && (!weight || block.includes(`font-weight: ${weight};`)));

describe('fonts', () => {
	it('sizes the Arial fallback to Source Sans 3 with Capsize’s overrides', () => {
		const { fontFaces } = createFontStack([sourceSans3, arial]);
		const fallback = declaration('Source Sans 3 Fallback')!;
		expect(fallback).toContain("local('Arial')");
		for (const property of ['ascent-override', 'descent-override', 'line-gap-override', 'size-adjust']) {
			const expected = fontFaces.match(new RegExp(`${property}: ([\\d.]+%)`))?.[1];
			expect(expected, property).toBeTruthy();
			expect(fallback, property).toContain(`${property}: ${expected};`);
		}
	});

	it('never swaps a late font in where the CSS has it: every weight is optional, and the page names the fallback next', () => {
		const faces = fontFaceCss(webFonts);
		for (const weight of [400, 600, 700])
			expect(faces).toMatch(
				new RegExp(
					`font-weight:${weight};font-display:optional;src:url\\([^)]*source-sans-3-${weight}[^)]*\\.woff2\\)`
				)
			);
		expect(readFileSync('src/app.css', 'utf8')).toContain(
			"--font: 'Source Sans 3', 'Source Sans 3 Fallback',"
		);
	});
});
