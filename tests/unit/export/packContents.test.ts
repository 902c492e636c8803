/**
 * The pack's records and texts (packContents.ts): the records the charts and the map show for a
 * period, plus the sentences that tell more about them, are exactly the records of the period; and
 * SOURCES.md names exactly their articles, with each sentence and how each vague count is drawn.
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '$lib/data/dataset';
import { packReadme, packRecords, sourcesMarkdown } from '$lib/export/packContents';
import { exportIds } from '$lib/export/urls';
import { rangePresets } from '$lib/story/period';

const ranges = [
	...rangePresets(dataset.period).map(({ from, to }) => ({ from, to })),
	{ from: '2020-09-13', to: '2020-09-13' }
];

describe.each(ranges)('$from to $to', (range) => {
	const p = packRecords(dataset, range, exportIds);
	const inPeriod = (r: { date: string; date_end: string | null }) =>
		r.date <= range.to && (r.date_end ?? r.date) >= range.from;

	it('holds every record of the period and no other, in the data’s order', () => {
		expect(p.figures.map((f) => f.id)).toEqual(dataset.figures.filter(inPeriod).map((f) => f.id));
		expect(p.events.map((e) => e.id)).toEqual(dataset.events.filter(inPeriod).map((e) => e.id));
	});

	it('SOURCES.md names exactly the articles of those records, with their sentences', () => {
		const md = sourcesMarkdown(p, range, 'nl');
		const ids = new Set([...p.figures, ...p.events].map((r) => r.article));
		const named = new Set([...md.matchAll(/Artikel: `([0-9a-f_]+)`/g)].map((m) => m[1]));
		expect(named).toEqual(ids);
		for (const r of [...p.figures, ...p.events]) expect(md).toContain(`> ${r.quote}`);
		const en = sourcesMarkdown(p, range, 'en');
		for (const r of [...p.figures, ...p.events]) expect(en).toContain(r.quote_en);
	});
});

describe('the texts', () => {
	const range = { from: '2020-08-09', to: '2020-08-16' };
	const p = packRecords(dataset, range, exportIds);

	it('says how each vague count is drawn', () => {
		const md = sourcesMarkdown(p, range, 'nl');
		expect(md).toMatch(/duizenden \(arrests\); getekend als: bandbreedte 2\.000–10\.000/);
		expect(sourcesMarkdown(p, range, 'en')).toMatch(/drawn as: range 2,000–10,000/);
	});

	it('the README names the period, the files and the licence', () => {
		const readme = packReadme({
			range,
			lang: 'en',
			size: { width: 1920, height: 1080 },
			records: p,
			files: ['a.svg', 'figures.csv']
		});
		expect(readme).toContain('Aug 9 – Aug 16, 2020');
		expect(readme).toContain('- `a.svg`');
		expect(readme).toContain('CC-BY-4.0');
		expect(readme).toContain('CC BY 4.0 does not cover them');
	});
});
