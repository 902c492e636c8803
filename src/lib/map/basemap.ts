/**
 * The bundled basemap: Natural Earth country polygons from Brussels to Moscow and Sochi, built by
 * `src/scripts/build-basemap.ts` into `basemap.topo.json`. Pure: the same module feeds Leaflet in the browser
 * and the server-rendered SVG map.
 *
 * Decoding the TopoJSON costs a few milliseconds, so each shape is decoded once and shared: treat the
 * returned objects as read-only.
 */
import { feature, mesh } from 'topojson-client';
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import basemapTopology from './basemap.topo.json';

/** Belarus's ISO 3166 numeric code, the `id` world-atlas gives its feature. */
export const BELARUS_ID = '112';

/** Natural Earth's short English name, e.g. 'Belarus', 'Bosnia and Herz.', 'Macedonia'. */
export type BasemapCountryProperties = { name: string };
export type BasemapCountries = FeatureCollection<MultiPolygon | Polygon, BasemapCountryProperties>;

// The JSON import is typed from its literal contents; this is the shape the build script writes.
const topology = basemapTopology as unknown as Topology<{
	countries: GeometryCollection<BasemapCountryProperties>;
}>;

let countries: BasemapCountries | undefined;
let borders: MultiLineString | undefined;

/** Every country in the basemap, clipped to the map's box; `id` is the ISO numeric code as a string. */
export function basemapCountries(): BasemapCountries {
	countries ??= feature(topology, topology.objects.countries) as BasemapCountries;
	return countries;
}

/**
 * The land borders between two countries, without coastlines or the cut at the edge of the box: drawn
 * as one line on top of the country fills, so a shared border is stroked once, not twice.
 */
export function basemapBorders(): MultiLineString {
	borders ??= mesh(topology, topology.objects.countries, (a, b) => a !== b);
	return borders;
}
