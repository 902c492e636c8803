/**
 * The readers' pages kept as rendered, by their address. A page is the same for every reader (its
 * view is in the URL), so the next reader of a widget, or of a view of the dashboard, gets the HTML
 * the first one's request rendered, without rendering it again: at once even with no CDN in front.
 * Kept by the URL (`pageKey`), origin included (a server that takes its origin from the request writes it
 * into the page). Bounded by bytes (the least recently asked for go first); requests that come while a page renders share that render;
 * only a page that rendered (200) is kept, never an error.
 */
import { createKeptFiles } from '$lib/export/keptFiles';
import { optionSpecs } from '$lib/view/options';

/**
 * The address a page is kept by: its origin and path, and of its query only the options, by name.
 * A page ignores any other parameter (`utm_source`, `fbclid`, `ref`: see parseOptions) and never
 * writes it into the HTML, so a link shared with them is the same page, not a render of its own.
 */
export function pageKey(url: URL): string {
	const options = new URLSearchParams(
		[...url.searchParams].filter(([name]) => Object.hasOwn(optionSpecs, name))
	);
	options.sort();
	return `${url.origin}${url.pathname}?${options}`;
}

interface Page {
	status: number;
	headers: [string, string][];
	body: Uint8Array<ArrayBuffer>;
}

export type KeptPages = (key: string, render: () => Response | Promise<Response>) => Promise<Response>;

export function createKeptPages(maxBytes: number): KeptPages {
	const pages = createKeptFiles<Page>(
		maxBytes,
		(page) => page.body.byteLength,
		(page) => page.status === 200
	);
	return async (key, render) => {
		const outcome = await pages.get(key, async () => {
			const response = await render();
			const body = new Uint8Array(await response.arrayBuffer());
			const page = { status: response.status, headers: [...response.headers], body };
			return { ok: true, value: page };
		});
		if (!outcome.ok) throw new Error('A page is always made'); // make above never refuses
		const { status, headers, body } = outcome.value;
		return new Response(body, { status, headers });
	};
}
