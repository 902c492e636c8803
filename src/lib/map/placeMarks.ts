/**
 * Each place's mark on the map, shared by the static SVG map (MapSvg), the map's table and the
 * words the Leaflet map gets from the server (mapData.ts): position, radius, name, the days it links
 * to, and the lines of its popup. Pure: no DOM.
 */
import type { Position } from 'geojson';
import type { PlaceSummary } from '$lib/charts/placeSummaries';
import { placeRadius } from '$lib/charts/placeSummaries';
import { articleRef, type ArticleRef } from '$lib/data/articleRef';
import type { Article, Place } from '$lib/data/schema';
import { formatDateSpan, formatValue } from '$lib/i18n/format';
import { messages } from '$lib/i18n/messages';
import type { Lang } from '$lib/view/options';

export interface PlaceMark {
	id: string;
	name: string;
	kind: Place['kind'];
	/** The articles give no place for its records: the mark only stands in, and is drawn as such. */
	standIn: boolean;
	lon: number;
	lat: number;
	/** Figures and events in range. */
	count: number;
	radius: number;
	/** The record a click opens and hover names: the place's earliest in range. */
	firstId: string;
	/** Earliest and latest day of the place's records: what the charts light up on hover. */
	x0: string;
	x1: string;
	/** Accessible name: the place and its number of records. */
	label: string;
	/** Outer and inner rings in degrees, for places drawn as an area (the exercise zone). */
	area: Position[][] | null;
}

/** One line of a place's popup or table row: a figure or an event, with its quote. */
export interface PlaceEntry {
	id: string;
	date: string;
	/** "Arrestaties: meer dan 700" for a figure (worded as the article states it), the title of an event. */
	headline: string;
	/** Verbatim, in the article's language. */
	quote: string;
	quoteLang: string;
	article: ArticleRef | null;
}

type Dated = { id: string; date: string; date_end: string | null };
const byDate = (a: Dated, b: Dated) =>
	a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? -1 : 1;

/**
 * The marks of the places, biggest first: drawn in this order, a small place on top of a big one
 * (the KGB prison on Minsk on Belarus) stays visible and clickable.
 */
export function placeMarks(summaries: PlaceSummary[], lang: Lang): PlaceMark[] {
	const m = messages[lang];
	return summaries
		.map((s): PlaceMark => {
			const records: Dated[] = [...s.figures, ...s.events].sort(byDate);
			const name = lang === 'nl' ? s.place.name_nl : s.place.name_en;
			const geometry = s.place.geometry;
			return {
				id: s.place.id,
				name,
				kind: s.place.kind,
				standIn: s.place.precision === 'stand_in',
				lon: s.place.lon,
				lat: s.place.lat,
				count: records.length,
				radius: placeRadius(s),
				firstId: records[0].id,
				x0: records[0].date,
				x1: records.reduce((last, r) => ((r.date_end ?? r.date) > last ? (r.date_end ?? r.date) : last), ''),
				label: m.map.place(name, records.length, s.place.precision === 'stand_in'),
				area: geometry.type === 'Polygon' ? geometry.coordinates : null
			};
		})
		.sort((a, b) => b.radius - a.radius || (a.id < b.id ? -1 : 1));
}

/** A place's figures and events, oldest first, worded like the charts' tables. */
export function placeEntries(summary: PlaceSummary, articles: Article[], lang: Lang): PlaceEntry[] {
	const m = messages[lang];
	const articleOf = (id: string) => articles.find((a) => a.id === id);
	const entry = (r: Dated & { quote: string; article: string }, headline: string) => ({ r, headline });
	return [
		...summary.figures.map((f) => entry(f, `${m.metrics[f.metric]}: ${formatValue(f, lang)}`)),
		...summary.events.map((e) => entry(e, lang === 'nl' ? e.title_nl : e.title_en))
	]
		.sort((a, b) => byDate(a.r, b.r))
		.map(({ r, headline }) => {
			const a = articleOf(r.article);
			return {
				id: r.id,
				date: formatDateSpan(r.date, r.date_end, lang),
				headline,
				quote: r.quote,
				quoteLang: a?.language ?? 'nl',
				article: a ? articleRef(a, lang) : null
			};
		});
}

export type LabelSide = 'left' | 'right' | 'below' | 'above';

/**
 * Where a place's name goes, where the default (right of the mark) would run into a neighbour or off
 * the map: Minsk sits just west of a bigger mark, Moscow and Sochi near the east edge.
 * `minor` names are left out on a small map (a phone), where they would cover the others; their
 * marks stay, named for screen readers and in the popup.
 */
const labelPlacements: Record<string, { side: LabelSide; minor?: boolean }> = {
	minsk: { side: 'left' },
	lithuania: { side: 'left' },
	latvia: { side: 'above' },
	western_border: { side: 'left', minor: true },
	moscow: { side: 'left' },
	sochi: { side: 'left' }
};
export function labelPlacement(placeId: string): { side: LabelSide; minor: boolean } {
	const placement = labelPlacements[placeId];
	return { side: placement?.side ?? 'right', minor: placement?.minor ?? false };
}

/** Below this width (pixels) a map leaves out its minor place names. */
export const SMALL_MAP_WIDTH = 560;
