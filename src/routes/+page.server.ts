/**
 * The dashboard, rendered on the server (as every page is: +layout.server.ts) as islands that the
 * browser hydrates (src/lib/islands/dashboard.ts). Its data: every record, and the map's places laid
 * out for the static map.
 */
import { error } from '@sveltejs/kit';
import { env } from '$env/dynamic/public';
import { dataset } from '$lib/data/dataset';
import { pageRecords } from '$lib/data/pageData';
import { MAP_SIZE, mapLayout } from '$lib/map/projection';
import { dashboardOptions, parseOptions } from '$lib/view/options';
import { optionErrorMessage } from '$lib/view/optionError';

const records = pageRecords(dataset);
const layout = mapLayout(dataset.places, MAP_SIZE.width, MAP_SIZE.height, false);

export function load({ url }) {
	const parsed = parseOptions(url.searchParams, dashboardOptions, dataset.period, 'ignore');
	if (!parsed.ok) error(400, optionErrorMessage(parsed.error));
	return {
		records,
		options: parsed.options,
		mapLayout: layout,
		/** A tile server under the basemap, if the deployment sets one; by default none. */
		tiles: env.PUBLIC_TILE_URL
			? { url: env.PUBLIC_TILE_URL, attribution: env.PUBLIC_TILE_ATTRIBUTION ?? '' }
			: null
	};
}
