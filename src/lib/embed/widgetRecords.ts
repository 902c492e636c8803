/**
 * The records a widget shows for a range: what its "Get the data" CSV holds, and (with the records
 * that share their claims, for the source panel) what its page sends to the browser.
 */
import { sanctionMarks, timelineMarks } from '$lib/charts/eventSeries';
import { arrestMarks, protestMarks } from '$lib/charts/figureSeries';
import { headlines } from '$lib/charts/headlines';
import { placeSummaries } from '$lib/charts/placeSummaries';
import { storyNotes } from '$lib/charts/notes';
import type { DayRange } from '$lib/charts/range';
import type { PageRecords } from '$lib/data/pageData';
import { linkedRecords } from '$lib/data/provenance';
import type { Event, Figure, Records } from '$lib/data/schema';
import type { WidgetId } from './widgets';

export interface ShownRecords {
	figures: Figure[];
	events: Event[];
}

/**
 * The records the story's notes on a widget are read from, besides those it shows (a figure chart
 * notes the events of its days): its page sends them too, so the notes read and link as on the
 * dashboard. Its CSV holds only what it shows.
 */
export function notedRecords(d: Records, range: DayRange): ShownRecords {
	const ids = new Set(storyNotes(d, range, 'nl').flatMap((n) => n.from));
	return { figures: d.figures.filter((f) => ids.has(f.id)), events: d.events.filter((e) => ids.has(e.id)) };
}

export function widgetRecords(id: WidgetId, d: Records, range: DayRange): ShownRecords {
	switch (id) {
		case 'arrests':
			return { figures: arrestMarks(d.figures, range).map((m) => m.figure), events: [] };
		case 'protests':
			return { figures: protestMarks(d.figures, range).map((m) => m.figure), events: [] };
		case 'sanctions':
			return { figures: [], events: sanctionMarks(d.events, range).flatMap((m) => m.reports) };
		case 'timeline':
			return { figures: [], events: timelineMarks(d.events, range).flatMap((m) => m.reports) };
		case 'map': {
			const places = placeSummaries(d, range);
			return { figures: places.flatMap((p) => p.figures), events: places.flatMap((p) => p.events) };
		}
		case 'headlines': {
			const figures: Figure[] = [];
			const events: Event[] = [];
			for (const h of headlines(d, range)) {
				if ('figure' in h) figures.push(h.figure);
				else if ('event' in h) events.push(h.event);
				else events.push(...h.events);
			}
			return { figures, events };
		}
	}
}

/**
 * What a widget's page sends to the browser: the records it shows, the records linked to them (the
 * source panel lists other reports of a claim, what describes or denies a record), their paragraphs,
 * and the articles and places.
 */
export function widgetPageRecords(shown: ShownRecords, all: PageRecords): PageRecords {
	const ids = new Set<string>();
	for (const r of [...shown.figures, ...shown.events]) {
		ids.add(r.id);
		for (const linked of Object.values(linkedRecords(all, r))) for (const x of linked) ids.add(x.id);
	}
	const figures = all.figures.filter((f) => ids.has(f.id));
	const events = all.events.filter((e) => ids.has(e.id));
	const contexts: PageRecords['contexts'] = {};
	for (const r of [...figures, ...events]) if (all.contexts[r.id]) contexts[r.id] = all.contexts[r.id];
	// The widget names articles and places; how a date was reasoned out or a place spelled stays on the dashboard.
	const articles = all.articles.map((a) => ({ ...a, date_reasoning: '' }));
	const places = all.places.map((p) => ({ ...p, aliases: [], note: undefined }));
	return { articles, places, figures, events, period: all.period, contexts };
}
