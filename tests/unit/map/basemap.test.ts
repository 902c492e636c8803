import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { geoArea, geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { BELARUS_ID, basemapBorders, basemapCountries } from '$lib/map/basemap';
import { MAP_EXTENT_LONLAT, svgMapPaths } from '$lib/map/projection';

const basemapFile = new URL('../../../src/lib/map/basemap.topo.json', import.meta.url);

const places = {
	minsk: [27.56, 53.9],
	vilnius: [25.28, 54.69],
	brussels: [4.35, 50.85],
	moscow: [37.6, 55.75],
	sochi: [39.72, 43.59],
	// Crimea is Ukraine's under international law; build-basemap.ts moves it out of world-atlas's Russia.
	simferopol: [34.1, 44.95]
} satisfies Record<string, [number, number]>;

function country(name: string) {
	const found = basemapCountries().features.find((feature) => feature.properties.name === name);
	if (!found) throw new Error(`${name} is not in the basemap`);
	return found;
}

describe('basemap', () => {
	it.each([
		{ name: 'Belarus', id: '112' },
		{ name: 'Lithuania', id: '440' },
		{ name: 'Latvia', id: '428' },
		{ name: 'Poland', id: '616' },
		{ name: 'Ukraine', id: '804' },
		{ name: 'Russia', id: '643' },
		{ name: 'Belgium', id: '056' }
	])('has $name with its ISO numeric id $id', ({ name, id }) => {
		expect(country(name).id).toBe(id);
	});

	it('gives every country a distinct id and a name', () => {
		const { features } = basemapCountries();
		expect(new Set(features.map((feature) => feature.id)).size).toBe(features.length);
		for (const feature of features) expect(feature.properties.name).toMatch(/\w/);
		expect(BELARUS_ID).toBe(country('Belarus').id);
	});

	it('has no country turned inside out (a ring wound the wrong way covers the globe)', () => {
		for (const feature of basemapCountries().features) expect(geoArea(feature)).toBeLessThan(0.5);
	});

	it('is at most 40 KB gzipped', () => {
		expect(gzipSync(readFileSync(basemapFile)).byteLength).toBeLessThanOrEqual(40 * 1024);
	});

	it.each([
		{ place: 'Minsk', point: places.minsk, name: 'Belarus' },
		{ place: 'Vilnius', point: places.vilnius, name: 'Lithuania' },
		{ place: 'Brussels', point: places.brussels, name: 'Belgium' },
		{ place: 'Sochi', point: places.sochi, name: 'Russia' },
		{ place: 'Simferopol (Crimea)', point: places.simferopol, name: 'Ukraine' }
	])('puts $place inside $name and no other country', ({ point, name }) => {
		const containing = basemapCountries().features.filter((feature) => geoContains(feature, point));
		expect(containing.map((feature) => feature.properties.name)).toEqual([name]);
	});

	it("draws all of landlocked Belarus's outline as land border", () => {
		const borderPoints = new Set(
			basemapBorders()
				.coordinates.flat()
				.map((point) => point.join(','))
		);
		const belarus = country('Belarus').geometry;
		const outline = belarus.type === 'Polygon' ? belarus.coordinates[0] : belarus.coordinates[0][0];
		for (const point of outline) expect(borderPoints).toContain(point.join(','));
	});

	it('draws no border across the Perekop isthmus: Crimea and mainland Ukraine are one country', () => {
		const inCrimea = ([lon, lat]: number[]) => lon > 32.4 && lon < 36.7 && lat > 44.3 && lat < 46.3;
		expect(basemapBorders().coordinates.flat().filter(inCrimea)).toEqual([]);
	});

	it('draws no border along the cut edge of the box', () => {
		const onEdge = ([lon, lat]: number[]) => lon <= -5 || lon >= 50 || lat <= 38 || lat >= 65;
		for (const line of basemapBorders().coordinates) {
			// A border may end on the edge, but no stretch of it runs along the edge.
			for (let i = 1; i < line.length; i++) expect(onEdge(line[i - 1]) && onEdge(line[i])).toBe(false);
		}
	});
});

describe('svgMapPaths', () => {
	const width = 800;
	const height = 600;
	const map = svgMapPaths(width, height);

	it.each(Object.entries(places))('puts %s inside the 800 × 600 frame', (_, [lon, lat]) => {
		const [x, y] = map.project(lon, lat);
		expect(x).toBeGreaterThan(0);
		expect(x).toBeLessThan(width);
		expect(y).toBeGreaterThan(0);
		expect(y).toBeLessThan(height);
	});

	it('puts the corners of the default extent inside the frame', () => {
		const [[west, south], [east, north]] = MAP_EXTENT_LONLAT;
		for (const [lon, lat] of [
			[west, south],
			[west, north],
			[east, south],
			[east, north]
		]) {
			const [x, y] = map.project(lon, lat);
			expect(x >= 0 && x <= width && y >= 0 && y <= height).toBe(true);
		}
	});

	it('marks Belarus, and only Belarus', () => {
		expect(map.countries.filter((c) => c.isBelarus).map((c) => c.name)).toEqual(['Belarus']);
	});

	it('writes no number with more than 1 decimal', () => {
		const pathData = [...map.countries.map((c) => c.d), map.borders];
		for (const d of pathData) {
			expect(d).toMatch(/^M/);
			expect(d).not.toMatch(/\d\.\d\d/);
			expect(d).not.toMatch(/[eE]/);
		}
	});

	it('keeps the path data compact', () => {
		const characters = map.countries.reduce((sum, c) => sum + c.d.length, map.borders.length);
		expect(characters).toBeLessThan(150_000);
	});
});
