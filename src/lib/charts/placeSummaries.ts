/** Per place, the figures and events in range: what the map marks and its popups list. */
import type { Dataset, Event, Figure, Place } from '$lib/data/schema';
import { figureBounds } from './bounds';
import { overlaps, type DayRange } from './range';

export interface PlaceSummary {
	place: Place;
	figures: Figure[];
	events: Event[];
	/** The largest number of people any figure here is known to reach (its lower bound), or 0. */
	peakPeople: number;
}

export function placeSummaries(
	d: Pick<Dataset, 'places' | 'figures' | 'events'>,
	range: DayRange
): PlaceSummary[] {
	const byPlace = new Map<string, PlaceSummary>(
		d.places.map((place) => [place.id, { place, figures: [], events: [], peakPeople: 0 }])
	);
	for (const f of d.figures) {
		if (!overlaps(f, range)) continue;
		const s = byPlace.get(f.place)!;
		s.figures.push(f);
		if (f.unit === 'people') s.peakPeople = Math.max(s.peakPeople, figureBounds(f).lower);
	}
	for (const e of d.events) {
		if (overlaps(e, range)) byPlace.get(e.place)!.events.push(e);
	}
	return [...byPlace.values()].filter((s) => s.figures.length + s.events.length > 0);
}

/** Mark radius in pixels: area grows with the number of records, so busy places stand out. */
export function placeRadius(s: Pick<PlaceSummary, 'figures' | 'events'>): number {
	return Math.round(4 + 3 * Math.sqrt(s.figures.length + s.events.length));
}
