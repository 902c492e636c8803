/**
 * How a record's article is named to a reader: its title in the reader's language, its day, its
 * outlet and address where the data has them, and the link to its text on this site. The short id
 * (`#003`) is kept for where space forces it (a chart's export, a widget's source line), and is
 * linked there too.
 */
import type { Article } from './schema';
import { formatDate } from '$lib/i18n/format';
import type { Lang } from '$lib/view/options';

export interface ArticleRef {
	id: string;
	/** "#003": where space forces it. */
	short: string;
	/** The title in the reader's language (the English one is a translation). */
	title: string;
	/** The title's language: `lang` on it where it differs from the page's. */
	titleLang: string;
	/** "15 aug 2020" / "Aug 15, 2020". */
	day: string;
	/** The article's text on this site, in the reader's language. */
	href: string;
	outlet: string | null;
	/** The article at its publisher. */
	url: string | null;
}

export function articleShortId(id: string): string {
	return `#${id.slice(0, 3)}`;
}

export function articleHref(id: string, lang: Lang): string {
	return `/sources/${id}${lang === 'en' ? '?lang=en' : ''}`;
}

export function articleRef(a: Article, lang: Lang): ArticleRef {
	const translated = lang !== a.language;
	return {
		id: a.id,
		short: articleShortId(a.id),
		title: translated ? a.title_en : a.title,
		titleLang: translated ? 'en' : a.language,
		day: formatDate(a.date, lang),
		href: articleHref(a.id, lang),
		outlet: a.outlet ?? null,
		url: a.url ?? null
	};
}

/** "‘Poetin geeft …’ (14 sep 2020)", with the outlet where known: a source in words, for text-only places. */
export function articleInWords(r: ArticleRef): string {
	return `‘${r.title}’ (${[r.outlet, r.day].filter(Boolean).join(', ')})`;
}
