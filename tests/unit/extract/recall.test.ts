/**
 * The extractor, run over the five articles, must suggest every numeric figure of the curated
 * dataset: same article, same value and qualifier, inside the record's quote.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/lib/extract/extract';
import { validateDataset } from '../../../src/lib/data/validate';
import { readDataFiles } from '../../../src/scripts/read-data';

const d = validateDataset(readDataFiles());
const places = d.places.map((p) => ({ id: p.id, names: [p.name_nl, ...p.aliases] }));
const candidates = new Map(
	d.articles.map((a) => [a.id, extractCandidates(d.texts[a.id], { articleDay: a.date, places })])
);

/** The extractor's candidate for a figure: same value and qualifier, found inside the figure's quote. */
function suggestionFor(f: (typeof d.figures)[number]) {
	const text = d.texts[f.article];
	const at = text.indexOf(f.quote);
	return candidates.get(f.article)!.find((c) => {
		const where = c.sentence_index + c.sentence.indexOf(c.text);
		return c.value === f.value && c.qualifier === f.qualifier && where >= at && where < at + f.quote.length;
	});
}

describe('extractor recall over the curated figures', () => {
	it.each(d.figures.map((f) => [f.id, f] as const))('suggests %s', (_id, f) => {
		expect(
			suggestionFor(f),
			`no candidate ${f.qualifier} ${f.value} within the quote of ${f.id}`
		).toBeDefined();
	});

	it('suggests every one of them: 100% recall', () => {
		const missed = d.figures.filter((f) => !suggestionFor(f)).map((f) => f.id);
		expect(missed).toEqual([]);
		expect(d.figures.length).toBeGreaterThan(15);
	});
});
