import { dataset } from '$lib/data/dataset';
import { toCsv } from '$lib/api/publicData';
import { dataFileHeaders } from '$lib/api/licence';

const csv = toCsv(dataset);

export function GET() {
	return new Response(csv, {
		headers: dataFileHeaders('text/csv; charset=utf-8; header=present', 'belarus-2020-figures.csv')
	});
}
