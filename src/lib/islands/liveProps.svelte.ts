/**
 * An island's props as state: hydrated with what the server rendered it with, then changed (on a
 * static host, to the address's options, src/lib/static/address.ts), and the island redraws.
 */
export function liveProps<T extends Record<string, unknown>>(props: T): T {
	const live = $state(props);
	return live;
}
