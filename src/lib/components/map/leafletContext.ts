/** The context key under which LeafletMap gives its places the Leaflet map. */
export const LEAFLET_MAP = Symbol('leaflet-map');
