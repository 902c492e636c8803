/**
 * The addresses of the export files, shared by the server (svg.ts, the endpoint) and the browser
 * (download menu, social cards): a download link is exactly the endpoint's URL with the options shown.
 */
import { optionsToSearch, type OptionName, type Options } from '$lib/view/options';

export const exportIds = ['arrests', 'protests', 'sanctions', 'timeline', 'map'] as const;
export type ExportId = (typeof exportIds)[number];

export function isExportId(id: string): id is ExportId {
	return (exportIds as readonly string[]).includes(id);
}

/** The options of the presenter's pack (`/export/pack.zip`): the size, colours and view of every file in it. */
export const packOptionNames = [
	'preset',
	'w',
	'h',
	'lang',
	'theme',
	'from',
	'to'
] as const satisfies readonly OptionName[];

/** The options an export reads from its URL, in the order they are written: the pack's and more. */
export const exportOptionNames = [
	...packOptionNames,
	'title',
	'yscale',
	'scale',
	'headline',
	'subtitle',
	'note'
] as const satisfies readonly OptionName[];

export type ExportOptions = Pick<Options, (typeof exportOptionNames)[number]>;

/** The query string of an export: the options that are not defaults, `?…` or empty. */
export function exportSearch(ext: 'svg' | 'png', options: Partial<ExportOptions> = {}): string {
	// An SVG has no pixel density: `scale` is left out, so both links share the other options.
	return optionsToSearch(ext === 'svg' ? { ...options, scale: undefined } : options, exportOptionNames);
}

/** `/export/arrests.png?preset=slide-1080&theme=dark`: options equal to the defaults are left out. */
export function exportPath(id: ExportId, ext: 'svg' | 'png', options: Partial<ExportOptions> = {}): string {
	return `/export/${id}.${ext}${exportSearch(ext, options)}`;
}

/**
 * The absolute URL of a chart's social card (1200×630 PNG) for `og:image` / `twitter:image`.
 * `origin` is the site's (`page.url.origin`); crawlers need an absolute URL.
 */
export function socialImageUrl(origin: string, id: ExportId, options: Partial<ExportOptions> = {}): string {
	return origin + exportPath(id, 'png', { preset: 'social', ...options });
}

export type PackOptions = Pick<Options, (typeof packOptionNames)[number]>;

/** `/export/pack.zip?preset=slide-1080&lang=en`: defaults left out. */
export function packPath(options: Partial<PackOptions> = {}): string {
	return `/export/pack.zip${optionsToSearch(options, packOptionNames)}`;
}

/** The print view's options: the language and the period. */
export const printOptionNames = ['lang', 'from', 'to'] as const satisfies readonly OptionName[];

/** `/print?from=2020-09-01`: every chart of the period on paper. */
export function printPath(options: Partial<Pick<Options, 'lang' | 'from' | 'to'>> = {}): string {
	return `/print${optionsToSearch(options, printOptionNames)}`;
}
