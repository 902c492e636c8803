/** The data's licence (data/LICENSE.md), as every data file's `Link: rel="license"` names it. */
import text from '../../../../data/LICENSE.md?raw';
import { dataFileHeaders } from '$lib/api/licence';

export function GET() {
	return new Response(text, {
		headers: dataFileHeaders('text/markdown; charset=utf-8', 'belarus-2020-data-LICENSE.md')
	});
}
