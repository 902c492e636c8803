/**
 * The day of a figure whose sentence names none: the sentence before's, or the article's day for a
 * report in the present tense, and `date_from` says which. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates, isPresentTense } from '../../../src/lib/extract/extract';

const day = '2020-09-21'; // a Monday
const extract = (text: string) => extractCandidates(text, { articleDay: day, places: [] });

describe('the day carried over to a sentence that names none', () => {
	it('takes the sentence before’s day, and says so', () => {
		const [first, second] = extract(
			'Zondag trokken tienduizenden betogers door Minsk. Volgens Viasna werden er ruim 400 opgepakt.'
		);
		expect(first).toMatchObject({ date: '2020-09-20', date_from: 'sentence', date_words: 'Zondag' });
		expect(second).toMatchObject({
			value: 400,
			qualifier: 'more_than',
			date: '2020-09-20',
			date_from: 'previous_sentence',
			date_words: 'Zondag',
			metric: 'arrests'
		});
	});

	it('gives a present-tense report the article’s day, as of that day', () => {
		const [candidate] = extract('Zaterdag was het rustig. Nog altijd zitten ruim 300 demonstranten vast.');
		expect(candidate).toMatchObject({
			date: day,
			date_precision: 'as_of',
			date_from: 'article_day',
			date_words: null
		});
	});

	it('gives no day to a past-tense sentence after one without a day', () => {
		const [candidate] = extract('Het was een lange nacht. In Grodno werden zo’n zestig mensen aangehouden.');
		expect(candidate).toMatchObject({ date: null, date_from: null, metric: 'arrests' });
	});

	it('carries only from the sentence just before', () => {
		const candidates = extract(
			'Vrijdag begon de staking. Het was een lange nacht. In Brest werden twintig betogers opgepakt.'
		);
		expect(candidates).toEqual([expect.objectContaining({ value: 20, date: null, date_from: null })]);
	});

	it('tells the present tense from the past', () => {
		expect(isPresentTense('Honderdduizenden demonstranten houden vast aan hun eisen.')).toBe(true);
		expect(isPresentTense('De oppositie eist nieuwe verkiezingen.')).toBe(true);
		expect(isPresentTense('Honderden betogers zijn opgepakt.')).toBe(false);
		expect(isPresentTense('De politie meldde 120 arrestaties.')).toBe(false);
		expect(isPresentTense('Het Kremlin schreef dat het land onder druk staat.')).toBe(false);
	});
});
