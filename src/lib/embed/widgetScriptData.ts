/**
 * What a server-rendered widget page hands its small script (`/widget.js`, and `/dashboard.js` for all four charts):
 * the tooltip of each mark (the chart model's table rows, with their days for the linked highlight)
 * and the source panel of each record (the paragraph with the quote, the article, the other reports
 * of the same claim), already worded and formatted, so that the script only puts text into place.
 * Both travel as non-executed JSON blocks in the page (`jsonScript`).
 */
import { articleLabel, chartModel, chartIds, type ChartId, type TableRow } from '$lib/charts/chartModel';
import type { PageRecords } from '$lib/data/pageData';
import { provenance } from '$lib/data/provenance';
import type { Event, Figure } from '$lib/data/schema';
import { formatDate, formatDateSpan, formatValue } from '$lib/i18n/format';
import { messages } from '$lib/i18n/messages';
import type { Lang, Options } from '$lib/view/options';
import type { WidgetId } from './widgets';

/** A mark's tooltip: its table row, and its first and last day (marks whose days overlap light up with it). */
export interface WidgetTooltipRow extends TableRow {
	x0: string;
	x1: string;
}

/** One record's source panel, worded as `SourcePanel.svelte` words it. */
export interface WidgetSource {
	/** "Arrestaties: meer dan 700", or the event's title. */
	headline: string;
	/** The record's days and how the article put them: "15 aug 2020 · zaterdag". */
	when: string;
	article: { href: string; text: string; date: string };
	/** The language of the article's paragraph. */
	lang: string;
	before: string;
	quote: string;
	after: string;
	note: string | null;
	sameClaim: { href: string; text: string; quote: string; lang: string }[];
}

export interface WidgetSources {
	alsoReported: string;
	records: Record<string, WidgetSource>;
}

export interface WidgetScriptData {
	/** Null for the headline strip, which has no marks (its quotes show with CSS alone). */
	rows: WidgetTooltipRow[] | null;
	sources: WidgetSources;
}

function sourceHref(articleId: string, recordId: string, lang: Lang): string {
	return `/sources/${articleId}${lang === 'en' ? '?lang=en' : ''}#${recordId}`;
}

function headline(r: Figure | Event, lang: Lang): string {
	return 'metric' in r
		? `${messages[lang].metrics[r.metric]}: ${formatValue(r, lang)}`
		: lang === 'nl'
			? r.title_nl
			: r.title_en;
}

/** The source panel of `id`, or null when the records do not hold it. */
export function widgetSource(records: PageRecords, id: string, lang: Lang): WidgetSource | null {
	const p = provenance(records, id);
	if (!p) return null;
	const { record, article, context } = p;
	return {
		headline: headline(record, lang),
		when: `${formatDateSpan(record.date, record.date_end, lang)} · ${record.date_words}`,
		article: {
			href: sourceHref(article.id, record.id, lang),
			text: `${articleLabel(article)} · ${lang === 'nl' ? article.title : article.title_en}`,
			date: formatDate(article.date, lang)
		},
		lang: article.language,
		before: context.before,
		quote: context.quote,
		after: context.after,
		note: record.note ?? null,
		sameClaim: p.sameClaim.map((s) => ({
			href: sourceHref(s.article.id, s.record.id, lang),
			text: `${articleLabel(s.article)} (${formatDate(s.article.date, lang)})`,
			quote: s.record.quote,
			lang: s.article.language
		}))
	};
}

function tooltipRows(
	id: ChartId,
	records: PageRecords,
	options: Pick<Options, 'lang' | 'from' | 'to' | 'yscale'>
): WidgetTooltipRow[] {
	const model = chartModel(id, records, options);
	const days = new Map(model.marks.map((k) => [k.id, { x0: k.x0, x1: k.x1 }]));
	return model.table.map((row) => ({ ...row, ...days.get(row.id)! }));
}

function sourcesOf(records: PageRecords, lang: Lang): WidgetSources {
	const sources: Record<string, WidgetSource> = {};
	for (const r of [...records.figures, ...records.events]) {
		const source = widgetSource(records, r.id, lang);
		if (source) sources[r.id] = source;
	}
	return { alsoReported: messages[lang].alsoReported, records: sources };
}

/** Tooltips for a chart widget's marks (null for the headline strip) and the source panel of every record it holds. */
export function widgetScriptData(
	id: WidgetId,
	records: PageRecords,
	options: Pick<Options, 'lang' | 'from' | 'to' | 'yscale'>
): WidgetScriptData {
	const rows = (chartIds as readonly string[]).includes(id)
		? tooltipRows(id as ChartId, records, options)
		: null;
	return { rows, sources: sourcesOf(records, options.lang) };
}

/** What `/dashboard.js` reads: the tooltips of every chart's marks, and every record's source panel. */
export interface DashboardScriptData {
	rows: Record<ChartId, WidgetTooltipRow[]>;
	sources: WidgetSources;
}

export function dashboardScriptData(
	records: PageRecords,
	options: Pick<Options, 'lang' | 'from' | 'to' | 'yscale'>
): DashboardScriptData {
	const rows = Object.fromEntries(chartIds.map((id) => [id, tooltipRows(id, records, options)]));
	return { rows: rows as DashboardScriptData['rows'], sources: sourcesOf(records, options.lang) };
}

/**
 * JSON for a `<script type="application/json">` block: `<` is written `\u003c`, so no `</script>` or
 * `<!--` inside a quote can end the block early; JSON.parse reads it back unchanged.
 */
export function jsonScript(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** A non-executed data block holding `value`: `<script type="application/json" id="…">`. */
export function jsonScriptElement(id: string, value: unknown): string {
	return `<script type="application/json" id="${id}" data-view="${id}">${jsonScript(value)}</script>`;
}
