/**
 * SvelteKit renders every page on the server only: its router and runtime never go to the browser.
 * The pages work without JavaScript; their interactive parts are islands (src/lib/islands/, built
 * to `/islands/dashboard.js`, `/islands/widget.js` and chunks loaded when first needed) that Svelte
 * hydrates over the server's HTML.
 */
export const csr = false;
