/**
 * The addresses of the export files, shared by the server (svg.ts, the endpoint) and the browser
 * (download menu, social cards): a download link is exactly the endpoint's URL with the options shown.
 */
import type { Period } from '$lib/story/period';
import {
	defaultOptions,
	optionsFor,
	optionsToSearch,
	presets,
	type OptionName,
	type Options,
	type Preset
} from '$lib/view/options';

/** What serves the site: `npm run serve` (Node), or any static file server (the static folder). */
export type Host = 'node' | 'static';

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

/** Without a preset or w/h, an export is a 16:9 slide of 1280×720. */
export const DEFAULT_PRESET = 'slide-720' as const;

/** The file's size in pixels: w/h win over the preset, the preset over the default. */
export function exportSize(o: Pick<Options, 'w' | 'h' | 'preset'>): { width: number; height: number } {
	const p = presets[o.preset ?? DEFAULT_PRESET];
	return { width: o.w ?? p.w, height: o.h ?? p.h };
}

/** `belarus-2020-arrests-nl-1920x1080-dark@2x.png` */
export function exportFilename(
	id: ExportId,
	o: Pick<ExportOptions, 'w' | 'h' | 'preset' | 'theme' | 'lang' | 'scale'>,
	ext: 'svg' | 'png'
): string {
	const { width, height } = exportSize(o);
	const theme = o.theme === 'dark' || o.theme === 'transparent' ? `-${o.theme}` : '';
	const density = ext === 'png' && o.scale > 1 ? `@${o.scale}x` : '';
	return `belarus-2020-${id}-${o.lang}-${width}x${height}${theme}${density}.${ext}`;
}

/** The colours the static folder holds every preset in (`auto` is `light`: a file has no reader's system). */
export const prerenderedThemes = ['light', 'dark', 'transparent'] as const;
export const prerenderedPresets = Object.keys(presets) as Preset[];

/**
 * The static folder's copy of an export, `/export/belarus-2020-arrests-en-1920x1080-dark.png`, or null
 * when the folder has none: it holds every preset (or the default size) in each language and colour,
 * of the whole period with its title and the default y scale, PNGs at 1×. Anything else a reader
 * chooses is made in the browser (src/lib/export/browserExport.ts). The name is the download's name.
 */
export function prerenderedExportPath(
	id: ExportId,
	ext: 'svg' | 'png',
	period: Period,
	options: Partial<ExportOptions> = {}
): string | null {
	const o: ExportOptions = { ...optionsFor(period), ...options };
	const whole = o.from === period.from && o.to === period.to;
	const own = o.headline !== null || o.subtitle !== null || o.note !== null;
	if (o.w !== null || o.h !== null || !whole || !o.title || own || o.yscale !== defaultOptions.yscale)
		return null;
	if (ext === 'png' && o.scale !== 1) return null;
	return `/export/${exportFilename(id, o, ext)}`;
}

/** The query string of an export: the options that are not defaults, `?…` or empty. */
export function exportSearch(
	ext: 'svg' | 'png',
	period: Period,
	options: Partial<ExportOptions> = {}
): string {
	// An SVG has no pixel density: `scale` is left out, so both links share the other options.
	const shown = ext === 'svg' ? { ...options, scale: undefined } : options;
	return optionsToSearch(shown, exportOptionNames, period);
}

/** `/export/arrests.png?preset=slide-1080&theme=dark`: options equal to the defaults are left out. */
export function exportPath(
	id: ExportId,
	ext: 'svg' | 'png',
	period: Period,
	options: Partial<ExportOptions> = {}
): string {
	return `/export/${id}.${ext}${exportSearch(ext, period, options)}`;
}

/**
 * The absolute URL of a chart's social card (1200×630 PNG) for `og:image` / `twitter:image`.
 * `origin` is the site's (`page.url.origin`); crawlers need an absolute URL. A page of the static
 * folder (`host` static) names the folder's copy.
 */
export function socialImageUrl(
	origin: string,
	id: ExportId,
	period: Period,
	options: Partial<ExportOptions> = {},
	host: Host = 'node'
): string {
	const o = { preset: 'social' as const, ...options };
	const prerendered = host === 'static' && prerenderedExportPath(id, 'png', period, o);
	return origin + (prerendered || exportPath(id, 'png', period, o));
}

export type PackOptions = Pick<Options, (typeof packOptionNames)[number]>;

/** `/export/pack.zip?preset=slide-1080&lang=en`: defaults left out. */
export function packPath(period: Period, options: Partial<PackOptions> = {}): string {
	return `/export/pack.zip${optionsToSearch(options, packOptionNames, period)}`;
}

/** The print view's options: the language and the period. */
export const printOptionNames = ['lang', 'from', 'to'] as const satisfies readonly OptionName[];

/** `/print?from=2020-09-01`: every chart of the period on paper. */
export function printPath(
	period: Period,
	options: Partial<Pick<Options, 'lang' | 'from' | 'to'>> = {}
): string {
	return `/print${optionsToSearch(options, printOptionNames, period)}`;
}
