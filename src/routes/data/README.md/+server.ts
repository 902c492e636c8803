import { dataset } from '$lib/data/dataset';
import { dataReadme } from '$lib/api/dataReadme';
import { dataFileHeaders } from '$lib/api/licence';

const body = dataReadme(dataset);

export function GET() {
	return new Response(body, {
		headers: dataFileHeaders('text/markdown; charset=utf-8', 'belarus-2020-data-README.md')
	});
}
