/** What the Leaflet map draws: every word and number of it, shaped and worded without a DOM. */
import { describe, expect, it } from 'vitest';
import { placeSummaries } from '../../../src/lib/charts/placeSummaries';
import { validateDataset } from '../../../src/lib/data/validate';
import { mapData } from '../../../src/lib/map/mapData';
import { readDataFiles } from '../../../src/scripts/read-data';

const d = validateDataset(readDataFiles());
const { period } = d;
const whole = placeSummaries(d, { ...period });

describe('mapData', () => {
	const data = mapData(whole, d.articles, 'nl');
	const place = (id: string) => data.places.find((p) => p.id === id)!;

	it('has one place per place with records, biggest first', () => {
		expect(data.places.map((p) => p.id).sort()).toEqual(whole.map((s) => s.place.id).sort());
		const radii = data.places.map((p) => p.radius);
		expect(radii).toEqual([...radii].sort((a, b) => b - a));
	});

	it('words the circle, the popup and the controls in the page language', () => {
		expect(place('minsk')).toMatchObject({
			name: 'Minsk',
			label: 'Minsk: 6 cijfers en gebeurtenissen',
			count: '6 cijfers en gebeurtenissen'
		});
		expect(data.text).toEqual({
			label: 'Kaart van Belarus en de buurlanden met de plaatsen uit de artikelen',
			zoomIn: 'Inzoomen',
			zoomOut: 'Uitzoomen',
			close: 'Sluiten',
			showSource: 'Toon bron'
		});
		const en = mapData(whole, d.articles, 'en');
		expect(en.places.find((p) => p.id === 'sochi')!.name).toBe('Sochi');
		expect(en.text.showSource).toBe('Show source');
	});

	it("lists each record with its quote, in its article's language", () => {
		const sochi = place('sochi');
		const loan = d.figures.find((f) => f.id === 'loan-004-russia')!;
		const entry = sochi.entries.find((e) => e.id === loan.id)!;
		expect(entry).toMatchObject({
			headline: 'Lening: 1,5 miljard dollar',
			quote: loan.quote,
			quoteLang: 'nl'
		});
		const summary = whole.find((s) => s.place.id === 'sochi')!;
		expect(sochi.entries).toHaveLength(summary.figures.length + summary.events.length);
	});

	it('gives each place the days the charts light up, and the exercise zone as [lat, lon] rings', () => {
		expect(place('sochi')).toMatchObject({ x0: '2020-09-14', x1: '2020-09-14' });
		const zone = place('western_border');
		const source = d.places.find((p) => p.id === 'western_border')!.geometry;
		expect(source.type).toBe('Polygon');
		const [lon, lat] = (source.coordinates as number[][][])[0][0];
		expect(zone.area![0][0]).toEqual([lat, lon]);
		expect(data.places.filter((p) => p.area)).toHaveLength(1);
	});

	it('places names as the static map does, with none for a building', () => {
		expect(place('minsk')).toMatchObject({ labelSide: 'left', minor: false });
		expect(place('western_border')).toMatchObject({ labelSide: 'left', minor: true });
		expect(place('belarus')).toMatchObject({ labelSide: 'right', minor: false });
		expect(place('kgb_prison').labelSide).toBeNull();
	});

	it('asks for tiles only when a tile server is configured', () => {
		expect(data.tiles).toBeNull();
		expect(mapData(whole, d.articles, 'nl', { url: '', attribution: '' }).tiles).toBeNull();
		const tiles = { url: 'https://tiles.example/{z}/{x}/{y}.png', attribution: '© Example' };
		expect(mapData(whole, d.articles, 'nl', tiles).tiles).toEqual(tiles);
	});

	it('survives JSON: what the page carries is what the script reads', () => {
		expect(JSON.parse(JSON.stringify(data))).toEqual(data);
	});
});
