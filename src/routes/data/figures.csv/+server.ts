import { dataset } from '$lib/data/dataset';
import { toCsv } from '$lib/api/publicData';

export const prerender = true;

export function GET() {
	return new Response(toCsv(dataset), {
		headers: {
			'content-type': 'text/csv; charset=utf-8; header=present',
			'content-disposition': 'attachment; filename="belarus-2020-figures.csv"',
			'cache-control': 'public, max-age=300',
			'access-control-allow-origin': '*'
		}
	});
}
