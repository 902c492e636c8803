/**
 * What the Leaflet map (LeafletMap.svelte, PlaceMarker.svelte) draws: the places in range with
 * everything their circle, label and popup show, worded in the page's language, and the map's few
 * control names, so that the map's components do no data shaping. Pure.
 */
import type { PlaceSummary } from '$lib/charts/placeSummaries';
import type { Article } from '$lib/data/schema';
import { messages } from '$lib/i18n/messages';
import type { Lang } from '$lib/view/options';
import { MAP_EXTENT_LONLAT, type LonLatBox } from './extent';
import {
	labelPlacement,
	placeEntries,
	placeMarks,
	SMALL_MAP_WIDTH,
	type LabelSide,
	type PlaceEntry
} from './placeMarks';

/** A record in a place's popup: its line and quote (its button opens its source panel). */
export type MapEntry = PlaceEntry;

/** A place's circle on the Leaflet map, its name beside it and its popup. */
export interface MapPlace {
	id: string;
	name: string;
	lat: number;
	lon: number;
	radius: number;
	/** The place's first and last day: the days the charts light up when it is hovered or focused. */
	x0: string;
	x1: string;
	/** The circle's accessible name: "Minsk: 6 cijfers en gebeurtenissen". */
	label: string;
	/** The popup's count line: "6 cijfers en gebeurtenissen". */
	count: string;
	/** For a stand-in, the popup's line that the articles name no place; null otherwise. */
	standIn: string | null;
	/** Where the name goes beside the circle; null for a place drawn without one (a building). */
	labelSide: LabelSide | null;
	/** A name left out when the map is zoomed out to a phone's scale. */
	minor: boolean;
	/** Rings as Leaflet takes them, [lat, lon], for a place drawn as an area (the exercise zone). */
	area: [number, number][][] | null;
	entries: MapEntry[];
}

export interface MapData {
	text: {
		/** The map region's accessible name. */
		label: string;
		zoomIn: string;
		zoomOut: string;
		/** The popup's close button. */
		close: string;
		showSource: string;
	};
	/** A tile server to draw under the bundled basemap (`PUBLIC_TILE_URL`); null: none, no request leaves the site. */
	tiles: { url: string; attribution: string } | null;
	/** The first view: [[west, south], [east, north]] in degrees. */
	extent: LonLatBox;
	/** Below this width of the map at its first view, minor names are left out (SMALL_MAP_WIDTH). */
	smallWidth: number;
	/** Biggest first: a small place is drawn over a big one. */
	places: MapPlace[];
}

export function mapData(
	summaries: PlaceSummary[],
	articles: Article[],
	lang: Lang,
	tiles: MapData['tiles'] = null
): MapData {
	const m = messages[lang];
	const summaryOf = new Map(summaries.map((s) => [s.place.id, s]));
	return {
		text: {
			label: m.map.label,
			zoomIn: m.map.zoomIn,
			zoomOut: m.map.zoomOut,
			close: m.close,
			showSource: m.map.showSource
		},
		tiles: tiles?.url ? tiles : null,
		extent: MAP_EXTENT_LONLAT,
		smallWidth: SMALL_MAP_WIDTH,
		places: placeMarks(summaries, lang).map((p) => {
			const { side, minor } = labelPlacement(p.id);
			return {
				id: p.id,
				name: p.name,
				lat: p.lat,
				lon: p.lon,
				radius: p.radius,
				x0: p.x0,
				x1: p.x1,
				label: p.label,
				count: m.map.records(p.count),
				standIn: p.standIn ? m.map.standIn : null,
				labelSide: p.kind === 'building' ? null : side,
				minor,
				area: p.area?.map((ring) => ring.map(([lon, lat]): [number, number] => [lat, lon])) ?? null,
				entries: placeEntries(summaryOf.get(p.id)!, articles, lang)
			};
		})
	};
}
