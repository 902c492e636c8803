/**
 * The story's own words (data/story.json: title, intro, credit) with what the data decides filled
 * in: `{articles}`, the number of articles in words ("vijf" / "five"), and `{period}`, the months of
 * their publication days ("Augustus tot oktober 2020"). A sixth article changes them without code.
 */
import type { Article, StoryFile } from '../data/schema';
import { dayStart } from '../days';
import type { Lang } from '../view/options';

export interface StoryTexts {
	title: string;
	intro: string;
	credit: string;
}

const countWords: Record<Lang, string[]> = {
	nl: [
		'nul',
		'één',
		'twee',
		'drie',
		'vier',
		'vijf',
		'zes',
		'zeven',
		'acht',
		'negen',
		'tien',
		'elf',
		'twaalf'
	],
	en: [
		'no',
		'one',
		'two',
		'three',
		'four',
		'five',
		'six',
		'seven',
		'eight',
		'nine',
		'ten',
		'eleven',
		'twelve'
	]
};

/** 5 → "vijf" / "five"; from 13 on, digits. */
export function countWord(n: number, lang: Lang): string {
	return countWords[lang][n] ?? String(n);
}

const monthNames: Record<Lang, Intl.DateTimeFormat> = {
	nl: new Intl.DateTimeFormat('nl-NL', { month: 'long', timeZone: 'UTC' }),
	en: new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' })
};
const to: Record<Lang, string> = { nl: 'tot', en: 'to' };

/** The months the articles were published in: "augustus tot oktober 2020", "October 2020". */
export function publicationPeriod(articles: Pick<Article, 'date'>[], lang: Lang): string {
	const days = articles.map((a) => a.date).sort();
	const [first, last] = [days[0], days[days.length - 1]].map(dayStart);
	const month = (d: Date) => monthNames[lang].format(d);
	const year = (d: Date) => d.getUTCFullYear();
	if (first.getUTCMonth() === last.getUTCMonth() && year(first) === year(last))
		return `${month(last)} ${year(last)}`;
	const start = year(first) === year(last) ? month(first) : `${month(first)} ${year(first)}`;
	return `${start} ${to[lang]} ${month(last)} ${year(last)}`;
}

function fill(text: string, articles: Pick<Article, 'date'>[], lang: Lang): string {
	return text.replace(/\{(\w+)\}/g, (_, name: string, offset: number) => {
		const value = name === 'articles' ? countWord(articles.length, lang) : publicationPeriod(articles, lang);
		// A sentence that starts with a filled-in word starts with a capital.
		return offset === 0 ? value.charAt(0).toUpperCase() + value.slice(1) : value;
	});
}

/** The story's texts in `lang`, for `articles` (every article of the dataset). */
export function storyTexts(file: StoryFile, articles: Pick<Article, 'date'>[], lang: Lang): StoryTexts {
	return {
		title: fill(file[`title_${lang}`], articles, lang),
		intro: fill(file[`intro_${lang}`], articles, lang),
		credit: fill(file[`credit_${lang}`], articles, lang)
	};
}
