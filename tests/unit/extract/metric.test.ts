/**
 * The metric guess, value and hedge on sentences written for this test in the style of Dutch news
 * reports of the protests (none is taken from the five articles). The expected values were written by
 * reading each sentence. Value and hedge must be right for every sentence; the metric for at least 90 %.
 */
import { describe, expect, it } from 'vitest';
import { guessMetric, type MetricGuess } from '../../../src/lib/extract/metric';
import { findNumbers, type Qualifier } from '../../../src/lib/extract/numbers';

interface Case {
	sentence: string;
	/** The number's words as they stand in the sentence. */
	words: string;
	value: number;
	qualifier: Qualifier;
	metric: MetricGuess;
}

const c = (
	sentence: string,
	words: string,
	value: number,
	qualifier: Qualifier,
	metric: MetricGuess
): Case => ({
	sentence,
	words,
	value,
	qualifier,
	metric
});

const cases: Case[] = [
	c("In Minsk werden zaterdag zo'n vijftig betogers opgepakt.", "zo'n vijftig", 50, 'approx', 'arrests'),
	c('Bij de acties in Grodno waren er tientallen arrestaties.', 'tientallen', 10, 'magnitude', 'arrests'),
	c('De politie telde na afloop meer dan 110 arrestanten.', 'meer dan 110', 110, 'more_than', 'arrests'),
	c(
		'Tienduizenden actievoerders trokken zondag door het centrum.',
		'Tienduizenden',
		10_000,
		'magnitude',
		'protest_size'
	),
	c(
		'Een mensenrechtenorganisatie meldde ongeveer 150 arrestaties in het hele land.',
		'ongeveer 150',
		150,
		'approx',
		'arrests'
	),
	c(
		'Volgens Viasna zijn sinds vrijdag ruim 300 mensen aangehouden.',
		'ruim 300',
		300,
		'more_than',
		'arrests'
	),
	c('Minstens drie betogers kwamen om het leven bij de rellen.', 'Minstens drie', 3, 'at_least', 'deaths'),
	c('Zeker 2000 deelnemers liepen mee in de vrouwenmars.', 'Zeker 2000', 2000, 'at_least', 'protest_size'),
	c(
		'Enkele honderden demonstranten verzamelden zich bij het station.',
		'Enkele honderden',
		100,
		'magnitude',
		'protest_size'
	),
	c('Bijna 30 studenten werden gearresteerd bij de universiteit.', 'Bijna 30', 30, 'approx', 'arrests'),
	c('De oproerpolitie hield 250 mensen vast na de mars.', '250', 250, 'exact', 'arrests'),
	c(
		'Ruim 200.000 mensen gingen zondag in Minsk de straat op.',
		'Ruim 200.000',
		200_000,
		'more_than',
		'protest_size'
	),
	c(
		'Circa 80 procent van de stemmen ging naar de zittende president.',
		'Circa 80 procent',
		80,
		'approx',
		'vote_share'
	),
	c(
		'Moskou zegde een lening van 1,5 miljard dollar toe.',
		'1,5 miljard dollar',
		1_500_000_000,
		'exact',
		'loan'
	),
	c('De president is al 26 jaar aan de macht.', '26 jaar', 26, 'exact', 'years_in_power'),
	c('Een dag eerder stierven ten minste twee demonstranten.', 'ten minste twee', 2, 'at_least', 'deaths'),
	c(
		'Honderdduizenden Belarussen demonstreerden opnieuw tegen het regime.',
		'Honderdduizenden',
		100_000,
		'magnitude',
		'protest_size'
	),
	c(
		'Bij de betoging in Brest liepen ongeveer 5000 mensen mee.',
		'ongeveer 5000',
		5000,
		'approx',
		'protest_size'
	),
	c(
		'Tienduizenden demonstranten gingen de straat op, 200 van hen werden opgepakt.',
		'Tienduizenden',
		10_000,
		'magnitude',
		'protest_size'
	),
	c(
		'Tienduizenden demonstranten gingen de straat op, 200 van hen werden opgepakt.',
		'200',
		200,
		'exact',
		'arrests'
	),
	c('Twee oppositieleden kregen huisarrest in plaats van een cel.', 'Twee', 2, 'exact', 'house_arrest'),
	c('Het gesprek tussen de twee leiders duurde 3 uur.', '3 uur', 3, 'exact', 'duration'),
	c(
		'Loekasjenko werd met 80 procent herkozen, aldus de kiescommissie.',
		'80 procent',
		80,
		'exact',
		'vote_share'
	),
	c('De 66-jarige president sprak de menigte toe.', '66', 66, 'exact', 'none'),
	c('Een 19-jarige student werd hardhandig aangehouden.', '19', 19, 'exact', 'none'),
	c('De president belde twee keer met het Kremlin.', 'twee', 2, 'exact', 'none'),
	c('Sinds 1994 regeert hij het land met harde hand.', '1994', 1994, 'exact', 'none'),
	c(
		'Bij een pro-regeringsbetoging waren volgens de staatstelevisie 50.000 aanhangers.',
		'50.000',
		50_000,
		'exact',
		'protest_size'
	),
	c(
		'Nog geen 100 mensen kwamen af op de steunbijeenkomst voor de president.',
		'Nog geen 100',
		100,
		'approx',
		'protest_size'
	),
	c('Duizenden mensen zitten nog vast in overvolle cellen.', 'Duizenden', 1000, 'magnitude', 'arrests')
];

describe('guessMetric on new sentences', () => {
	it.each(cases)(
		'finds the value and hedge of "$words" in "$sentence"',
		({ sentence, words, value, qualifier }) => {
			const found = findNumbers(sentence).find((n) => n.text === words);
			expect(found).toMatchObject({ value, qualifier });
		}
	);

	it('guesses the metric of at least 90 % of them', () => {
		const wrong = cases.filter(({ sentence, words, metric }) => {
			const number = findNumbers(sentence).find((n) => n.text === words);
			return !number || guessMetric(sentence, number) !== metric;
		});
		expect(wrong.length / cases.length, JSON.stringify(wrong.map((w) => w.sentence))).toBeLessThanOrEqual(
			0.1
		);
	});

	it('reads no ordinal or birthday as a number', () => {
		expect(findNumbers('Loekasjenko vierde zijn 66e verjaardag in stilte.')).toEqual([]);
		expect(findNumbers('Voor de vijfde zondag op rij werd er gedemonstreerd.')).toEqual([]);
	});

	it('reads the arrests of "van wie 500 in Minsk" from the clause before it', () => {
		const sentence = 'Zaterdag werden 420 betogers opgepakt, van wie 300 in Minsk.';
		const [, part] = findNumbers(sentence);
		expect(guessMetric(sentence, part)).toBe('arrests');
	});
});
