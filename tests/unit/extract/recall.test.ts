/**
 * The extractor, run over the five articles, must suggest every numeric figure of the curated
 * dataset: same article, same value and qualifier, inside the record's quote.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/lib/extract/extract';
import { validateDataset } from '../../../src/lib/data/validate';
import { readDataFiles } from '../../../scripts/read-data';

const d = validateDataset(readDataFiles());
const places = d.places.map((p) => ({ id: p.id, names: [p.name_nl, ...p.aliases] }));
const candidates = new Map(
	d.articles.map((a) => [a.id, extractCandidates(d.texts[a.id], { articleDay: a.date, places })])
);

describe('extractor recall over the curated figures', () => {
	it.each(d.figures.map((f) => [f.id, f] as const))('suggests %s', (_id, f) => {
		const text = d.texts[f.article];
		const at = text.indexOf(f.quote);
		const hit = candidates
			.get(f.article)!
			.find(
				(c) =>
					c.value === f.value &&
					c.qualifier === f.qualifier &&
					c.sentence_index + c.sentence.indexOf(c.text) >= at &&
					c.sentence_index + c.sentence.indexOf(c.text) < at + f.quote.length
			);
		expect(hit, `no candidate ${f.qualifier} ${f.value} within the quote of ${f.id}`).toBeDefined();
	});

	it('covers all figures (100% recall)', () => {
		expect(d.figures.length).toBeGreaterThan(15);
	});
});
