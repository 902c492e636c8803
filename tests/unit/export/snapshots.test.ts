/**
 * One SVG snapshot per chart and the map (1280×720, light): a change to any chart's drawing shows as
 * a diff of `__snapshots__/<chart>.svg`. The file is the export with a line break between elements
 * (not inside texts), so it stays a valid SVG that renders the same. A mismatch writes
 * `<chart>-changed.svg` beside the snapshot and fails: look at both, then replace the snapshot with
 * the changed file if the change is meant. A missing snapshot is written.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '$lib/data/dataset';
import { exportIds, exportSvgUncached } from '$lib/export/svg';

const DIR = join(import.meta.dirname, '__snapshots__');
/** Elements whose content is text: no line breaks are added inside them. */
const TEXT_ELEMENTS = /^(text|tspan|title|desc|metadata|style)$/;

/** One element per line, outside text content. */
function normaliseSvg(svg: string): string {
	let depthInText = 0;
	return (
		svg
			.replace(
				/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g,
				(tag, closing: string, name: string, selfClosing: string) => {
					const isText = TEXT_ELEMENTS.test(name);
					let out = tag;
					if (!closing && depthInText === 0) out = '\n' + tag;
					if (closing && depthInText === 0 && !isText) out = '\n' + tag;
					if (isText && !selfClosing) depthInText += closing ? -1 : 1;
					return out;
				}
			)
			.replace(/^\n/, '') + '\n'
	);
}

describe('SVG snapshots', () => {
	mkdirSync(DIR, { recursive: true });
	it.each(exportIds)('%s at 1280×720, light', (id) => {
		const svg = normaliseSvg(exportSvgUncached(id, dataset, { preset: 'slide-720', theme: 'light' }));
		const file = join(DIR, `${id}.svg`);
		const changed = join(DIR, `${id}-changed.svg`);
		if (!existsSync(file)) {
			// A snapshot is written once, by a developer, and reviewed; in CI a missing one is a failure.
			if (process.env.CI) throw new Error(`snapshot ${file} is missing: run the tests locally and review it`);
			writeFileSync(file, svg);
			return;
		}
		const before = readFileSync(file, 'utf8');
		if (before === svg) {
			rmSync(changed, { force: true });
			return;
		}
		writeFileSync(changed, svg);
		expect.fail(`${id}.svg changed: compare ${changed} with ${file}`);
	});
});
