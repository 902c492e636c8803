/**
 * The answers the export endpoints share (`/export/<chart>.<ext>`, `/export/pack.zip`): a plain-text
 * error that is never kept, the 503 of the PNG workers with Retry-After, and conditional requests.
 */
import { pngPool } from './png';
import { etagOf } from './svg';
import type { Outcome } from './workerPool';

/** Seconds a client is asked to wait before asking again for a PNG the workers could not draw. */
const RETRY_AFTER_S = 5;

export const exportError = (status: number, body: string, headers: Record<string, string> = {}) =>
	new Response(body, {
		status,
		headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers }
	});

/** `what` the workers could not make: a PNG, or the presenter's pack (drawn by the same workers). */
export async function unavailable(
	reason: Exclude<Outcome<unknown>, { ok: true }>['reason'],
	what: 'PNG' | 'pack' = 'PNG'
): Promise<Response> {
	const { workers, queue, timeoutMs } = (await pngPool()).config;
	const message =
		reason === 'busy'
			? `The PNG export is busy: it draws ${workers} ${workers === 1 ? 'file' : 'files'} at a time ` +
				`and keeps at most ${queue} waiting. ` +
				`Try again in ${RETRY_AFTER_S} seconds (the SVG of the same chart is not limited).`
			: `Drawing this ${what} took longer than the limit of ${timeoutMs / 1000} seconds, and it was stopped. ` +
				`Try again in ${RETRY_AFTER_S} seconds, or ask for a smaller size or scale.`;
	return exportError(503, message, { 'retry-after': String(RETRY_AFTER_S) });
}

/** If-None-Match holds the tag (or `*`): the client's copy is current. Compared weakly, as RFC 9110 says. */
export function matches(header: string | null, etag: string): boolean {
	if (!header) return false;
	return header.split(',').some((t) => {
		const tag = t.trim().replace(/^W\//, '');
		return tag === '*' || tag === etag;
	});
}

/** The strong validator of a kept PNG or pack, hashed once per file (an SVG carries its own: svg.ts). */
const etags = new WeakMap<Uint8Array, string>();

export function keptFileEtag(bytes: Uint8Array): string {
	let tag = etags.get(bytes);
	if (!tag) etags.set(bytes, (tag = etagOf(bytes)));
	return tag;
}
