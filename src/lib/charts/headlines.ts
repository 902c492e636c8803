/** The strip of headline figures above the charts, each tied to the records it is read from. */
import type { Dataset, Event, Figure } from '$lib/data/schema';
import { figureBounds } from './bounds';
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

const DAY = 86_400_000;

export function headlines(d: Pick<Dataset, 'figures' | 'events' | 'articles'>, range: DayRange): Headline[] {
	const figures = d.figures.filter((f) => overlaps(f, range));
	const events = d.events.filter((e) => overlaps(e, range));
	const out: Headline[] = [];
	// One day's march, not the movement's size over weeks ("honderdduizenden demonstranten").
	const protest = largest(
		figures.filter(
			(f) => f.metric === 'protest_size' && f.side !== 'government' && f.date_precision === 'day'
		)
	);
	if (protest) out.push({ id: 'largest_protest', figure: protest });
	const arrests = largest(figures.filter((f) => f.metric === 'arrests' && f.qualifier !== 'magnitude'));
	if (arrests) out.push({ id: 'largest_arrests', figure: arrests });
	const steps = events.filter((e) => e.kind === 'sanctions');
	// Reports of the same step share a claim: count steps, not articles.
	const distinct = new Set(steps.map((e) => e.claim ?? e.id));
	if (steps.length) out.push({ id: 'sanction_steps', count: distinct.size, events: steps });
	const loan = figures.find((f) => f.metric === 'loan');
	if (loan) out.push({ id: 'loan', figure: loan });
	const election = d.events.find((e) => e.kind === 'election');
	if (election) {
		// Counted to the end of the range, but never past the newest article: no source speaks for later.
		const newest = d.articles.reduce((last, a) => (a.date > last ? a.date : last), '');
		const until = range.to < newest ? range.to : newest;
		const days = Math.round((Date.parse(until) - Date.parse(election.date)) / DAY);
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
