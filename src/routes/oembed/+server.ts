/** `/oembed?url=…&format=json`: oEmbed 1.0 for the widgets and the dashboard (see $lib/embed/oembed). */
import { json } from '@sveltejs/kit';
import { dataset } from '$lib/data/dataset';
import { oembedResponse } from '$lib/embed/oembed';

export function GET({ url }) {
	const result = oembedResponse(url.searchParams, url.origin, dataset.period);
	const headers = { 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=3600' };
	if (result.status !== 200) {
		return new Response(result.error + '\n', {
			status: result.status,
			headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	return json(result.body, { headers });
}
