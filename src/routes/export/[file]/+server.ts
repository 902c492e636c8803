/**
 * `/export/<chart>.svg` and `/export/<chart>.png`: slide-ready files of every chart and the map, with
 * the options of the URL (size or preset, language, theme, period, title, pixel density, y scale).
 * A file is a download (Content-Disposition) with a strong ETag, so a repeated request is a 304.
 * A PNG is drawn by the PNG workers (png.ts): when they are all busy and their queue is full, or a
 * render passes its time limit, the answer is a 503 with Retry-After and a plain sentence saying so.
 */
import type { RequestHandler } from './$types';
import { dataset } from '$lib/data/dataset';
import { exportPng, pngPool, type PngOutcome } from '$lib/export/png';
import { etagOf, exportIds, exportOptionNames, exportSize, exportSvg, isExportId } from '$lib/export/svg';
import { ownWordsTooLong } from '$lib/export/ownWords';
import { parseOptions } from '$lib/view/options';
import { optionErrorMessage } from '$lib/view/optionError';

const FILE = /^([a-z]+)\.(svg|png)$/;
/** A PNG's memory is width × height × 4 bytes while it is drawn: 36 million pixels is 144 MB. */
const MAX_PNG_PIXELS = 36_000_000;

/** Seconds a client is asked to wait before asking again for a PNG the workers could not draw. */
const RETRY_AFTER_S = 5;

const text = (status: number, body: string, headers: Record<string, string> = {}) =>
	new Response(body, {
		status,
		headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers }
	});

async function unavailable(reason: Exclude<PngOutcome, { ok: true }>['reason']): Promise<Response> {
	const { workers, queue, timeoutMs } = (await pngPool()).config;
	const message =
		reason === 'busy'
			? `The PNG export is busy: it draws ${workers} ${workers === 1 ? 'file' : 'files'} at a time ` +
				`and keeps at most ${queue} waiting. ` +
				`Try again in ${RETRY_AFTER_S} seconds (the SVG of the same chart is not limited).`
			: `Drawing this PNG took longer than the limit of ${timeoutMs / 1000} seconds, and it was stopped. ` +
				`Try again in ${RETRY_AFTER_S} seconds, or ask for a smaller size or scale.`;
	return text(503, message, { 'retry-after': String(RETRY_AFTER_S) });
}

/** A PNG's strong validator, hashed once per kept file (an SVG carries its own: svg.ts). */
const etags = new WeakMap<Uint8Array, string>();

function pngEtag(bytes: Uint8Array): string {
	let tag = etags.get(bytes);
	if (!tag) etags.set(bytes, (tag = etagOf(bytes)));
	return tag;
}

/** If-None-Match holds the tag (or `*`): the client's copy is current. Compared weakly, as RFC 9110 says. */
function matches(header: string | null, etag: string): boolean {
	if (!header) return false;
	return header.split(',').some((t) => {
		const tag = t.trim().replace(/^W\//, '');
		return tag === '*' || tag === etag;
	});
}

export const GET: RequestHandler = async ({ params, url, request }) => {
	const m = FILE.exec(params.file);
	if (!m || !isExportId(m[1])) {
		return text(
			404,
			`No such export. Files: ${exportIds.map((id) => `/export/${id}.svg or .png`).join(', ')}.`
		);
	}
	const [, id, ext] = m as unknown as [string, (typeof exportIds)[number], 'svg' | 'png'];
	const parsed = parseOptions(url.searchParams, exportOptionNames);
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
		file = { body: png, filename, etag: pngEtag(png), type: 'image/png' };
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
