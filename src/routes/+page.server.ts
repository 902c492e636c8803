import { error } from '@sveltejs/kit';
import { dataset } from '$lib/data/dataset';
import { pageRecords } from '$lib/data/pageData';
import { dashboardOptions, parseOptions } from '$lib/view/options';
import { optionErrorMessage } from '$lib/view/optionError';

const records = pageRecords(dataset);

export function load({ url }) {
	const parsed = parseOptions(url.searchParams, dashboardOptions);
	if (!parsed.ok) error(400, optionErrorMessage(parsed.error));
	return { records, options: parsed.options };
}
