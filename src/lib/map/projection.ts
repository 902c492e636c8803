/**
 * The projection of the dashboard's static map (server-rendered SVG and SVG exports). Pure: no DOM.
 *
 * Why Lambert conic conformal: the map spans ~40° of longitude at mid-latitudes (45-60°N), which is what
 * conics are made for, and conformal keeps shapes true locally, so Belarus and its neighbours look as
 * readers know them (and as in the Leaflet map) rather than squashed or sheared. It is also the projection
 * of the EU's own map of Europe (ETRS89-LCC, EPSG:3034). The map has dots, not shaded areas, so an
 * equal-area conic's truer areas would not buy anything.
 */
import { geoBounds, geoConicConformal, geoPath } from 'd3-geo';
import type { GeoConicProjection, GeoStream } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPoint, Position } from 'geojson';
import { BELARUS_ID, basemapBorders, basemapCountries } from './basemap';
import { MAP_EXTENT_LONLAT, type LonLatBox } from './extent';

export { MAP_EXTENT_LONLAT, type LonLatBox };

/** The part of the drawing area kept free on every side, as a share of its shorter side. */
const MARGIN_SHARE = 0.03;

/**
 * How far, in pixels, a drawn line may stray from the basemap's: the basemap keeps detail for Leaflet at
 * zoom 7, ten times the scale of an 800-pixel map of Europe, so most of its points are noise here.
 * Half a pixel halves the path data and cannot be seen.
 */
const PIXEL_TOLERANCE = 0.5;

/** Points every degree along the box's edges. */
const BOX_EDGE_STEP = 1;

/**
 * A box of meridians and parallels as points along its edges, to fit a projection to. A polygon would
 * not do: d3-geo joins its corners by great circles, which cut across the parallels, so the box's top
 * edge would sag south of the parallel it stands for.
 */
export function lonLatBoxFeature([[west, south], [east, north]]: LonLatBox): Feature<MultiPoint> {
	const points: Position[] = [];
	const lonSteps = Math.max(1, Math.ceil((east - west) / BOX_EDGE_STEP));
	const latSteps = Math.max(1, Math.ceil((north - south) / BOX_EDGE_STEP));
	for (let i = 0; i <= lonSteps; i++) {
		const lon = west + ((east - west) * i) / lonSteps;
		points.push([lon, south], [lon, north]);
	}
	for (let i = 1; i < latSteps; i++) {
		const lat = south + ((north - south) * i) / latSteps;
		points.push([west, lat], [east, lat]);
	}
	return { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: points } };
}

/**
 * A Lambert conic conformal projection fitted to `extent` inside `width` × `height`, with a margin.
 * It is centred on the extent's middle meridian, and its standard parallels are a sixth of the extent's
 * latitude span in from its south and north edges, the usual rule that spreads the scale error evenly.
 */
export function mapProjection(
	width: number,
	height: number,
	extent: Feature | FeatureCollection
): GeoConicProjection {
	const [[west, south], [east, north]] = geoBounds(extent);
	// geoBounds gives west > east for an extent across the antimeridian; not expected here, but handled.
	const centralMeridian = west <= east ? (west + east) / 2 : (west + east + 360) / 2;
	const latSpan = north - south;
	const margin = Math.min(width, height) * MARGIN_SHARE;
	return geoConicConformal()
		.rotate([-centralMeridian, 0])
		.parallels([south + latSpan / 6, north - latSpan / 6])
		.fitExtent(
			[
				[margin, margin],
				[width - margin, height - margin]
			],
			extent
		);
}

export interface SvgMapCountry {
	/** ISO 3166 numeric code as in world-atlas ('112' is Belarus). */
	id: string;
	/** Natural Earth's short English name. */
	name: string;
	/** SVG path data in pixels, numbers to 1 decimal. */
	d: string;
	isBelarus: boolean;
}

export interface SvgMapPaths {
	/** The countries with something inside the frame, in a stable order (by id). */
	countries: SvgMapCountry[];
	/** SVG path data of the land borders between countries, to stroke on top of the fills. */
	borders: string;
	/** Pixel position of a point given in degrees. */
	project: (lon: number, lat: number) => [number, number];
}

/**
 * Indices of the points to keep so that the line strays at most `tolerance` from the original
 * (Douglas-Peucker). The first and last points are always kept, so lines still meet at their ends.
 */
function pointsToKeep(line: [number, number][], tolerance: number): boolean[] {
	const keep = line.map(() => false);
	keep[0] = keep[line.length - 1] = true;
	const spans: [number, number][] = [[0, line.length - 1]];
	for (let span = spans.pop(); span; span = spans.pop()) {
		const [start, end] = span;
		const [ax, ay] = line[start];
		const [bx, by] = line[end];
		const length = Math.hypot(bx - ax, by - ay);
		let farthest = -1;
		let farthestDistance = tolerance;
		for (let i = start + 1; i < end; i++) {
			const [px, py] = line[i];
			const distance =
				length === 0
					? Math.hypot(px - ax, py - ay)
					: Math.abs((bx - ax) * (py - ay) - (by - ay) * (px - ax)) / length;
			if (distance > farthestDistance) [farthest, farthestDistance] = [i, distance];
		}
		if (farthest !== -1) {
			keep[farthest] = true;
			spans.push([start, farthest], [farthest, end]);
		}
	}
	return keep;
}

/**
 * A stream step that simplifies each projected line and ring in pixels. It runs after d3-geo has
 * projected and clipped, so it works on the plane and cannot turn a ring inside out on the sphere.
 * Neighbours' shared edges may be simplified a little differently, well under a pixel apart.
 */
function simplifyInPixels(tolerance: number): (output: GeoStream) => GeoStream {
	return (output) => {
		let line: [number, number][] | undefined;
		return {
			point(x, y) {
				if (line) line.push([x, y]);
				else output.point(x, y);
			},
			lineStart() {
				line = [];
			},
			lineEnd() {
				const points = line ?? [];
				line = undefined;
				const keep = pointsToKeep(points, tolerance);
				output.lineStart();
				points.forEach(([x, y], i) => keep[i] && output.point(x, y));
				output.lineEnd();
			},
			polygonStart: () => output.polygonStart(),
			polygonEnd: () => output.polygonEnd(),
			sphere: () => output.sphere?.()
		};
	};
}

/**
 * The basemap as SVG path data for a `width` × `height` map of MAP_EXTENT_LONLAT. Shapes are clipped
 * to the frame, simplified to half a pixel and written with 1 decimal (a tenth of a pixel), so a
 * server-rendered map or an exported SVG carries only what shows. The last size asked for is remembered,
 * as a page renders the same map again; treat the result as read-only.
 */
export function svgMapPaths(width: number, height: number): SvgMapPaths {
	const key = `${width}×${height}`;
	if (lastSvgMapPaths?.key === key) return lastSvgMapPaths.paths;

	const projection = mapProjection(width, height, lonLatBoxFeature(MAP_EXTENT_LONLAT)).clipExtent([
		[0, 0],
		[width, height]
	]);
	const simplify = simplifyInPixels(PIXEL_TOLERANCE);
	const path = geoPath({ stream: (output: GeoStream) => projection.stream(simplify(output)) }).digits(1);
	const countries = basemapCountries()
		.features.map((country) => {
			const id = String(country.id);
			return { id, name: country.properties.name, d: path(country) ?? '', isBelarus: id === BELARUS_ID };
		})
		.filter((country) => country.d !== '');
	const project = (lon: number, lat: number): [number, number] => {
		const [x, y] = projection([lon, lat]) ?? [NaN, NaN];
		return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
	};
	const paths = { countries, borders: path(basemapBorders()) ?? '', project };
	lastSvgMapPaths = { key, paths };
	return paths;
}

// Only one size is remembered, not every size asked for: a width can come from a URL, and a cache keyed
// by it would grow without bound on the server.
let lastSvgMapPaths: { key: string; paths: SvgMapPaths } | undefined;

/** Where each place goes on a map of a given size, and the outline of an area place as path data. */
export interface MapPoint {
	x: number;
	y: number;
	area: string | null;
}

/**
 * Everything the SVG map draws, in pixels: the places' points and, when `withBasemap`, the countries
 * and borders. Computed on the server: the dashboard sends only the points to the browser (the
 * basemap there is a prerendered image, `/map/basemap-<theme>.svg`, and Leaflet's own chunk), so
 * d3-geo and the basemap stay out of the page's first JavaScript.
 */
export interface MapLayout {
	width: number;
	height: number;
	points: Record<string, MapPoint>;
	basemap: { countries: SvgMapPaths['countries']; borders: string } | null;
}

export function mapLayout(
	places: { id: string; lon: number; lat: number; geometry: { type: string; coordinates: unknown } }[],
	width: number,
	height: number,
	withBasemap: boolean
): MapLayout {
	const paths = svgMapPaths(width, height);
	const points: Record<string, MapPoint> = {};
	for (const p of places) {
		const [x, y] = paths.project(p.lon, p.lat);
		const rings = p.geometry.type === 'Polygon' ? (p.geometry.coordinates as [number, number][][]) : null;
		const area = rings
			? rings
					.map((ring) => 'M' + ring.map(([lon, lat]) => paths.project(lon, lat).join(',')).join('L') + 'Z')
					.join('')
			: null;
		points[p.id] = { x, y, area };
	}
	return {
		width,
		height,
		points,
		basemap: withBasemap ? { countries: paths.countries, borders: paths.borders } : null
	};
}

/** The size the on-screen SVG map is laid out at; it scales to its box through its viewBox. */
export const MAP_SIZE = { width: 800, height: 600 } as const;
