/**
 * The desk's pure parts: the publication day proposed from a text, the cards of an article (figures
 * and draft events), the claim proposals, the highlight, and the checks that stand at a card's fields.
 * Texts written for this test.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Figure, Place } from '../../../src/lib/data/schema';
import { checkAddition, checkDraft, problemsByField } from '../../../src/lib/desk/addition';
import { cardsOf, claimMatches, guessKind } from '../../../src/lib/desk/cards';
import { additionOf, defaultArticleId, textHash, type ArticleForm } from '../../../src/lib/desk/deskModel';
import { highlight } from '../../../src/lib/desk/highlight';
import { proposePublicationDay } from '../../../src/lib/desk/publicationDay';
import { readDataFiles } from '../../../src/scripts/read-data';

const raw = readDataFiles('data');
const places = raw.places as Place[];

describe('proposePublicationDay', () => {
	it('takes the day of a full date line', () => {
		expect(proposePublicationDay(' date 2020-09-21 Tekst.').date).toBe('2020-09-21');
	});

	it('reads the weekdays against the month of the date line, and says how', () => {
		const text =
			' date 2020-08 Tekst. Zaterdag trokken duizenden mensen door Minsk. Zondag werd er opnieuw betoogd, ' +
			'een week na de verkiezing van 9 augustus.';
		const proposal = proposePublicationDay(text, [{ id: '003_x', date: '2020-08-15' }]);
		expect(proposal.date).toBe('2020-08-16');
		expect(proposal.reasoning).toContain('Date line 2020-08');
		expect(proposal.reasoning).toContain("'9 augustus' (2020-08-09)");
		expect(proposal.reasoning).toContain("'zaterdag', 'zondag'");
		expect(proposal.reasoning).toContain('003_x (2020-08-15)');
		// The same words fit the other Sundays from 9 August on; listed, not hidden.
		expect(proposal.alternatives).toEqual(['2020-08-09', '2020-08-23', '2020-08-30']);
	});

	it('proposes nothing where the text gives no month and there is no other article', () => {
		expect(proposePublicationDay('Zondag werd er betoogd.').date).toBeNull();
	});
});

describe('cardsOf', () => {
	const text = readFileSync('tests/browser/fixtures/desk-article.txt', 'utf8');
	const cards = cardsOf(text, '005_x', '2020-09-13', places);

	it('gives a figure card per number and an event card per dated sentence without one', () => {
		expect(cards.map((c) => [c.record, c.words, c.record === 'event' ? c.kind : c.metric])).toEqual([
			['figure', 'tienduizenden', 'protest_size'],
			['figure', 'zeker 250', 'arrests'],
			['figure', '66', 'none'],
			['event', '9 augustus', 'election'],
			['figure', 'honderdduizenden', 'protest_size']
		]);
		expect(cards.every((c) => text.slice(c.start, c.end) === c.words)).toBe(true);
	});

	it('proposes the day with the words it came from and how, the place and the side', () => {
		expect(cards[1]).toMatchObject({
			date: '2020-09-13',
			date_words: 'Zondag',
			date_from: 'previous_sentence',
			place: 'minsk',
			quote: 'Volgens de mensenrechtenorganisatie Viasna werden in Minsk zeker 250 betogers opgepakt.'
		});
		expect(cards[0]).toMatchObject({ side: 'opposition', place: 'minsk', date_from: 'sentence' });
		expect(cards[4]).toMatchObject({ date: '2020-09-13', date_precision: 'as_of', date_from: 'article_day' });
	});

	it('guesses an event’s kind from its words', () => {
		expect(guessKind('De EU-ministers besloten vrijdag tot sancties.')).toBe('sanctions');
		expect(guessKind('Poetin en Loekasjenko voerden zondag een telefoongesprek.')).toBe('call');
		expect(guessKind('Arbeiders van de tractorfabriek legden maandag het werk neer.')).toBe('strike');
		expect(guessKind('Loekasjenko zei zaterdag dat hij niet aftreedt.')).toBe('statement');
	});

	it('marks the number, the day words and the places in the text', () => {
		const pieces = highlight(text, cards.slice(0, 1), places).filter((p) => p.mark);
		expect(pieces.map((p) => [p.text, p.mark?.kind, p.mark?.link])).toEqual([
			['Zondag', 'date', false],
			['Minsk', 'place', false],
			['tienduizenden', 'number', true]
		]);
	});
});

describe('claims and checks at the desk', () => {
	const form: ArticleForm = {
		id: '005_x',
		language: 'nl',
		title: 'Protest in Minsk',
		title_en: 'Protest in Minsk',
		date: '2020-09-14',
		date_reasoning: 'Date line 2020-09, confirmed at the desk.'
	};
	const text = 'Zondag werden in Minsk ruim 700 betogers opgepakt.';

	it('proposes records of other articles with the metric, overlapping days and a near value', () => {
		const [card] = cardsOf(text, form.id, form.date, places);
		const matches = claimMatches(card, raw.figures as Figure[], form.id).map((m) => m.id);
		expect(matches).toEqual(['arrests-004-sunday', 'arrests-004-sunday-minsk']);
		// Linking to a record that has no claim gives it the claim too: the one changed line of the diff.
		card.claim = 'claim-arrests-004-sunday-minsk';
		card.status = 'accepted';
		expect(additionOf(form, text, [card], raw).claims).toEqual([
			{ id: 'arrests-004-sunday-minsk', claim: 'claim-arrests-004-sunday-minsk' }
		]);
	});

	it('puts each problem at the field it names', () => {
		const [card] = cardsOf(text, form.id, form.date, places);
		card.value = 750;
		const addition = additionOf(form, text, [card], raw);
		const problems = problemsByField(checkDraft(raw, addition), card.id);
		expect(Object.keys(problems).sort()).toEqual(['date_words_en', 'quote_en', 'value']);
		expect(problems.value[0]).toContain('the quote gives: more_than 700');
		// The save's own check stops at the schemas: the translations first.
		expect(Object.keys(problemsByField(checkAddition(raw, addition), card.id)).sort()).toEqual([
			'date_words_en',
			'quote_en'
		]);
	});

	it('names the next article id from the others and the text', () => {
		expect(defaultArticleId(raw.articles as { id: string }[], 'x')).toBe(`005_${textHash('x')}`);
		expect(textHash('x')).toMatch(/^[0-9a-f]{16}$/);
	});
});
