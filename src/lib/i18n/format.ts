/**
 * Numbers, dates and qualified values in the reader's language. Intl does the locale work
 * ("1,5 miljard" / "1.5 billion", "13 sep 2020" / "Sep 13, 2020"); this module only decides
 * how a qualifier reads, so that a vague count stays vague in every view.
 */
import type { Figure, Qualifier } from '$lib/data/schema';
import type { Lang } from '$lib/view/options';

const locales: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };
const englishDates = 'en-US';

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, compact: boolean) {
	const key = `${lang}-${compact}`;
	let f = numberFormats.get(key);
	if (!f) {
		f = new Intl.NumberFormat(locales[lang], compact ? { notation: 'compact', compactDisplay: 'long' } : {});
		numberFormats.set(key, f);
	}
	return f;
}

/** 774 → "774"; 100000 → "100.000" / "100,000"; a million and more in words: "1,5 miljard". */
export function formatNumber(value: number, lang: Lang): string {
	return numberFormat(lang, Math.abs(value) >= 1e6).format(value);
}

const dateFormats: Record<Lang, Intl.DateTimeFormat> = {
	nl: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
	en: new Intl.DateTimeFormat(englishDates, {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		timeZone: 'UTC'
	})
};
const shortDateFormats: Record<Lang, Intl.DateTimeFormat> = {
	nl: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', timeZone: 'UTC' }),
	en: new Intl.DateTimeFormat(englishDates, { day: 'numeric', month: 'short', timeZone: 'UTC' })
};

export function parseDay(iso: string): Date {
	return new Date(iso + 'T00:00:00Z');
}

/**
 * Days already worded, by format, language and day: a range change words every mark's day again
 * (tables, names), and Intl's `format` costs a few microseconds a call, the most of a range change
 * with many records. Bounded, as days may come from a URL.
 */
const wordedDays = new Map<string, string>();
function worded(key: string, word: () => string): string {
	let words = wordedDays.get(key);
	if (words === undefined) {
		if (wordedDays.size >= 4096) wordedDays.clear();
		words = word();
		wordedDays.set(key, words);
	}
	return words;
}

/** "13 sep 2020" / "Sep 13, 2020". */
export function formatDate(iso: string, lang: Lang): string {
	return worded(lang + iso, () => dateFormats[lang].format(parseDay(iso)));
}

/** "13 sep" / "Sep 13": axis ticks and compact labels. */
export function formatShortDate(date: Date, lang: Lang): string {
	return shortDateFormats[lang].format(date);
}

/** "13 sep 2020", or "9–15 aug 2020" style spans written out as two dates. */
export function formatDateSpan(date: string, dateEnd: string | null, lang: Lang): string {
	if (!dateEnd || dateEnd === date) return formatDate(date, lang);
	const from = worded('short' + lang + date, () => formatShortDate(parseDay(date), lang));
	return `${from} – ${formatDate(dateEnd, lang)}`;
}

const magnitudeWords: Record<Lang, Record<number, string>> = {
	nl: {
		10: 'tientallen',
		100: 'honderden',
		1000: 'duizenden',
		10000: 'tienduizenden',
		100000: 'honderdduizenden'
	},
	en: {
		10: 'dozens',
		100: 'hundreds',
		1000: 'thousands',
		10000: 'tens of thousands',
		100000: 'hundreds of thousands'
	}
};

const qualifierWords: Record<Lang, Record<Exclude<Qualifier, 'magnitude' | 'exact'>, string>> = {
	nl: { more_than: 'meer dan', at_least: 'minstens', approx: 'ongeveer' },
	en: { more_than: 'more than', at_least: 'at least', approx: 'about' }
};

/** The word for a magnitude ("duizenden" / "thousands"); the number itself is never shown. */
export function magnitudeWord(value: number, lang: Lang): string {
	return magnitudeWords[lang][value] ?? (lang === 'nl' ? `ordegrootte ${value}` : `order of ${value}`);
}

const unitWords: Record<Lang, Record<Figure['unit'], (n: string) => string>> = {
	nl: {
		people: (n) => n,
		percent: (n) => `${n}%`,
		USD: (n) => `${n} dollar`,
		years: (n) => `${n} jaar`,
		hours: (n) => `${n} uur`
	},
	en: {
		people: (n) => n,
		percent: (n) => `${n}%`,
		USD: (n) => `$${n}`,
		years: (n) => `${n} years`,
		hours: (n) => `${n} hours`
	}
};

/** A figure's value as the article states it: "meer dan 700", "duizenden", "1,5 miljard dollar". */
export function formatValue(f: Pick<Figure, 'value' | 'qualifier' | 'unit'>, lang: Lang): string {
	if (f.qualifier === 'magnitude') return magnitudeWord(f.value, lang);
	const n = unitWords[lang][f.unit](formatNumber(f.value, lang));
	return f.qualifier === 'exact' ? n : `${qualifierWords[lang][f.qualifier]} ${n}`;
}
