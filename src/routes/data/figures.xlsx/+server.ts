import { dataset } from '$lib/data/dataset';
import { toXlsx } from '$lib/api/spreadsheet';
import { dataFileHeaders } from '$lib/api/licence';

const xlsx = toXlsx(dataset);

export async function GET() {
	return new Response(await xlsx, {
		headers: dataFileHeaders(
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'belarus-2020-figures.xlsx'
		)
	});
}
