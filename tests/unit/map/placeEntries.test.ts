/** A place's list (the map's table and its popups) names each record's article by title and day, linked. */
import { describe, expect, it } from 'vitest';
import { placeSummaries } from '../../../src/lib/charts/placeSummaries';
import { validateDataset } from '../../../src/lib/data/validate';
import { placeEntries } from '../../../src/lib/map/placeMarks';
import { readDataFiles } from '../../../src/scripts/read-data';

const d = validateDataset(readDataFiles());
const sochi = placeSummaries(d, d.period).find((s) => s.place.id === 'sochi')!;

describe('placeEntries', () => {
	it.each([
		['nl', 'Poetin geeft Loekasjenko ademruimte en een lening van 1,5 miljard dollar', '14 sep 2020', ''],
		['en', 'Putin gives Lukashenko breathing space and a 1.5 billion dollar loan', 'Sep 14, 2020', '?lang=en']
	] as const)('in %s: the article’s title, day and link', (lang, title, day, query) => {
		const entries = placeEntries(sochi, d.articles, lang);
		expect(entries.length).toBeGreaterThan(0);
		for (const e of entries) {
			expect(e.article).toMatchObject({
				title,
				day,
				href: `/sources/004_4113c25ad55cc416${query}`,
				short: '#004'
			});
		}
	});
});
