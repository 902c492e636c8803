/**
 * Sets the page language, theme and host (src/lib/static/host.server.ts) on <html> from the URL (after validation: an unknown value
 * falls back to the default here; the page's own load answers it with a 400), and the headers
 * every response carries: widgets may be framed by any site, the rest by none. Keeps the widgets
 * and the dashboard as rendered (src/lib/server/keptPages.ts). And checks the PNG
 * workers' settings as the server starts, so a wrong PNG_WORKERS, PNG_QUEUE or PNG_TIMEOUT_MS stops it
 * then, with a message, rather than failing every PNG.
 */
import type { Handle, ServerInit } from '@sveltejs/kit';
import { availableParallelism } from 'node:os';
import { building, dev } from '$app/environment';
import { env } from '$env/dynamic/public';
import { langs, themes } from '$lib/view/options';
import { themeCss } from '$lib/charts/themeCss';
import { pngPoolConfig } from '$lib/export/poolConfig';
import { host } from '$lib/static/host.server';
import { createKeptPages, pageKey } from '$lib/server/keptPages';

export const init: ServerInit = () => {
	pngPoolConfig(process.env, availableParallelism());
};

function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
	const v = value?.toLowerCase() ?? '';
	return (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
}

/** The origin of a configured tile server, if any: the default map requests no tiles at all. */
function tileOrigin(): string {
	if (building || !env.PUBLIC_TILE_URL) return '';
	try {
		return new URL(env.PUBLIC_TILE_URL.replace(/[{}]/g, '')).origin;
	} catch {
		return '';
	}
}

/**
 * The pages readers load most (widgets, the dashboard), kept as rendered: 16 MB holds a few hundred
 * views. Not on the development server, where the desk changes the data.
 */
const keptPages = createKeptPages(16 * 1024 * 1024);

function isKept(url: URL, method: string): boolean {
	return (
		!dev && !building && method === 'GET' && (url.pathname === '/' || url.pathname.startsWith('/embed/'))
	);
}

export const handle: Handle = async ({ event, resolve }) => {
	// Prerendered routes (the data API) have no query string to read.
	const params = building ? new URLSearchParams() : event.url.searchParams;
	const lang = pick(params.get('lang'), langs, 'nl');
	const theme = pick(params.get('theme'), themes, 'auto');
	event.locals.lang = lang;
	const render = () =>
		resolve(event, {
			transformPageChunk: ({ html }) =>
				html
					.replace('%lang%', lang)
					.replace('%theme%', theme)
					.replace('%host%', host)
					.replace('<!--theme-css-->', `<style>${themeCss}</style>`)
		});
	const response = isKept(event.url, event.request.method)
		? await keptPages(pageKey(event.url), render)
		: await render();
	const isWidget = event.url.pathname.startsWith('/embed/') || event.url.pathname.startsWith('/export/');
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
	if (!isWidget) response.headers.set('x-frame-options', 'DENY');
	// embed: a widget sits in other sites' articles; it never sets a cookie there.
	if (isWidget) response.headers.delete('set-cookie');
	let csp = response.headers.get('content-security-policy');
	if (csp) {
		// A deployment that sets a tile server (PUBLIC_TILE_URL) lets the map's images come from it.
		const tiles = tileOrigin();
		if (tiles) csp = csp.replace("img-src 'self'", `img-src 'self' ${tiles}`);
		response.headers.set('content-security-policy', `${csp}; frame-ancestors ${isWidget ? '*' : "'none'"}`);
	}
	return response;
};
