import { dataset } from '$lib/data/dataset';
import { publicDataset } from '$lib/api/publicData';
import { dataFileHeaders, licenceNotice } from '$lib/api/licence';

export function GET({ url }) {
	const body = JSON.stringify({
		license: licenceNotice(url.origin),
		// The days the story covers: from the election to the newest article's day.
		period: dataset.period,
		...publicDataset(dataset)
	});
	return new Response(body, {
		headers: dataFileHeaders('application/json; charset=utf-8', 'belarus-2020-figures.json')
	});
}
