/**
 * The readers' pages kept as rendered, by their address. A page is the same for every reader (its
 * view is in the URL), so the next reader of a widget, or of a view of the dashboard, gets the HTML
 * the first one's request rendered, without rendering it again: at once even with no CDN in front.
 * Bounded by bytes (the oldest go first); requests that come while a page renders share that render;
 * only a page that rendered (200) is kept, never an error.
 */
import { createKeptFiles } from '$lib/export/keptFiles';

interface Page {
	status: number;
	headers: [string, string][];
	body: string;
}

export type KeptPages = (key: string, render: () => Response | Promise<Response>) => Promise<Response>;

export function createKeptPages(maxBytes: number): KeptPages {
	const pages = createKeptFiles<Page>(
		maxBytes,
		(page) => Buffer.byteLength(page.body),
		(page) => page.status === 200
	);
	return async (key, render) => {
		const outcome = await pages.get(key, async () => {
			const response = await render();
			const page = { status: response.status, headers: [...response.headers], body: await response.text() };
			return { ok: true, value: page };
		});
		if (!outcome.ok) throw new Error('A page is always made'); // make above never refuses
		const { status, headers, body } = outcome.value;
		return new Response(body, { status, headers });
	};
}
