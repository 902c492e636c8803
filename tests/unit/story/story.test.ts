/** The story's words come from data/story.json and the articles: a sixth article needs no code change. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countWord, parseStory, storyTexts } from '../../../src/lib/story/story';
import { validateDataset } from '../../../src/lib/data/validate';
import { readDataFiles } from '../../../src/scripts/read-data';

const file = parseStory(JSON.parse(readFileSync('data/story.json', 'utf8')));
const raw = readDataFiles();

/** A sixth article, of 20 October 2020, with no records yet: what step 2 of "Adding an article" adds. */
function withSixthArticle() {
	const articles = raw.articles as { id: string }[];
	return {
		...raw,
		articles: [
			...articles,
			{
				id: '005_fixture',
				file: '005_fixture.txt',
				language: 'nl',
				date: '2020-10-20',
				date_reasoning: 'Fixture for the tests: a sixth article, published on Tuesday 20 October 2020.',
				title: 'Een zesde artikel',
				title_en: 'A sixth article'
			}
		],
		texts: { ...raw.texts, '005_fixture.txt': 'Een tekst van een zesde artikel, zonder cijfers.' }
	};
}

describe('the story', () => {
	it('says what the five articles cover', () => {
		const d = validateDataset(raw);
		expect(storyTexts(file, d.articles, 'nl')).toEqual({
			title: 'Belarus 2020: de protesten in cijfers',
			intro:
				'Augustus tot oktober 2020: arrestaties, demonstraties, EU-sancties en diplomatie rond Loekasjenko, uit vijf Nederlandstalige nieuwsartikelen. Elk cijfer leidt naar de zin waar het staat.',
			credit: 'Belarus 2020 · cijfers uit vijf nieuwsartikelen'
		});
		expect(storyTexts(file, d.articles, 'en').intro).toBe(
			'August to October 2020: arrests, demonstrations, EU sanctions and diplomacy around Lukashenko, from five Dutch news articles. Every figure leads to the sentence it stands in.'
		);
	});

	it('counts a sixth article of 20 October: every "five" becomes "six"', () => {
		const d = validateDataset(withSixthArticle());
		const nl = storyTexts(file, d.articles, 'nl');
		const en = storyTexts(file, d.articles, 'en');
		expect(nl.intro).toContain('uit zes Nederlandstalige nieuwsartikelen');
		expect(nl.credit).toBe('Belarus 2020 · cijfers uit zes nieuwsartikelen');
		expect(en.intro).toContain('from six Dutch news articles');
		expect(en.credit).toBe('Belarus 2020 · figures from six news articles');
		for (const t of [nl, en]) expect(JSON.stringify(t)).not.toMatch(/vijf|five/);
	});

	it('writes months across a year and counts past twelve in digits', () => {
		expect(storyTexts(file, [{ date: '2020-12-30' }, { date: '2021-01-02' }], 'en').intro).toMatch(
			/^December 2020 to January 2021: /
		);
		expect(countWord(13, 'nl')).toBe('13');
	});

	it('stops on a broken story file, naming the file and the field', () => {
		expect(() => parseStory({ ...file, intro_nl: 'uit {aantal} artikelen' })).toThrow(
			/data\/story\.json: record "\(file\)", field "intro_nl": expected a text whose placeholders are \{articles\} and \{period\}/
		);
		expect(() => parseStory({ ...file, title_en: undefined })).toThrow(/field "title_en"/);
	});
});
