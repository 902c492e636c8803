/**
 * Per place, the figures and events in range: what the map marks and its popups list. A record with
 * no place is on no map, and one that describes others is shown with them (in their source panels).
 */
import type { Dataset, Event, Figure, Place } from '$lib/data/schema';
import { overlaps, type DayRange } from './range';

export interface PlaceSummary {
	place: Place;
	figures: Figure[];
	events: Event[];
}

export function placeSummaries(
	d: Pick<Dataset, 'places' | 'figures' | 'events'>,
	range: DayRange
): PlaceSummary[] {
	const byPlace = new Map<string, PlaceSummary>(
		d.places.map((place) => [place.id, { place, figures: [], events: [] }])
	);
	const shown = (r: Figure | Event) => r.place !== null && !r.describes && overlaps(r, range);
	for (const f of d.figures) if (shown(f)) byPlace.get(f.place!)!.figures.push(f);
	for (const e of d.events) if (shown(e)) byPlace.get(e.place!)!.events.push(e);
	return [...byPlace.values()].filter((s) => s.figures.length + s.events.length > 0);
}

/** Mark radius in pixels: area grows with the number of records, so busy places stand out. */
export function placeRadius(s: Pick<PlaceSummary, 'figures' | 'events'>): number {
	return Math.round(4 + 3 * Math.sqrt(s.figures.length + s.events.length));
}
