import { json } from '@sveltejs/kit';
import { dataset } from '$lib/data/dataset';
import { publicDataset } from '$lib/api/publicData';

export const prerender = true;

export function GET() {
	return json(publicDataset(dataset), {
		headers: { 'cache-control': 'public, max-age=300', 'access-control-allow-origin': '*' }
	});
}
