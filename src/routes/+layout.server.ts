/**
 * Every page is rendered on the server only: no Svelte or SvelteKit runtime goes to the browser.
 * The pages work without JavaScript; small scripts of their own (src/lib/enhance/, built to
 * `/dashboard.js`, `/widget.js`, `/map.js`, `/embed-dialog.js`) bring the interaction.
 */
export const csr = false;
