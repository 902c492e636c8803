/**
 * What the charts say in words for readers who do not see them (issue 17): the drawn range of a vague
 * count, each chart's one-sentence takeaway, and the live region's words after a range change. On
 * the curated data: the expected sentences are read off the articles' figures, not off this code.
 */
import { describe, expect, it } from 'vitest';
import { chartModel, valueInWords } from '../../../src/lib/charts/chartModel';
import { rangeStatus } from '../../../src/lib/charts/rangeStatus';
import { validateDataset } from '../../../src/lib/data/validate';
import { readDataFiles } from '../../../src/scripts/read-data';

const d = validateDataset(readDataFiles());
const all = d.period;

describe('valueInWords', () => {
	it.each([
		[
			{ value: 1000, qualifier: 'magnitude', unit: 'people' },
			'nl',
			'duizenden (getekend als 2.000 tot 10.000)'
		],
		[{ value: 100, qualifier: 'magnitude', unit: 'people' }, 'en', 'hundreds (drawn as 200 to 1,000)'],
		[{ value: 700, qualifier: 'more_than', unit: 'people' }, 'nl', 'meer dan 700'],
		[{ value: 774, qualifier: 'exact', unit: 'people' }, 'en', '774']
	] as const)('%o in %s: %s', (f, lang, words) => {
		expect(valueInWords(f, lang)).toBe(words);
	});
});

describe('each chart’s takeaway, at the end of its description', () => {
	const description = (id: 'arrests' | 'protests' | 'sanctions' | 'timeline', range = all) =>
		chartModel(id, d, { lang: 'nl', ...range, yscale: 'log' }).text.description;

	it('arrests: the largest count by what it says at least ("duizenden" is 2,000 or more, above 774)', () => {
		expect(description('arrests')).toMatch(
			/Het hoogste gemelde aantal: duizenden \(getekend als 2\.000 tot 10\.000\) op 9 aug – 15 aug 2020 \(Heel Belarus\)\.$/
		);
		// In September only the 13th: 774 nationwide, 500 of them in Minsk.
		expect(description('arrests', { from: '2020-09-01', to: '2020-09-30' })).toMatch(
			/Het hoogste gemelde aantal: 774 op 13 sep 2020 \(Heel Belarus\)\.$/
		);
	});

	it('protests, sanctions and the timeline say their largest, their last step and their most frequent kind', () => {
		expect(description('protests')).toMatch(
			/De grootste gemelde demonstratie: meer dan 100\.000 op 16 aug 2020 \(Oppositie\)\.$/
		);
		expect(description('sanctions')).toMatch(
			/De EU zette 2 stappen; de laatste: Groen licht voor pakket, ook tegen Loekasjenko op 12 okt 2020\.$/
		);
		expect(description('timeline')).toMatch(/Het vaakst gemeld: verklaring \(\d+×\)\.$/);
		expect(description('sanctions', { from: '2020-09-01', to: '2020-09-30' })).toMatch(
			/0 gebeurtenissen .* Geen gegevens in deze periode\.$/
		);
	});
});

describe('rangeStatus', () => {
	it('names a preset, and counts what each chart then draws, in the singular for one', () => {
		expect(rangeStatus(d, { from: '2020-09-01', to: '2020-09-30' }, 'en', d.period)).toMatch(
			/^September: 2 arrest figures, 1 protest figure, 0 sanction steps, \d+ events\.$/
		);
	});
	it('gives other ranges their days (the two spans of August arrests reach the 14th)', () => {
		expect(rangeStatus(d, { from: '2020-08-14', to: '2020-08-14' }, 'nl', d.period)).toMatch(
			/^14 aug 2020: 2 arrestatiecijfers, \d+ protestcijfers?, 1 sanctiestap, \d+ gebeurtenis(sen)?\.$/
		);
		expect(rangeStatus(d, { from: '2020-09-02', to: '2020-09-29' }, 'nl', d.period)).toMatch(
			/^2 sep 2020 – 29 sep 2020: /
		);
	});
});
