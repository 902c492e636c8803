/**
 * What the server renders its pages for: `node` (itself, `npm run serve`) or `static`, when
 * `npm run build:static` starts it with STATIC_SITE=1 to write the static folder. A page rendered
 * for the folder says so (`<html data-host="static">`) and names the folder's files where the server
 * has a URL with a query (oEmbed, social cards); everything else is the same page.
 */
import { building } from '$app/environment';
import type { Host } from '$lib/export/urls';

export const host: Host = !building && process.env.STATIC_SITE === '1' ? 'static' : 'node';
