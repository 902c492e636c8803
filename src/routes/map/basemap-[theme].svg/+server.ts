/**
 * The SVG map's basemap as a prerendered image, light and dark, at the size the dashboard and the map
 * widget lay their places out on (MAP_SIZE): the page's box shows it as its background, so the
 * basemap's 25 KB and d3-geo are not in the page's JavaScript.
 */
import { error } from '@sveltejs/kit';
import { palettes } from '$lib/charts/palette';
import { MAP_SIZE, svgMapPaths } from '$lib/map/projection';

export const prerender = true;

export function entries() {
	return [{ theme: 'light' }, { theme: 'dark' }];
}

export function GET({ params }) {
	if (params.theme !== 'light' && params.theme !== 'dark') error(404, 'Themes: light, dark.');
	const c = palettes[params.theme];
	const { width, height } = MAP_SIZE;
	const paths = svgMapPaths(width, height);
	const land = paths.countries
		.map((k) => `<path d="${k.d}" fill="${k.isBelarus ? c.belarus : c.land}"/>`)
		.join('');
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
		`<rect width="${width}" height="${height}" fill="${c.water}"/>${land}` +
		`<path d="${paths.borders}" fill="none" stroke="${c.border}" stroke-width="0.6"/></svg>`;
	return new Response(svg, {
		headers: { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'public, max-age=86400' }
	});
}
