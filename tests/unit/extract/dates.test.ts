import { describe, expect, it } from 'vitest';
import { findDates, type DateMatch } from '../../../src/lib/extract/dates';

type Expected = Omit<DateMatch, 'index'>;

const day = (text: string, date: string): Expected => ({ text, date, date_end: null, precision: 'day' });
const span = (text: string, date: string, date_end: string): Expected => ({
	text,
	date,
	date_end,
	precision: 'span'
});

/** Article days of the five articles: two Mondays in August/September, a Sunday, a Saturday, a Monday. */
const monday = '2020-08-17';
const sunday = '2020-08-16';
const saturday = '2020-08-15';
const wednesday = '2020-08-19';

const cases: { input: string; articleDay: string; expected: Expected[] }[] = [
	// A weekday alone: the most recent such day on or before the article's day.
	{ input: 'Hij werd maandag overstemd', articleDay: monday, expected: [day('maandag', '2020-08-17')] },
	{
		input: 'ruim honderdduizend Belarussen zondag',
		articleDay: monday,
		expected: [day('zondag', '2020-08-16')]
	},
	{ input: 'kondigden vrijdag sancties aan', articleDay: monday, expected: [day('vrijdag', '2020-08-14')] },
	{
		input: 'Zondag, een dag na zijn gesprek',
		articleDay: '2020-10-12',
		expected: [day('Zondag', '2020-10-11')]
	},
	{ input: 'Zaterdag ging Loekasjenko', articleDay: '2020-10-12', expected: [day('Zaterdag', '2020-10-10')] },
	{
		input: 'Tijdens een telefoongesprek op zondag',
		articleDay: sunday,
		expected: [day('zondag', '2020-08-16')]
	},
	{
		input: 'begon zaterdagochtend bij een metrostation',
		articleDay: saturday,
		expected: [day('zaterdagochtend', '2020-08-15')]
	},
	{ input: 'op dinsdagavond', articleDay: monday, expected: [day('dinsdagavond', '2020-08-11')] },
	{
		input: 'verkiezingen van afgelopen zondag',
		articleDay: saturday,
		expected: [day('afgelopen zondag', '2020-08-09')]
	},
	{ input: 'vorige donderdag', articleDay: monday, expected: [day('vorige donderdag', '2020-08-13')] },
	// "aankomende", "komende", "volgende": the next such day after the article's day.
	{
		input: 'om aankomende woensdagochtend',
		articleDay: monday,
		expected: [day('aankomende woensdagochtend', '2020-08-19')]
	},
	{ input: 'komende maandag', articleDay: monday, expected: [day('komende maandag', '2020-08-24')] },
	{ input: 'volgende vrijdag', articleDay: wednesday, expected: [day('volgende vrijdag', '2020-08-21')] },
	// "tot <weekday>" in a sentence about what goes on: ahead; in one about the past: behind.
	{
		input: 'Daarmee gaat het tot donderdag door.',
		articleDay: monday,
		expected: [day('tot donderdag', '2020-08-20')]
	},
	{
		input: 'De oefening duurde tot donderdag.',
		articleDay: monday,
		expected: [day('tot donderdag', '2020-08-13')]
	},
	{
		input: 'Dat gaat tot woensdag door.',
		articleDay: wednesday,
		expected: [day('tot woensdag', '2020-08-19')]
	},
	// Not weekdays.
	{ input: 'de zondagsrust, de maandagen', articleDay: monday, expected: [] },

	// Weekends: the most recent Saturday–Sunday on or before the article's day.
	{
		input: 'beweerde dit weekeinde',
		articleDay: monday,
		expected: [span('dit weekeinde', '2020-08-15', '2020-08-16')]
	},
	{ input: 'dit weekend', articleDay: sunday, expected: [span('dit weekend', '2020-08-15', '2020-08-16')] },
	{
		input: 'afgelopen weekend',
		articleDay: wednesday,
		expected: [span('afgelopen weekend', '2020-08-15', '2020-08-16')]
	},
	{
		input: 'vorig weekend',
		articleDay: sunday,
		expected: [span('vorig weekend', '2020-08-08', '2020-08-09')]
	},
	{
		input: 'komend weekend',
		articleDay: monday,
		expected: [span('komend weekend', '2020-08-22', '2020-08-23')]
	},
	{ input: 'voor het vijfde weekend op een rij', articleDay: monday, expected: [] },

	// Weeks. On a weekday "vorige week" is the previous Monday–Sunday …
	{ input: 'vorige week', articleDay: monday, expected: [span('vorige week', '2020-08-10', '2020-08-16')] },
	{
		input: 'afgelopen week',
		articleDay: wednesday,
		expected: [span('afgelopen week', '2020-08-10', '2020-08-16')]
	},
	{ input: 'deze week', articleDay: wednesday, expected: [span('deze week', '2020-08-17', '2020-08-19')] },
	{
		input: 'eind vorige week',
		articleDay: monday,
		expected: [span('eind vorige week', '2020-08-13', '2020-08-14')]
	},
	// … on a weekend both mean the week that ends on that Sunday, up to the article's day.
	{
		input: 'werd afgelopen week massaal gedemonstreerd',
		articleDay: sunday,
		expected: [span('afgelopen week', '2020-08-10', '2020-08-16')]
	},
	{
		input: 'waar afgelopen week een betoger',
		articleDay: saturday,
		expected: [span('afgelopen week', '2020-08-10', '2020-08-15')]
	},
	{
		input: 'waar eerder deze week een betoger',
		articleDay: saturday,
		expected: [span('eerder deze week', '2020-08-10', '2020-08-15')]
	},
	{
		input: 'besloten eind vorige week tot sancties',
		articleDay: sunday,
		expected: [span('eind vorige week', '2020-08-13', '2020-08-14')]
	},
	{
		input: 'Aan het begin van de week trad',
		articleDay: sunday,
		expected: [span('Aan het begin van de week', '2020-08-10', '2020-08-11')]
	},
	{
		input: 'begin deze week',
		articleDay: monday,
		expected: [span('begin deze week', '2020-08-17', '2020-08-17')]
	},
	{ input: 'Naarmate de week vorderde, nam het geweld af.', articleDay: sunday, expected: [] },

	// Runs of days back from the article's day.
	{
		input: 'net als in de afgelopen dagen',
		articleDay: saturday,
		expected: [span('de afgelopen dagen', '2020-08-09', '2020-08-15')]
	},
	{
		input: 'nu al een week lang duizenden mensen',
		articleDay: saturday,
		expected: [span('al een week lang', '2020-08-08', '2020-08-15')]
	},
	{
		input: 'werd ruim een week geleden herkozen',
		articleDay: monday,
		expected: [{ text: 'ruim een week geleden', date: '2020-08-09', date_end: null, precision: 'approx' }]
	},
	{ input: 'drie dagen geleden', articleDay: monday, expected: [day('drie dagen geleden', '2020-08-14')] },
	{ input: 'eerder op de dag', articleDay: saturday, expected: [day('eerder op de dag', '2020-08-15')] },
	{
		input: 'vandaag en gisteren',
		articleDay: monday,
		expected: [day('vandaag', '2020-08-17'), day('gisteren', '2020-08-16')]
	},
	{
		input: 'bereid te zijn "morgen" met hervormingen',
		articleDay: sunday,
		expected: [day('morgen', '2020-08-17')]
	},
	{ input: "'s morgens en in de morgen", articleDay: sunday, expected: [] },

	// Calendar dates, months and seasons.
	{
		input: 'de presidentsverkiezingen van 9 augustus',
		articleDay: '2020-09-14',
		expected: [day('9 augustus', '2020-08-09')]
	},
	{
		input: '(@nexta_tv) 11 oktober 2020',
		articleDay: '2020-10-12',
		expected: [day('11 oktober 2020', '2020-10-11')]
	},
	{ input: 'op 12 sep. bijeen', articleDay: '2020-09-14', expected: [day('12 sep.', '2020-09-12')] },
	{ input: 'op 31 september', articleDay: '2020-10-12', expected: [] },
	{
		input: 'sinds begin augustus',
		articleDay: '2020-09-14',
		expected: [span('begin augustus', '2020-08-01', '2020-08-10')]
	},
	{
		input: 'half augustus',
		articleDay: '2020-09-14',
		expected: [span('half augustus', '2020-08-11', '2020-08-20')]
	},
	{
		input: 'eind augustus',
		articleDay: '2020-09-14',
		expected: [span('eind augustus', '2020-08-21', '2020-08-31')]
	},
	{
		input: 'niet gesproken sinds mei, toen',
		articleDay: '2020-10-12',
		expected: [{ text: 'sinds mei', date: '2020-05-01', date_end: '2020-05-31', precision: 'month' }]
	},
	{
		input: 'in februari',
		articleDay: '2020-10-12',
		expected: [{ text: 'in februari', date: '2020-02-01', date_end: '2020-02-29', precision: 'month' }]
	},
	// A month after the article's month, without a year, was last year.
	{
		input: 'in november',
		articleDay: '2020-08-16',
		expected: [{ text: 'in november', date: '2019-11-01', date_end: '2019-11-30', precision: 'month' }]
	},
	{
		input: 'augustus 2019',
		articleDay: '2020-08-16',
		expected: [{ text: 'augustus 2019', date: '2019-08-01', date_end: '2019-08-31', precision: 'month' }]
	},
	{
		input: 'liet hen in het voorjaar opsluiten',
		articleDay: '2020-10-12',
		expected: [span('in het voorjaar', '2020-03-01', '2020-05-31')]
	},
	{
		input: 'in het najaar',
		articleDay: '2020-08-16',
		expected: [span('in het najaar', '2019-09-01', '2019-11-30')]
	},

	// A year alone is no date here (numbers.ts reports it as a year).
	{ input: 'regeert al sinds 1994', articleDay: monday, expected: [] }
];

describe('findDates', () => {
	it.each(cases)('$input ($articleDay)', ({ input, articleDay, expected }) => {
		expect(findDates(input, articleDay)).toEqual(
			expected.map((match) => ({ ...match, index: expect.any(Number) }))
		);
	});

	it.each(cases)('gives offsets of the date words in $input', ({ input, articleDay }) => {
		for (const match of findDates(input, articleDay)) {
			expect(input.slice(match.index, match.index + match.text.length)).toBe(match.text);
		}
	});

	it('refuses an article day that is no ISO day', () => {
		expect(() => findDates('zondag', '16-08-2020')).toThrow(/ISO/);
	});
});
