/**
 * `/data/<widget>.csv?from=…&to=…`: the CSV of exactly the records a widget shows for that range,
 * in the columns of `/data/figures.csv` (the widgets' "Get the data" link).
 */
import { error } from '@sveltejs/kit';
import { toCsv } from '$lib/api/publicData';
import { dataFileHeaders } from '$lib/api/licence';
import { dataset } from '$lib/data/dataset';
import { widgetRecords } from '$lib/embed/widgetRecords';
import { isWidgetId, widgetIds } from '$lib/embed/widgets';
import { parseOptions } from '$lib/view/options';
import { optionErrorMessage } from '$lib/view/optionError';

export function GET({ params, url }) {
	const id = params.chart;
	if (!isWidgetId(id)) error(404, `There is no chart of that name. Charts: ${widgetIds.join(', ')}.`);
	const parsed = parseOptions(url.searchParams, ['from', 'to'], dataset.period);
	if (!parsed.ok) error(400, optionErrorMessage(parsed.error));
	const { from, to } = parsed.options;
	const shown = widgetRecords(id, dataset, { from, to });
	return new Response(toCsv(dataset, shown.figures, shown.events), {
		headers: dataFileHeaders(
			'text/csv; charset=utf-8; header=present',
			`belarus-2020-${id}-${from}-${to}.csv`
		)
	});
}
