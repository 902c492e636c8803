/**
 * The load of every widget page (`/embed/[chart]`, `/embed/map`): validates the widget's name (404
 * listing the widgets) and its URL options (400 naming the option), and sends the browser only the
 * records the widget shows (and other reports of the same claims, for the source panel; and what its
 * notes are read from). Widgets are
 * public and the same for every reader, so they are cached.
 */
import { error } from '@sveltejs/kit';
import { chartIds } from '$lib/charts/chartModel';
import { dataset } from '$lib/data/dataset';
import { pageRecords } from '$lib/data/pageData';
import { parseOptions } from '$lib/view/options';
import { optionErrorMessage } from '$lib/view/optionError';
import { notedRecords, widgetPageRecords, widgetRecords } from './widgetRecords';
import { embedCodeOptions, isWidgetId, widgetIds, widgetOptions, widgetPath } from './widgets';

const allRecords = pageRecords(dataset);

export const WIDGET_CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=86400';

export function loadWidget(name: string, url: URL, setHeaders: (headers: Record<string, string>) => void) {
	if (!isWidgetId(name)) error(404, `There is no widget of that name. Widgets: ${widgetIds.join(', ')}.`);
	const id = name;
	const parsed = parseOptions(url.searchParams, widgetOptions(id), dataset.period, 'ignore');
	if (!parsed.ok) error(400, optionErrorMessage(parsed.error));
	const o = parsed.options;
	setHeaders({ 'cache-control': WIDGET_CACHE_CONTROL });
	const shown = widgetRecords(id, dataset, { from: o.from, to: o.to });
	const noted =
		o.notes && (chartIds as readonly string[]).includes(id)
			? notedRecords(dataset, { from: o.from, to: o.to })
			: null;
	const withNotes = noted
		? { figures: [...shown.figures, ...noted.figures], events: [...shown.events, ...noted.events] }
		: shown;
	return {
		id,
		// Only what the page uses: Pym's parentUrl and parentTitle are accepted and dropped here.
		options: {
			lang: o.lang,
			theme: o.theme,
			from: o.from,
			to: o.to,
			title: o.title,
			source: o.source,
			notes: o.notes,
			height: o.height,
			yscale: o.yscale,
			sel: o.sel,
			childId: o.childId,
			initialWidth: o.initialWidth
		},
		records: widgetPageRecords(withNotes, allRecords),
		origin: url.origin,
		/** The widget's canonical URL: its own options, without Pym's or the selection. */
		canonicalPath: widgetPath(id, o, dataset.period, embedCodeOptions(id))
	};
}

export type WidgetPageData = ReturnType<typeof loadWidget>;
