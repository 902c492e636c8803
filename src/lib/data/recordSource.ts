/**
 * The words of a record's source panel (SourcePanel.svelte): the paragraph with the quote, the
 * article, the other reports of the same claim. And the one safe way to put data into a page as a
 * non-executed JSON block (`jsonScript`), which the islands read their props and records from.
 */
import { articleLabel } from '$lib/charts/chartModel';
import type { PageRecords } from './pageData';
import { provenance } from './provenance';
import type { Event, Figure } from '$lib/data/schema';
import { formatDate, formatDateSpan, formatValue } from '$lib/i18n/format';
import { messages } from '$lib/i18n/messages';
import type { Lang } from '$lib/view/options';

/** One record's source panel, worded as `SourcePanel.svelte` words it. */
export interface RecordSource {
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
export function recordSource(records: PageRecords, id: string, lang: Lang): RecordSource | null {
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

/** JSON that stays data inside `<script type="application/json">`: no `<`, so no `</script>` or `<!--`. */
export function jsonScript(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** A non-executed data block holding `value`: `<script type="application/json" id="…">`. */
export function jsonScriptElement(id: string, value: unknown): string {
	return `<script type="application/json" id="${id}">${jsonScript(value)}</script>`;
}
