import { error } from '@sveltejs/kit';
import { dataset } from '$lib/data/dataset';
import { pageRecords } from '$lib/data/pageData';
import { MAP_SIZE, mapLayout } from '$lib/map/projection';
import { dashboardOptions, parseOptions } from '$lib/view/options';
import { optionErrorMessage } from '$lib/view/optionError';

const records = pageRecords(dataset);
const layout = mapLayout(dataset.places, MAP_SIZE.width, MAP_SIZE.height, false);

export function load({ url }) {
	const parsed = parseOptions(url.searchParams, dashboardOptions);
	if (!parsed.ok) error(400, optionErrorMessage(parsed.error));
	return { records, options: parsed.options, mapLayout: layout };
}
