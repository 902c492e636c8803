/**
 * Who may use the desk. It exists only on a development server (`npm run desk`, `npm run dev`) that was
 * given a token (`DESK_TOKEN`, made and printed as the server starts: src/lib/desk/vitePlugin.ts); the
 * production server and the static build have `dev` false, so every desk URL is a 404 there, whatever
 * the environment says. It answers only on the loopback address, and a write needs the token and must
 * come from the desk's own page (same origin), so that no other site open in the reporter's browser can
 * post into data/.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { dev } from '$app/environment';

export function deskEnabled(): boolean {
	return dev && Boolean(process.env.DESK_TOKEN);
}

const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function isLoopback(address: string): boolean {
	return loopback.has(address);
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Why a write request is refused (status and sentence), or null when it may write. */
export function refuseWrite(request: Request, url: URL, clientAddress: string): [number, string] | null {
	if (!isLoopback(clientAddress)) return [403, 'The desk answers only on 127.0.0.1.'];
	const origin = request.headers.get('origin');
	const site = request.headers.get('sec-fetch-site');
	if (origin !== url.origin || (site !== null && site !== 'same-origin')) {
		return [403, "A write must come from the desk's own page (same origin)."];
	}
	const token = request.headers.get('x-desk-token') ?? '';
	if (!timingSafeEqual(digest(token), digest(process.env.DESK_TOKEN ?? ''))) {
		return [401, 'A write needs the token the desk printed when it started (header X-Desk-Token).'];
	}
	if (!(request.headers.get('content-type') ?? '').startsWith('application/json')) {
		return [415, 'A write is a JSON body (Content-Type: application/json).'];
	}
	return null;
}
