/** The strip of headline figures above the charts, each tied to the records it is read from. */
import type { Dataset, Event, Figure } from '$lib/data/schema';
import { dayNumber } from '$lib/days';
import { figureBounds } from './bounds';
import { occurrences } from './eventSeries';
import { overlaps, type DayRange } from './range';

export type Headline =
	| { id: 'largest_protest' | 'largest_arrests' | 'loan'; figure: Figure }
	| { id: 'sanction_steps'; count: number; events: Event[] }
	| { id: 'days_since_election'; count: number; event: Event };

function largest(figures: Figure[]): Figure | undefined {
	return figures.reduce<Figure | undefined>(
		(best, f) => (!best || figureBounds(f).lower > figureBounds(best).lower ? f : best),
		undefined
	);
}

export function headlines(d: Pick<Dataset, 'figures' | 'events' | 'articles'>, range: DayRange): Headline[] {
	const figures = d.figures.filter((f) => overlaps(f, range));
	const out: Headline[] = [];
	// One day's march, not a week of them ("al een week lang duizenden").
	const protest = largest(
		figures.filter(
			(f) => f.metric === 'protest_size' && f.side !== 'government' && f.date_precision === 'day'
		)
	);
	if (protest) out.push({ id: 'largest_protest', figure: protest });
	const arrests = largest(figures.filter((f) => f.metric === 'arrests' && f.qualifier !== 'magnitude'));
	if (arrests) out.push({ id: 'largest_arrests', figure: arrests });
	// Steps taken (validation keeps announced plans out of the sanctions), each once however many
	// articles report it: the occurrences, not the records.
	const steps = occurrences(d.events).filter((o) => o.event.kind === 'sanctions' && overlaps(o.event, range));
	const stepReports = steps.flatMap((o) => o.reports).sort((a, b) => (a.date < b.date ? -1 : 1));
	if (steps.length) out.push({ id: 'sanction_steps', count: steps.length, events: stepReports });
	const loan = figures.find((f) => f.metric === 'loan');
	if (loan) out.push({ id: 'loan', figure: loan });
	const election = d.events.find((e) => e.kind === 'election');
	if (election) {
		// Counted to the end of the range, but never past the newest article: no source speaks for later.
		const newest = d.articles.reduce((last, a) => (a.date > last ? a.date : last), '');
		const until = range.to < newest ? range.to : newest;
		const days = dayNumber(until) - dayNumber(election.date);
		if (days >= 0) out.push({ id: 'days_since_election', count: days, event: election });
	}
	return out;
}

/** The records a headline figure is read from, oldest first: its source line cites them all. */
export function headlineRecords(h: Headline): (Figure | Event)[] {
	return 'figure' in h ? [h.figure] : 'event' in h ? [h.event] : h.events;
}

/** The record a headline figure links to (its quote opens in the source panel): the latest it is read from. */
export function headlineRecord(h: Headline): Figure | Event {
	return headlineRecords(h).at(-1)!;
}
