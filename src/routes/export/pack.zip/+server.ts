/**
 * `/export/pack.zip`: the presenter's pack (pack.ts) with the options of the URL (`preset` or `w`/`h`,
 * `lang`, `theme`, `from`, `to`). Made by the PNG workers: when they are all busy and their line is
 * full, or the pack passes their time limit, the answer is the PNG export's 503 with Retry-After.
 */
import type { RequestHandler } from './$types';
import { dataset } from '$lib/data/dataset';
import { exportPack } from '$lib/export/pack';
import { exportSize } from '$lib/export/svg';
import { packOptionNames } from '$lib/export/urls';
import { exportError, keptFileEtag, matches, unavailable } from '$lib/export/responses';
import { parseOptions } from '$lib/view/options';
import { optionErrorMessage } from '$lib/view/optionError';

/** The pack holds one PNG per chart at the file's size: 4 megapixels each keeps it a download, not a job. */
const MAX_PIXELS = 4_000_000;

export const GET: RequestHandler = async ({ url, request }) => {
	const parsed = parseOptions(url.searchParams, packOptionNames, dataset.period);
	if (!parsed.ok) return exportError(400, optionErrorMessage(parsed.error));
	const o = parsed.options;
	const { width, height } = exportSize(o);
	if (width * height > MAX_PIXELS) {
		return exportError(
			400,
			optionErrorMessage({
				option: 'w',
				message: 'and h make files too large for a pack',
				allowed: `at most ${MAX_PIXELS / 1e6} million pixels (w × h), as every preset is`
			})
		);
	}
	const outcome = await exportPack(dataset, o, url.origin);
	if (!outcome.ok) return unavailable(outcome.reason, 'pack');
	const { zip, filename } = outcome.value;
	const etag = keptFileEtag(zip);
	const headers = { etag, 'cache-control': 'public, max-age=3600', 'access-control-allow-origin': '*' };
	if (matches(request.headers.get('if-none-match'), etag))
		return new Response(null, { status: 304, headers });
	return new Response(zip as BodyInit, {
		headers: {
			...headers,
			'content-type': 'application/zip',
			'content-disposition': `attachment; filename="${filename}"`
		}
	});
};
