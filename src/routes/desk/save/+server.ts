/**
 * POST /desk/save: writes a new article and its records into data/ (src/lib/desk/save.server.ts), with
 * the token and from the desk's own page only. One save at a time.
 */
import { error, json } from '@sveltejs/kit';
import { resolve } from 'node:path';
import { deskEnabled, refuseWrite } from '$lib/desk/guard.server';
import { saveAddition } from '$lib/desk/save.server';

export const prerender = false;

const maxBytes = 2_000_000;
let queue: Promise<unknown> = Promise.resolve();

export async function POST({ request, url, getClientAddress }) {
	if (!deskEnabled()) error(404, 'Not found');
	const refused = refuseWrite(request, url, getClientAddress());
	if (refused) return json({ ok: false, message: refused[1] }, { status: refused[0] });
	const body = await request.text();
	if (body.length > maxBytes) {
		return json({ ok: false, message: `A save is at most ${maxBytes} bytes.` }, { status: 413 });
	}
	let parsed: unknown;
	try {
		parsed = JSON.parse(body);
	} catch {
		return json(
			{ ok: false, message: 'The body is not JSON: send the desk’s save request.' },
			{ status: 400 }
		);
	}
	const run = queue.then(() => saveAddition(resolve('data'), parsed));
	queue = run.catch(() => undefined);
	const result = await run;
	return json(result, { status: result.ok ? 200 : result.status });
}
