/**
 * The default extent of the dashboard's map, in a module of its own: the Leaflet map's data
 * (mapData.ts) needs it in the page's first script, and importing it from projection.ts would bring
 * d3-geo and the basemap along.
 */

/** A box of meridians and parallels: [[west, south], [east, north]] in degrees. */
export type LonLatBox = [[number, number], [number, number]];

/**
 * Belarus and all its neighbours, west to Brussels (4.35°E), east to Moscow (37.6°E) and Sochi
 * (39.72°E), south to Sochi (43.59°N), north to Latvia and the edge of Estonia (58°N). A degree or
 * two is left around each so their dots are not on the edge.
 */
export const MAP_EXTENT_LONLAT: LonLatBox = [
	[2.5, 42.5],
	[41.5, 58.5]
];
