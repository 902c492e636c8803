/**
 * SVG snapshots, as Observable Plot keeps them: render, normalise (hydration comments, hashed
 * classes, numbers to 3 decimals), compare with a checked-in file. A mismatch writes
 * `<name>-changed.svg` beside it for review and fails; a missing snapshot is written once.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

export function normaliseSvg(html: string): string {
	return (
		html
			.replace(/<!--[^]*?-->/g, '')
			.replace(/\s?svelte-[a-z0-9]+/g, '')
			.replace(/ class=""/g, '')
			.replace(/-?\d+\.\d{4,}/g, (n) => String(Math.round(Number(n) * 1000) / 1000))
			.replace(/></g, '>\n<')
			.trim() + '\n'
	);
}

export function expectSvgSnapshot(svg: string, file: string) {
	const normalised = normaliseSvg(svg);
	if (!existsSync(file)) {
		// A snapshot is written once, by a developer, and reviewed; in CI a missing one is a failure.
		if (process.env.CI) throw new Error(`snapshot ${file} is missing: run the tests locally and review it`);
		writeFileSync(file, normalised);
		return;
	}
	const expected = readFileSync(file, 'utf8');
	if (expected !== normalised) writeFileSync(file.replace(/\.svg$/, '-changed.svg'), normalised);
	expect(normalised, `${file} changed: see the -changed.svg beside it`).toBe(expected);
}
