/** `/print`: every chart of the period on paper (printView.ts), with `lang`, `from` and `to`. */
import { error } from '@sveltejs/kit';
import { dataset } from '$lib/data/dataset';
import { printView } from '$lib/export/printView';
import { printOptionNames } from '$lib/export/urls';
import { parseOptions } from '$lib/view/options';
import { optionErrorMessage } from '$lib/view/optionError';

export function load({ url }) {
	const parsed = parseOptions(url.searchParams, printOptionNames, dataset.period, 'ignore');
	if (!parsed.ok) error(400, optionErrorMessage(parsed.error));
	const { lang, from, to } = parsed.options;
	return { lang, from, to, period: dataset.period, ...printView(dataset, { lang, from, to }) };
}
