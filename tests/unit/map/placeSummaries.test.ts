/** Which places the map marks in a range, how many records each holds, and how big its mark is. */
import { describe, expect, it } from 'vitest';
import { placeRadius, placeSummaries } from '../../../src/lib/charts/placeSummaries';
import { validateDataset } from '../../../src/lib/data/validate';
import { readDataFiles } from '../../../src/scripts/read-data';

const d = validateDataset(readDataFiles());
const { period } = d;
const count = (s: { figures: unknown[]; events: unknown[] }) => s.figures.length + s.events.length;

describe('placeSummaries', () => {
	it.each([
		{
			range: 'September',
			from: '2020-09-01',
			to: '2020-09-30',
			// 13 Sept (arrests, the march), 14 Sept (Sochi: meeting and loan; Tsikhanouskaya in Lithuania).
			places: ['belarus', 'lithuania', 'minsk', 'sochi']
		},
		{
			range: 'the election day',
			from: '2020-08-09',
			to: '2020-08-09',
			places: ['belarus']
		},
		{
			range: 'October',
			from: '2020-10-01',
			to: period.to,
			places: ['belarus', 'brussels', 'kgb_prison', 'lithuania', 'minsk']
		},
		{
			range: 'the whole period',
			from: period.from,
			to: period.to,
			places: [
				'belarus',
				'brussels',
				'kgb_prison',
				'latvia',
				'lithuania',
				'minsk',
				'moscow',
				'poland',
				'sochi',
				'ukraine',
				'western_border'
			]
		}
	])('marks only the places with records in $range', ({ from, to, places }) => {
		expect(
			placeSummaries(d, { from, to })
				.map((s) => s.place.id)
				.sort()
		).toEqual(places);
	});

	it.each([
		{ place: 'belarus', figures: 16, events: 14 },
		{ place: 'minsk', figures: 3, events: 3 },
		// the house arrest; the meeting and Tsikhanouski's call (the meeting's length describes the meeting)
		{ place: 'kgb_prison', figures: 1, events: 2 },
		{ place: 'brussels', figures: 0, events: 6 },
		// two calls: "twee telefoongesprekken" describes them and is no third
		{ place: 'moscow', figures: 0, events: 2 },
		{ place: 'sochi', figures: 1, events: 2 },
		// her Telegram words describe her warning, and are not counted again
		{ place: 'lithuania', figures: 0, events: 5 },
		{ place: 'latvia', figures: 0, events: 1 },
		{ place: 'poland', figures: 0, events: 1 },
		{ place: 'ukraine', figures: 0, events: 1 },
		{ place: 'western_border', figures: 0, events: 1 }
	])(
		'counts figures ($figures) and events ($events) at $place over the whole period',
		({ place, figures, events }) => {
			const s = placeSummaries(d, { ...period }).find((x) => x.place.id === place);
			expect({ figures: s?.figures.length, events: s?.events.length }).toEqual({ figures, events });
		}
	);

	it('leaves out a place the articles name but date nothing at (Russia as a country)', () => {
		expect(placeSummaries(d, { ...period }).map((s) => s.place.id)).not.toContain('russia');
	});

	it('puts no record on the map without a place, nor one that describes another', () => {
		const ids = placeSummaries(d, { ...period }).flatMap((s) => [...s.figures, ...s.events].map((r) => r.id));
		expect(ids).not.toContain('statement-000-nato-denial');
		expect(ids).not.toContain('call-000-two-calls');
		expect(ids).not.toContain('statement-004-tichanovskaja-telegram');
		expect(ids).not.toContain('duration-001-kgb-meeting');
	});

	it('counts a record whose days only overlap the range (the exercises of 17-20 August from the 19th)', () => {
		const [s] = placeSummaries(d, { from: '2020-08-19', to: '2020-08-19' }).filter(
			(x) => x.place.id === 'western_border'
		);
		expect(s.events.map((e) => e.id)).toEqual(['exercise-000-western-border']);
	});
});

describe('placeRadius', () => {
	const withRecords = (n: number) => ({
		figures: Array.from({ length: n }, () => ({}) as never),
		events: []
	});

	it.each([
		{ records: 1, radius: 7 },
		{ records: 2, radius: 8 },
		{ records: 4, radius: 10 },
		{ records: 9, radius: 13 },
		{ records: 25, radius: 19 }
	])('gives a place with $records records a mark of radius $radius', ({ records, radius }) => {
		expect(placeRadius(withRecords(records))).toBe(radius);
	});

	it('grows with the number of records, never shrinks', () => {
		const radii = Array.from({ length: 30 }, (_, i) => placeRadius(withRecords(i + 1)));
		for (let i = 1; i < radii.length; i++) expect(radii[i]).toBeGreaterThanOrEqual(radii[i - 1]);
		expect(radii[29]).toBeGreaterThan(radii[0]);
	});

	it('makes the busiest place of the whole period the biggest mark', () => {
		const summaries = placeSummaries(d, { ...period });
		const busiest = summaries.reduce((a, b) => (count(b) > count(a) ? b : a));
		expect(busiest.place.id).toBe('belarus');
		for (const s of summaries) expect(placeRadius(s)).toBeLessThanOrEqual(placeRadius(busiest));
	});
});
