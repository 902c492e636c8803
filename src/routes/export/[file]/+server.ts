/**
 * `/export/<chart>.svg` and `/export/<chart>.png`: slide-ready files of every chart and the map, with
 * the options of the URL (size or preset, language, theme, period, title, pixel density, y scale).
 * A file is a download (Content-Disposition) with a strong ETag, so a repeated request is a 304.
 * A PNG is drawn by the PNG workers (png.ts): when they are all busy and their queue is full, or a
 * render passes its time limit, the answer is a 503 with Retry-After and a plain sentence saying so.
 */
import type { RequestHandler } from './$types';
import { dataset } from '$lib/data/dataset';
import { exportPng } from '$lib/export/png';
import { exportError as text, keptFileEtag, matches, unavailable } from '$lib/export/responses';
import { exportIds, exportOptionNames, exportSize, exportSvg, isExportId } from '$lib/export/svg';
import { ownWordsTooLong } from '$lib/export/ownWords';
import { parseOptions } from '$lib/view/options';
import { optionErrorMessage } from '$lib/view/optionError';

const FILE = /^([a-z]+)\.(svg|png)$/;
/** A PNG's memory is width × height × 4 bytes while it is drawn: 36 million pixels is 144 MB. */
const MAX_PNG_PIXELS = 36_000_000;

export const GET: RequestHandler = async ({ params, url, request }) => {
	const m = FILE.exec(params.file);
	if (!m || !isExportId(m[1])) {
		return text(
			404,
			`No such export. Files: ${exportIds.map((id) => `/export/${id}.svg or .png`).join(', ')}.`
		);
	}
	const [, id, ext] = m as unknown as [string, (typeof exportIds)[number], 'svg' | 'png'];
	const parsed = parseOptions(url.searchParams, exportOptionNames, dataset.period);
	if (!parsed.ok) return text(400, optionErrorMessage(parsed.error));

	if (ext === 'png') {
		const { width, height } = exportSize(parsed.options);
		const scale = parsed.options.scale;
		if (width * height * scale * scale > MAX_PNG_PIXELS) {
			const most = Math.max(1, Math.floor(Math.sqrt(MAX_PNG_PIXELS / (width * height))));
			const allowed = `at most ${most} at ${width}×${height} (a PNG holds at most ${MAX_PNG_PIXELS / 1e6} million pixels)`;
			return text(
				400,
				optionErrorMessage({ option: 'scale', message: 'is too large for this size', allowed })
			);
		}
	}

	// Made (or found) first for a PNG too: it says whether own words fit, and the PNG is drawn from it.
	const svgFile = exportSvg(id, dataset, parsed.options);
	if (!svgFile.fits) return text(400, ownWordsTooLong(exportSize(parsed.options)));
	let file: { body: string | Uint8Array; filename: string; type: string; etag: string };
	if (ext === 'svg') {
		const { svg, filename, etag } = svgFile;
		file = { body: svg, filename, etag, type: 'image/svg+xml;charset=utf-8' };
	} else {
		const outcome = await exportPng(id, dataset, parsed.options);
		if (!outcome.ok) return unavailable(outcome.reason);
		const { png, filename } = outcome.value;
		file = { body: png, filename, etag: keptFileEtag(png), type: 'image/png' };
	}
	const etag = file.etag;
	const headers = {
		etag,
		'cache-control': 'public, max-age=3600',
		'access-control-allow-origin': '*'
	};
	if (matches(request.headers.get('if-none-match'), etag))
		return new Response(null, { status: 304, headers });
	return new Response(file.body as BodyInit, {
		headers: {
			...headers,
			'content-type': file.type,
			'content-disposition': `attachment; filename="${file.filename}"`,
			// An SVG opened from this site runs no script and loads nothing.
			'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
		}
	});
};
