import { test } from 'vitest';
import { writeFileSync } from 'node:fs';
import { dataset } from '$lib/data/dataset';
import { exportSvgUncached } from '$lib/export/svg';
import { exportPng } from '$lib/export/png';
test('scratch', () => {
	const cases = [
		['arrests', { w: 350, h: 300 }],
		['protests', { w: 557, h: 300, lang: 'en' }],
		['map', { w: 350, h: 300 }],
		['sanctions', { w: 200, h: 200 }],
		['arrests', { preset: 'slide-720' }]
	] as const;
	cases.forEach(([id, o], i) => {
		const svg = exportSvgUncached(id, dataset, o);
		writeFileSync(`/tmp/export-work/case${i}-${id}.svg`, svg);
	});
});
