/**
 * The words of a record's source panel (SourcePanel.svelte): the paragraph with the quote, the
 * article, the records linked to it (other reports of the same claim, what describes or denies it). And the one safe way to put data into a page as a
 * non-executed JSON block (`jsonScript`), which the islands read their props and records from.
 */
import { placeName, valueInWords } from '$lib/charts/chartModel';
import { articleInWords, articleRef, type ArticleRef } from './articleRef';
import type { PageRecords } from './pageData';
import { provenance, relations, type Relation } from './provenance';
import type { Event, Figure } from '$lib/data/schema';
import { formatDateSpan } from '$lib/i18n/format';
import { messages } from '$lib/i18n/messages';
import type { Lang } from '$lib/view/options';

/** One record's source panel, worded as `SourcePanel.svelte` words it. */
export interface RecordSource {
	/** "Arrestaties: meer dan 700", or the event's title. */
	headline: string;
	/** The record's days: "15 aug 2020". */
	when: string;
	/** How the article put them, in its language (`lang`): "zaterdag". */
	dateWords: string;
	/** Where, and how the article puts it when the quote does not: "Minsk · 'Daar': …", or that it names no place. */
	where: string;
	/** The article by title, day and outlet; `href` goes to the record's paragraph in its text. */
	article: ArticleRef;
	/** The language of the article's paragraph. */
	lang: string;
	before: string;
	quote: string;
	after: string;
	note: string | null;
	/**
	 * English views: the curated English translation of the quote and of its day words, shown under
	 * the verbatim original (never instead of it). Null in Dutch views.
	 */
	translation: { quote: string; dateWords: string } | null;
	/** Linked records, by relation (only those with records): "Ook gemeld in", "Meer hierover", "Ontkend". */
	related: { relation: Relation; heading: string; items: RelatedItem[] }[];
}

export interface RelatedItem {
	href: string;
	/** "‘Loekasjenko onder druk: …’ (17 aug 2020)", and for another record than a report of the same claim, its headline. */
	text: string;
	quote: string;
	/** English views: the quote's curated English translation; else null. */
	quoteEn: string | null;
	lang: string;
}

function sourceHref(articleId: string, recordId: string, lang: Lang): string {
	return `/sources/${articleId}${lang === 'en' ? '?lang=en' : ''}#${recordId}`;
}

/** What a record reports: "Arrestaties: meer dan 700", "… duizenden (getekend als 2.000 tot 10.000)", or the event's title. */
export function headline(r: Figure | Event, lang: Lang): string {
	return 'metric' in r
		? `${messages[lang].metrics[r.metric]}: ${valueInWords(r, lang)}`
		: lang === 'nl'
			? r.title_nl
			: r.title_en;
}

/** The source panel of `id`, or null when the records do not hold it. */
export function recordSource(records: PageRecords, id: string, lang: Lang): RecordSource | null {
	const p = provenance(records, id);
	if (!p) return null;
	const { record, article, context } = p;
	const m = messages[lang];
	return {
		headline: headline(record, lang),
		when: formatDateSpan(record.date, record.date_end, lang),
		dateWords: record.date_words,
		where: [placeName(records, record.place, lang), record.place_words].filter(Boolean).join(' · '),
		article: {
			...articleRef(article, lang),
			// The paragraph of this record in the article's text.
			href: sourceHref(article.id, record.id, lang)
		},
		lang: article.language,
		before: context.before,
		quote: context.quote,
		after: context.after,
		note: record.note ?? null,
		translation: lang === 'en' ? { quote: record.quote_en, dateWords: record.date_words_en } : null,
		related: relations
			.filter((relation) => p.related[relation].length > 0)
			.map((relation) => ({
				relation,
				heading: relation === 'sameClaim' ? m.alsoReported : m.related[relation],
				items: p.related[relation].map(({ record: r, article: a }) => {
					const where = articleInWords(articleRef(a, lang));
					return {
						href: sourceHref(a.id, r.id, lang),
						text: relation === 'sameClaim' ? where : `${where} · ${headline(r, lang)}`,
						quote: r.quote,
						quoteEn: lang === 'en' ? r.quote_en : null,
						lang: a.language
					};
				})
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
