/**
 * What the static folder holds: every page, widget, data file, oEmbed answer and prerendered export,
 * each as the Node server's URL that makes it and the file it is written to. The build asks the
 * built Node server for each URL (src/scripts/build-static.ts), so the folder's files are the
 * server's answers, byte for byte. Pure: tested in tests/unit/static/.
 */
import { chartIds } from '$lib/charts/chartModel';
import { widgetIds } from '$lib/embed/widgets';
import {
	exportIds,
	exportPath,
	prerenderedExportPath,
	prerenderedPresets,
	prerenderedThemes
} from '$lib/export/urls';
import type { Period } from '$lib/story/period';
import { langs, themes } from '$lib/view/options';
import { langPath, oembedPath, pageFile } from './staticSite';

export interface StaticEntry {
	/** Path and query asked of the Node server. */
	url: string;
	/** Where the answer goes, relative to the folder. */
	file: string;
}

const lq = (lang: string) => (lang === 'en' ? '?lang=en' : '');

/** The pages (dashboard, sources, widgets) in each language. */
export function pageEntries(articleIds: readonly string[]): StaticEntry[] {
	const paths = ['/', ...articleIds.map((id) => `/sources/${id}`), ...widgetIds.map((id) => `/embed/${id}`)];
	return paths.flatMap((path) =>
		langs.map((lang) => ({ url: path + lq(lang), file: pageFile(langPath(path, lang)) }))
	);
}

/** The data files, the basemap images and the widgets' oEmbed answers. */
export function fileEntries(origin: string): StaticEntry[] {
	const data = [
		'figures.json',
		'figures.csv',
		'figures.xlsx',
		'datapackage.json',
		'README.md',
		'LICENSE.md',
		...chartIds.map((id) => `${id}.csv`)
	].map((name) => ({ url: `/data/${name}`, file: `data/${name}` }));
	const basemaps = themes
		.filter((t) => t === 'light' || t === 'dark')
		.map((t) => ({ url: `/map/basemap-${t}.svg`, file: `map/basemap-${t}.svg` }));
	const oembed = widgetIds.flatMap((id) =>
		langs.map((lang) => {
			const widget = `${origin}/embed/${id}${lq(lang)}`;
			const query = new URLSearchParams({ url: widget, format: 'json' });
			return { url: `/oembed?${query}`, file: oembedPath(id, lang).slice(1) };
		})
	);
	return [...data, ...basemaps, ...oembed];
}

/** Every preset (and the default size) of every chart and the map, in each language and colour, SVG and PNG. */
export function exportEntries(period: Period): StaticEntry[] {
	const sizes = [null, ...prerenderedPresets];
	// The bare URL (`/export/arrests.png`: the default size, Dutch, light) too, as links to it exist.
	const out = new Map<string, StaticEntry>(
		exportIds.flatMap((id) =>
			(['svg', 'png'] as const).map((ext) => {
				const bare = exportPath(id, ext, period);
				return [bare, { url: bare, file: bare.slice(1) }] as const;
			})
		)
	);
	for (const id of exportIds)
		for (const preset of sizes)
			for (const lang of langs)
				for (const theme of prerenderedThemes)
					for (const ext of ['svg', 'png'] as const) {
						const o = { preset, lang, theme };
						const file = prerenderedExportPath(id, ext, period, o)!.slice(1);
						// The default size is the slide-720 preset's file: asked for once.
						if (!out.has(file)) out.set(file, { url: exportPath(id, ext, period, o), file });
					}
	return [...out.values()];
}
