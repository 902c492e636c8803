import { describe, expect, it } from 'vitest';
import { findPlaces, type PlaceName } from '../../../src/lib/extract/places';

const places: PlaceName[] = [
	{ id: 'belarus', names: ['Belarus', 'Wit-Rusland', 'Belarussische', 'Wit-Russische', 'Wit-Russen'] },
	{ id: 'russia', names: ['Rusland', 'Russische', 'Kremlin'] },
	{ id: 'minsk', names: ['Minsk'] },
	{ id: 'lithuania', names: ['Litouwen'] },
	{ id: 'ukraine', names: ['Oekraïne'] },
	{ id: 'brussels', names: ['Brussel', 'EU-landen'] }
];

const cases: { input: string; expected: string[] }[] = [
	{ input: 'Zondag werden 774 betogers opgepakt, van wie 500 in de hoofdstad Minsk.', expected: ['minsk'] },
	// Whole words only: "Rusland" is no match inside "Wit-Rusland", nor "Russische" inside "Wit-Russische".
	{ input: 'In Wit-Rusland werd afgelopen week massaal gedemonstreerd.', expected: ['belarus'] },
	{ input: 'De Wit-Russische president belde de Russische president.', expected: ['belarus', 'russia'] },
	{ input: 'Wit-Rusland heeft een getroebleerde relatie met Rusland.', expected: ['belarus', 'russia'] },
	{ input: 'Minsker bier en Minsks straten', expected: [] },
	// In order of first mention, each once.
	{ input: 'Litouwen, Rusland, Litouwen en Belarus', expected: ['lithuania', 'russia', 'belarus'] },
	{ input: 'Het Kremlin en Rusland', expected: ['russia'] },
	{ input: 'Litouwen, Letland, Polen en Oekraïne', expected: ['lithuania', 'ukraine'] },
	// A name may open a compound after it, not after a hyphen before it.
	{ input: 'De EU-landen en de Minsk-route', expected: ['brussels', 'minsk'] },
	{ input: 'het Oost-Minsk', expected: [] },
	// The first letter must be as written; the rest may be in capitals.
	{ input: 'minsk en MINSK', expected: ['minsk'] },
	{ input: '', expected: [] }
];

describe('findPlaces', () => {
	it.each(cases)('$input', ({ input, expected }) => {
		expect(findPlaces(input, places)).toEqual(expected);
	});

	it('finds nothing without places', () => {
		expect(findPlaces('Minsk', [])).toEqual([]);
	});

	it('escapes names that hold pattern characters', () => {
		const odd: PlaceName[] = [{ id: 'border', names: ['Westgrens (oefengebied)', 'KGB-gevangenis, Minsk'] }];
		expect(findPlaces('bij de Westgrens (oefengebied) en de KGB-gevangenis, Minsk', odd)).toEqual(['border']);
	});

	it('gives every id a shared name belongs to', () => {
		const shared: PlaceName[] = [
			{ id: 'minsk', names: ['Minsk'] },
			{ id: 'minsk_region', names: ['Minsk', 'Oblast Minsk'] }
		];
		expect(findPlaces('in Minsk', shared)).toEqual(['minsk', 'minsk_region']);
	});
});
