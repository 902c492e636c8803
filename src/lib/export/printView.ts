/**
 * The print view (`/print`): every chart and the map of a period, each with its title, description
 * (the image's text alternative) and articles (the drawing carries its source line), and the sentences the records come from,
 * for a browser to print on A4 or Letter. The drawings are the SVG exports (svg.ts), so paper shows
 * exactly what a slide shows.
 */
import { chartModel, citedArticles } from '$lib/charts/chartModel';
import { placeSummaries } from '$lib/charts/placeSummaries';
import type { Article, Dataset } from '$lib/data/schema';
import { formatDate } from '$lib/i18n/format';
import { messages } from '$lib/i18n/messages';
import type { Options } from '$lib/view/options';
import { packRecords, type PackRecords } from './packContents';
import { exportIds, exportPath, type ExportId } from './urls';

export interface PrintedChart {
	id: ExportId;
	title: string;
	subtitle: string;
	description: string;
	/** The SVG export, light, at the 16:9 slide size. */
	src: string;
	articles: Pick<Article, 'id' | 'title' | 'title_en' | 'date'>[];
}

export interface PrintView {
	charts: PrintedChart[];
	records: PackRecords;
}

export function printView(d: Dataset, o: Pick<Options, 'lang' | 'from' | 'to'>): PrintView {
	const range = { from: o.from, to: o.to };
	const m = messages[o.lang];
	const src = (id: ExportId) =>
		exportPath(id, 'svg', d.period, {
			preset: 'slide-720',
			theme: 'light',
			title: false,
			lang: o.lang,
			...range
		});
	const charts = exportIds.map((id): PrintedChart => {
		if (id === 'map') {
			const summaries = placeSummaries(d, range);
			const plotted = summaries.flatMap((s) => [...s.figures, ...s.events]);
			const articles = citedArticles(d, plotted);
			const description = m.map.describe(
				summaries.length,
				plotted.length,
				formatDate(o.from, o.lang),
				formatDate(o.to, o.lang)
			);
			const t = m.charts.map;
			return {
				id,
				title: t.title,
				subtitle: t.subtitle,
				description,
				src: src(id),
				articles
			};
		}
		const model = chartModel(id, d, { ...o, yscale: 'log' });
		const { title, subtitle, description } = model.text;
		return { id, title, subtitle, description, src: src(id), articles: model.articles };
	});
	return { charts, records: packRecords(d, range, exportIds) };
}
