import { host } from '$lib/static/host.server';

/**
 * SvelteKit renders every page on the server only: its router and runtime never go to the browser.
 * The pages work without JavaScript; their interactive parts are islands (src/lib/islands/, built
 * to `/islands/dashboard.js`, `/islands/widget.js` and chunks loaded when first needed) that Svelte
 * hydrates over the server's HTML.
 */
export const csr = false;

/** What the pages are rendered for: the Node server, or the static folder (src/lib/static/host.server.ts). */
export function load() {
	return { host };
}
