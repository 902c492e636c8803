/**
 * Builds `src/lib/map/basemap.topo.json`, the bundled basemap of the dashboard: Natural Earth country
 * polygons (world-atlas 2.0.2, 1:10m) cut to Europe from Brussels to Moscow and Sochi, simplified and
 * quantized. No tile server is reachable and readers' IPs should not be sent to one, so this file is the map.
 *
 * Run with `npm run basemap` (`npx tsx src/scripts/build-basemap.ts`). The output is deterministic: the same
 * input gives the same bytes, so a diff of the committed file means the input or this script changed.
 *
 * Why 1:10m and not 1:50m: at Leaflet zoom 7 (~0.7 km a pixel at 54°N) 1:50m borders smooth over bends
 * of a few pixels, and 1:10m, simplified with the weights below, keeps them for about the same bytes
 * (25 KB gzip against 22 KB). (1:10m's mis-wound Maldives ring lies outside the box.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { geoClipRectangle } from 'd3-geo';
import type { GeoStream } from 'd3-geo';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import {
	filter,
	filterWeight,
	presimplify,
	simplify,
	sphericalRingArea,
	sphericalTriangleArea
} from 'topojson-simplify';
import type { RingWeighter, Triangle } from 'topojson-simplify';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';

const worldAtlasFile = fileURLToPath(
	new URL('../../node_modules/world-atlas/countries-10m.json', import.meta.url)
);
const basemapFile = fileURLToPath(new URL('../lib/map/basemap.topo.json', import.meta.url));

/**
 * Everything outside this lon/lat box is cut off. It holds the dashboard's extent (Brussels, Moscow,
 * Sochi) with a few degrees to spare, so the corners of a conic map fitted to that extent are still land
 * or sea rather than an empty cut.
 */
const CLIP_BOX = { west: -5, south: 38, east: 50, north: 65 } as const;

/**
 * Belarus and its neighbours in full (Poland to western Russia, Latvia to Crimea), where the map is looked
 * at closest (Leaflet zoom 5-7): lines here keep more points than the rest of Europe, which is context.
 */
const DETAIL_BOX = { west: 14, south: 44, east: 41, north: 59 } as const;

/**
 * Visvalingam weights are spherical triangle areas in steradians; 1 km² is 1 / 6371² sr, about 2.5e-8 sr.
 * Near Belarus a point goes when its triangle is under ~2 km², four pixels at zoom 7 (a pixel is ~0.5 km²
 * there); elsewhere under ~20 km², two or three pixels at zoom 5. Together these give ~25 KB gzip.
 */
const MIN_WEIGHT = 5e-8;
const OUTSIDE_DETAIL_WEIGHT_FACTOR = 10;

/** Islands and lakes under ~25 km² are dropped: a dot at zoom 5, and most are far from Belarus. */
const MIN_RING_AREA = 6e-7;

/**
 * 10⁴ steps across the 55° × 27° box: 0.0055° × 0.0027°, under a pixel at zoom 7 (0.011° of longitude).
 */
const QUANTIZATION = 1e4;

/** Clipped coordinates are rounded to 10⁻⁶ degrees, so both sides of a border cut at the box edge meet exactly. */
const COORDINATE_PRECISION = 1e6;

/**
 * Kosovo has no ISO 3166 numeric code, so world-atlas gives it no id; it gets its commonly used
 * user-assigned alpha-2 code instead. Any other country without an id stops the build.
 */
const idsOfCountriesWithoutIsoNumeric: Record<string, string> = { Kosovo: 'XK' };

/**
 * Crimea: world-atlas draws it as part of Russia (Natural Earth's de facto borders since 2014). A Dutch
 * newsroom follows international law, which recognises it as Ukraine's, as the Netherlands and the UN
 * General Assembly (resolution 68/262) do. So its polygon, found by Simferopol, is moved into Ukraine:
 * the line across the Perekop isthmus is then inside one country and not drawn as a border, and the
 * Kerch Strait becomes the sea between Ukraine and Russia.
 */
const CRIMEA = { from: 'Russia', to: 'Ukraine', inside: [34.1, 44.95] as Position } as const;

type CountryProperties = { name: string };
type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>;

function roundCoordinate(value: number): number {
	return Math.round(value * COORDINATE_PRECISION) / COORDINATE_PRECISION;
}

/** Twice the signed planar area; positive for a ring that turns clockwise in lon/lat with y pointing up. */
function clockwiseArea(ring: Position[]): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		sum += ring[i][0] * ring[j][1] - ring[j][0] * ring[i][1];
	}
	return sum;
}

function ringContainsPoint(ring: Position[], [x, y]: Position): boolean {
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i];
		const [xj, yj] = ring[j];
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

/**
 * Cuts a (multi)polygon to the box, treating lon/lat as a plane, which is what a box of meridians and
 * parallels is. d3-geo's rectangle clip does the cutting and rejoins cut rings along the box edge; it works
 * in screen coordinates (y down), so latitude is negated going in and out. Rings keep their winding
 * (d3's convention: exteriors clockwise on the map), so exteriors and holes are told apart by it afterwards.
 */
function clipToBox(geometry: Polygon | MultiPolygon, box: typeof CLIP_BOX): Polygon | MultiPolygon | null {
	const outputRings: Position[][] = [];
	let ring: Position[] = [];
	const collector: GeoStream = {
		point(x, y) {
			const point = [roundCoordinate(x), roundCoordinate(-y)];
			const previous = ring[ring.length - 1];
			if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) ring.push(point);
		},
		lineStart() {
			ring = [];
		},
		lineEnd() {
			const [first] = ring;
			const last = ring[ring.length - 1];
			if (first[0] !== last[0] || first[1] !== last[1]) ring.push([first[0], first[1]]);
			if (ring.length >= 4) outputRings.push(ring);
		},
		polygonStart() {},
		polygonEnd() {},
		sphere() {}
	};
	const clip = geoClipRectangle(box.west, -box.north, box.east, -box.south)(collector);
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	for (const polygon of polygons) {
		clip.polygonStart();
		for (const inputRing of polygon) {
			clip.lineStart();
			// A GeoJSON ring repeats its first point at the end; a d3 stream ring does not.
			for (const [lon, lat] of inputRing.slice(0, -1)) clip.point(lon, -lat, undefined);
			clip.lineEnd();
		}
		clip.polygonEnd();
	}

	const exteriors = outputRings.filter((r) => clockwiseArea(r) > 0);
	const holes = outputRings.filter((r) => clockwiseArea(r) < 0);
	const clipped: Position[][][] = exteriors.map((exterior) => [exterior]);
	for (const hole of holes) {
		const owner = clipped.find(([exterior]) => ringContainsPoint(exterior, hole[0]));
		if (!owner) throw new Error('a hole left outside every clipped polygon');
		owner.push(hole);
	}
	if (clipped.length === 0) return null;
	return clipped.length === 1
		? { type: 'Polygon', coordinates: clipped[0] }
		: { type: 'MultiPolygon', coordinates: clipped };
}

function isInBox([lon, lat]: readonly number[], box: typeof DETAIL_BOX): boolean {
	return lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north;
}

/**
 * A point's weight is its triangle's spherical area (a point goes when its weight is under MIN_WEIGHT),
 * made smaller away from Belarus and its neighbours, so points there go sooner.
 */
function detailWeightedArea(triangle: Triangle): number {
	const area = sphericalTriangleArea(triangle);
	return isInBox(triangle[1], DETAIL_BOX) ? area : area / OUTSIDE_DETAIL_WEIGHT_FACTOR;
}

/** Moves the polygon of `from` that holds the point `inside` into `to`, in place. */
function movePolygon(countries: CountryFeature[], { from, to, inside }: typeof CRIMEA): void {
	const source = countries.find((country) => country.properties.name === from);
	const target = countries.find((country) => country.properties.name === to);
	if (!source || !target || source.geometry.type !== 'MultiPolygon') {
		throw new Error(`cannot move a polygon from ${from} to ${to}: not both in world-atlas as expected`);
	}
	const index = source.geometry.coordinates.findIndex(([exterior]) => ringContainsPoint(exterior, inside));
	if (index === -1) throw new Error(`no polygon of ${from} holds ${inside.join(', ')}`);
	const [polygon] = source.geometry.coordinates.splice(index, 1);
	target.geometry =
		target.geometry.type === 'Polygon'
			? { type: 'MultiPolygon', coordinates: [target.geometry.coordinates, polygon] }
			: { type: 'MultiPolygon', coordinates: [...target.geometry.coordinates, polygon] };
}

function readCountries(): CountryFeature[] {
	const world = JSON.parse(readFileSync(worldAtlasFile, 'utf8')) as Topology<{
		countries: GeometryCollection<CountryProperties>;
	}>;
	const countries = feature(world, world.objects.countries) as FeatureCollection<
		Polygon | MultiPolygon,
		CountryProperties
	>;
	movePolygon(countries.features, CRIMEA);
	const kept: CountryFeature[] = [];
	for (const country of countries.features) {
		const geometry = clipToBox(country.geometry, CLIP_BOX);
		if (!geometry) continue;
		const name = country.properties.name;
		const id = country.id === undefined ? idsOfCountriesWithoutIsoNumeric[name] : String(country.id);
		if (!id) throw new Error(`${name} has no ISO numeric id in world-atlas and no fallback id here`);
		kept.push({ type: 'Feature', id, properties: { name }, geometry });
	}
	// Sorted by id, so the output does not depend on world-atlas's order and diffs stay readable.
	return kept.sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
}

function buildBasemap(): Topology {
	const countries = readCountries();
	const ids = new Set(countries.map((country) => country.id));
	if (ids.size !== countries.length) throw new Error('two basemap countries share an id');

	const collection: FeatureCollection<Polygon | MultiPolygon, CountryProperties> = {
		type: 'FeatureCollection',
		features: countries
	};
	const built = topology({ countries: collection }) as Topology<Objects<CountryProperties>>;
	const simplified = simplify(presimplify(built, detailWeightedArea), MIN_WEIGHT);
	// filterWeight calls the weight with (ring, interior), so holes are measured as holes; its types
	// declare only the ring.
	const ringArea = sphericalRingArea as RingWeighter;
	const filtered = filter(simplified, filterWeight(simplified, MIN_RING_AREA, ringArea));
	return quantize(filtered, QUANTIZATION);
}

function main(): void {
	const basemap = buildBasemap();
	const json = JSON.stringify(basemap);
	writeFileSync(basemapFile, json);
	const objects = basemap.objects.countries as GeometryCollection;
	const rawKb = (Buffer.byteLength(json) / 1024).toFixed(1);
	const gzipKb = (gzipSync(json).byteLength / 1024).toFixed(1);
	console.log(
		`basemap.topo.json: ${objects.geometries.length} countries, ${basemap.arcs.length} arcs, ` +
			`${rawKb} KB raw, ${gzipKb} KB gzip`
	);
}

main();
