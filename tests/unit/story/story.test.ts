/**
 * The story is data: its words come from data/story.json and the articles, and its period from the
 * rule the file states (from the election's day to the newest article's): a sixth article needs no
 * code change.
 */
import { describe, expect, it } from 'vitest';
import { chartModel } from '../../../src/lib/charts/chartModel';
import { headlines } from '../../../src/lib/charts/headlines';
import { rangePresets } from '../../../src/lib/story/period';
import { countWord, storyTexts } from '../../../src/lib/story/story';
import { presetName } from '../../../src/lib/i18n/format';
import { validateDataset } from '../../../src/lib/data/validate';
import { parseOptions, dashboardOptions } from '../../../src/lib/view/options';
import { readDataFiles } from '../../../src/scripts/read-data';

const raw = readDataFiles();
const d = validateDataset(raw);

const SIXTH_TEXT =
	'Een tekst van een zesde artikel. Dinsdag werden 250 betogers opgepakt in de hoofdstad Minsk.';

/**
 * A sixth article, of Tuesday 20 October 2020, and the one figure it reports (a test fixture, not in
 * data/): what steps 1 to 4 of "Adding an article" add.
 */
function withSixthArticle() {
	return {
		...raw,
		articles: [
			...(raw.articles as object[]),
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
		figures: [
			...(raw.figures as object[]),
			{
				id: 'arrests-005-tuesday-minsk',
				metric: 'arrests',
				value: 250,
				qualifier: 'exact',
				unit: 'people',
				date: '2020-10-20',
				date_end: null,
				date_precision: 'day',
				date_words: 'Dinsdag',
				date_words_en: 'On Tuesday',
				place: 'minsk',
				article: '005_fixture',
				quote: 'Dinsdag werden 250 betogers opgepakt in de hoofdstad Minsk.',
				quote_en: 'On Tuesday 250 protesters were arrested in the capital Minsk.',
				claim: null
			}
		],
		texts: { ...raw.texts, '005_fixture.txt': SIXTH_TEXT }
	};
}

describe('the story', () => {
	it('says what the five articles cover', () => {
		expect(storyTexts(d.story, d.articles, 'nl')).toEqual({
			title: 'Belarus 2020: de protesten in cijfers',
			intro:
				'Augustus tot oktober 2020: arrestaties, demonstraties, EU-sancties en diplomatie rond Loekasjenko, uit vijf Nederlandstalige nieuwsartikelen. Elk cijfer leidt naar de zin waar het staat.',
			credit: 'Belarus 2020 · cijfers uit vijf nieuwsartikelen'
		});
		expect(storyTexts(d.story, d.articles, 'en').intro).toBe(
			'August to October 2020: arrests, demonstrations, EU sanctions and diplomacy around Lukashenko, from five Dutch news articles. Every figure leads to the sentence it stands in.'
		);
	});

	it('runs from the election (its sentence: "9 augustus") to the newest article’s day', () => {
		const start = d.events.find((e) => e.id === d.story.period_start)!;
		expect(start.kind).toBe('election');
		expect(start.quote).toContain('9 augustus');
		const newest = d.articles
			.map((a) => a.date)
			.sort()
			.at(-1);
		expect(d.period).toEqual({ from: '2020-08-09', to: newest });
		expect(d.period.to).toBe('2020-10-12');
		// "Days since the election" counts to the period's end: the two agree.
		const days = headlines(d, d.period).find((h) => h.id === 'days_since_election');
		expect(days).toMatchObject({ count: 64 });
		// A link of the old fixed period's end opens on the whole period.
		expect(parseOptions(new URLSearchParams('to=2020-10-15'), dashboardOptions, d.period)).toMatchObject({
			ok: true,
			options: { to: '2020-10-12' }
		});
	});

	it('takes a sixth article of 20 October: the period, its figure, and every "five" becomes "six"', () => {
		// Before, the figure would be outside the period: refused, naming the period.
		const old = { ...raw, figures: withSixthArticle().figures, texts: withSixthArticle().texts };
		expect(() => validateDataset(old)).toThrow(
			/record "arrests-005-tuesday-minsk", field "date": expected days from 2020-08-09 to 2020-10-12/
		);
		const six = validateDataset(withSixthArticle());
		expect(six.period).toEqual({ from: '2020-08-09', to: '2020-10-20' });
		expect(rangePresets(six.period).find((p) => p.id === 'october')).toMatchObject({
			from: '2020-10-01',
			to: '2020-10-20'
		});
		const url = parseOptions(
			new URLSearchParams('from=2020-10-13&to=2020-10-20'),
			dashboardOptions,
			six.period
		);
		expect(url).toMatchObject({ ok: true, options: { from: '2020-10-13', to: '2020-10-20' } });
		// Drawn: the arrests chart of the whole period has a mark for it, of 20 October.
		const model = chartModel('arrests', six, { lang: 'nl', ...six.period, yscale: 'log' });
		expect(JSON.stringify(model)).toContain('arrests-005-tuesday-minsk');
		const october = chartModel('arrests', six, {
			lang: 'en',
			from: '2020-10-13',
			to: '2020-10-20',
			yscale: 'log'
		});
		expect(october.table.map((r) => r.id)).toEqual(['arrests-005-tuesday-minsk']);
		expect(headlines(six, six.period).find((h) => h.id === 'days_since_election')).toMatchObject({
			count: 72
		});

		const nl = storyTexts(six.story, six.articles, 'nl');
		const en = storyTexts(six.story, six.articles, 'en');
		expect(nl.intro).toContain('uit zes Nederlandstalige nieuwsartikelen');
		expect(nl.credit).toBe('Belarus 2020 · cijfers uit zes nieuwsartikelen');
		expect(en.intro).toContain('from six Dutch news articles');
		expect(en.credit).toBe('Belarus 2020 · figures from six news articles');
		for (const t of [nl, en]) expect(JSON.stringify(t)).not.toMatch(/vijf|five/);
	});

	it('writes months across a year and counts past twelve in digits', () => {
		expect(storyTexts(d.story, [{ date: '2020-12-30' }, { date: '2021-01-02' }], 'en').intro).toMatch(
			/^December 2020 to January 2021: /
		);
		expect(countWord(13, 'nl')).toBe('13');
	});

	it('stops on a broken story file, naming the file and the field', () => {
		const story = raw.story as Record<string, unknown>;
		expect(() =>
			validateDataset({ ...raw, story: { ...story, intro_nl: 'uit {aantal} artikelen' } })
		).toThrow(
			/data\/story\.json: record "\(file\)", field "intro_nl": expected a text whose placeholders are \{articles\} and \{period\}/
		);
		expect(() => validateDataset({ ...raw, story: { ...story, title_en: undefined } })).toThrow(
			/field "title_en"/
		);
		expect(() =>
			validateDataset({ ...raw, story: { ...story, period_start: 'exercise-000-western-border' } })
		).toThrow(
			/data\/story\.json: record "\(file\)", field "period_start": expected the id of an event of data\/events.json with one day/
		);
	});
});

describe('the range presets', () => {
	it('are the whole period, its first week and each month it touches, named in the reader’s language', () => {
		const presets = rangePresets(d.period);
		expect(presets.map((p) => [p.id, p.from, p.to])).toEqual([
			['all', '2020-08-09', '2020-10-12'],
			['election_week', '2020-08-09', '2020-08-16'],
			['august', '2020-08-09', '2020-08-31'],
			['september', '2020-09-01', '2020-09-30'],
			['october', '2020-10-01', '2020-10-12']
		]);
		expect(presets.map((p) => presetName(p, 'nl'))).toEqual([
			'Alles',
			'Verkiezingsweek',
			'Augustus',
			'September',
			'Oktober'
		]);
		expect(presetName(presets[4], 'en')).toBe('October');
		const across = rangePresets({ from: '2020-12-20', to: '2021-01-05' });
		expect(across.map((p) => presetName(p, 'en'))).toEqual([
			'All',
			'Election week',
			'December 2020',
			'January 2021'
		]);
	});
});
