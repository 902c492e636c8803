/**
 * The embed buttons of a server-rendered page (EmbedButton.svelte): a click loads the embed dialog
 * (`/embed-dialog.js`, built from embedDialog.ts, kept out of the page's first script) and opens it
 * for the button's chart. One listener on the document: the dashboard swaps the charts' figures,
 * buttons included, when the period changes.
 */
import { closestOf, importScript } from './dom';

type EmbedDialogModule = typeof import('./embedDialog');

let loading: Promise<EmbedDialogModule> | null = null;

export function embedButtons(): void {
	document.addEventListener('click', (event) => {
		const button = closestOf(event.target, 'button[data-embed]');
		if (!(button instanceof HTMLElement) || button.getAttribute('aria-busy') === 'true') return;
		button.setAttribute('aria-busy', 'true');
		// A path on the site, not a module of this project: scripts/build-scripts.mjs builds it.
		loading ??= importScript<EmbedDialogModule>('/embed-dialog.js');
		loading
			.then((dialog) => dialog.openEmbedDialog(button))
			.catch(() => {
				// Offline or a failed deploy: the next click tries again.
				loading = null;
			})
			.finally(() => button.removeAttribute('aria-busy'));
	});
}
