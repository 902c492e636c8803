/**
 * Every page is rendered on the server only: no Svelte or SvelteKit runtime goes to the browser.
 * The pages work without JavaScript; their interactive parts are islands (src/lib/islands/, built
 * to `/islands/dashboard.js`, `/islands/widget.js` and chunks loaded when first needed) that the
 * browser hydrates over the server's HTML.
 */
export const csr = false;
