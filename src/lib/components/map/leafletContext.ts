/** The context key under which LeafletMap gives its places the Leaflet map. */
export const LEAFLET_MAP = Symbol('leaflet-map');
/** The context key of the places' keyboard: one tab stop for all of them, the arrow keys from place to place. */
export const PLACE_KEYS = Symbol('place-keys');

export interface PlaceKeys {
	/** The place whose circle is the places' one tab stop. */
	readonly stop: string | null;
	focused(id: string): void;
	/** An arrow key, Home or End on a place: focus moves west to east (true when it was such a key). */
	key(id: string, key: string): boolean;
}
