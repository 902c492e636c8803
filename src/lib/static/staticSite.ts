/**
 * The static folder (`npm run build:static`): where it keeps each page, and how a page knows it is
 * served from it. Pure, shared by the build (src/scripts/build-static.ts), the server's pages (the
 * links they write when rendered for the folder) and the islands (which apply a URL's options in the
 * browser there, src/lib/islands/urlOptions.ts).
 *
 * A static host ignores the query string: `/embed/arrests?lang=en` gets the same file as
 * `/embed/arrests`. So each page is kept once per language, the English one under `/en/`, and the
 * rest of a URL's options (range, theme, title, …) are applied by the islands.
 */
import type { WidgetId } from '$lib/embed/widgets';
import type { Host } from '$lib/export/urls';
import type { Lang } from '$lib/view/options';

/** `<html data-host="static">`: a page of the static folder (set by hooks.server.ts as the build renders it). */
export function hostOf(root: { dataset: DOMStringMap }): Host {
	return root.dataset.host === 'static' ? 'static' : 'node';
}

/** The page's path in the language's copy: `/embed/map` → `/en/embed/map`, `/en/` → `/` for Dutch. */
export function langPath(pathname: string, lang: Lang): string {
	const base = pathname === '/en' ? '/' : pathname.startsWith('/en/') ? pathname.slice(3) : pathname;
	return lang === 'nl' ? base : base === '/' ? '/en/' : `/en${base}`;
}

/** The language of the static copy at `pathname`. */
export function langOfPath(pathname: string): Lang {
	return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'nl';
}

/**
 * The file a page is written to, relative to the folder: `/` → `index.html`, `/en/` →
 * `en/index.html`, `/embed/arrests` → `embed/arrests.html`. Every static host and CDN serves
 * `index.html` for a folder; `name.html` for `/name` is what they call clean or pretty URLs
 * (Netlify, Cloudflare Pages, Vercel, GitHub Pages, `npm run serve:static`).
 */
export function pageFile(pathname: string): string {
	const path = pathname.replace(/^\/+/, '');
	return path === '' || path.endsWith('/') ? `${path}index.html` : `${path}.html`;
}

/** The widget's oEmbed answer in the folder, one per widget and language (a static host cannot read `?url=`). */
export function oembedPath(id: WidgetId, lang: Lang): string {
	return `/oembed/${id}${lang === 'en' ? '.en' : ''}.json`;
}
