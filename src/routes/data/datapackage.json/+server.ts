import { dataset } from '$lib/data/dataset';
import { dataPackage } from '$lib/api/dataPackage';
import { dataFileHeaders } from '$lib/api/licence';

const body = JSON.stringify(dataPackage(dataset), null, 2);

export function GET() {
	return new Response(body, {
		headers: dataFileHeaders('application/json; charset=utf-8', 'datapackage.json')
	});
}
