/**
 * The newsroom desk (/desk): a new article in, its suggestions reviewed, its records saved into data/.
 * Only on a development server with a token (src/lib/desk/guard.server.ts); a 404 everywhere else. It
 * reads data/ afresh on every load, so it always checks against the files as they are now.
 */
import { error } from '@sveltejs/kit';
import { resolve } from 'node:path';
import { deskEnabled, isLoopback } from '$lib/desk/guard.server';
import { readDataFiles } from '../../scripts/read-data';

export const prerender = false;

export function load({ getClientAddress }) {
	if (!deskEnabled() || !isLoopback(getClientAddress())) error(404, 'Not found');
	return { raw: readDataFiles(resolve('data')) };
}
