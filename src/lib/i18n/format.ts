/**
 * Numbers, dates and qualified values in the reader's language: "1,5 miljard" / "1.5 billion",
 * "13 sep 2020" / "Sep 13, 2020"; and how a qualifier reads, so that a vague count stays vague in
 * every view.
 *
 * Written out here rather than asked of Intl: the two languages' days and numbers are a few rules,
 * the very strings Intl gives (nl-NL; en-US for days, en-GB for numbers: tests/unit/charts/format.test.ts
 * compares them day by day and number by number), and a browser's first Intl format costs tens of
 * milliseconds of the page's start (ICU's locale data is loaded), more than all its islands' hydration.
 */
import type { Figure, Qualifier } from '$lib/data/schema';
import type { Lang } from '$lib/view/options';

const separators: Record<Lang, { group: string; decimal: string }> = {
	nl: { group: '.', decimal: ',' },
	en: { group: ',', decimal: '.' }
};

/** Rounded to at most `digits` decimals (half away from zero, as Intl), grouped by thousands. */
function plainNumber(value: number, lang: Lang, digits: number): string {
	const { group, decimal } = separators[lang];
	const scale = 10 ** digits;
	const [whole, fraction] = String(Math.round(Math.abs(value) * scale) / scale).split('.');
	const sign = value < 0 ? '-' : '';
	return sign + whole.replace(/\B(?=(\d{3})+$)/g, group) + (fraction ? decimal + fraction : '');
}

/** Long compact names, largest first. */
const bigUnits: Record<Lang, [number, string][]> = {
	nl: [
		[1e12, 'biljoen'],
		[1e9, 'miljard'],
		[1e6, 'miljoen']
	],
	en: [
		[1e12, 'trillion'],
		[1e9, 'billion'],
		[1e6, 'million']
	]
};

/** 1.5e9 → "1,5 miljard": one decimal under ten of the unit, none above, as Intl's compact notation. */
function compactNumber(value: number, lang: Lang): string {
	const units = bigUnits[lang];
	const size = Math.abs(value);
	let i = units.findIndex(([unit]) => size >= unit);
	const round = (unit: number) => {
		const m = size / unit;
		return m < 10 ? Math.round(m * 10) / 10 : Math.round(m);
	};
	// 999,96 million rounds to a thousand million: one billion.
	if (i > 0 && round(units[i][0]) >= 1000) i -= 1;
	const [unit, name] = units[i];
	return `${value < 0 ? '-' : ''}${plainNumber(round(unit), lang, 1)} ${name}`;
}

/** 774 → "774"; 100000 → "100.000" / "100,000"; a million and more in words: "1,5 miljard". */
export function formatNumber(value: number, lang: Lang): string {
	return Math.abs(value) >= 1e6 ? compactNumber(value, lang) : plainNumber(value, lang, 3);
}

const monthAbbreviations: Record<Lang, readonly string[]> = {
	nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
	en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
};

/** "13 sep" / "Sep 13", and with the year "13 sep 2020" / "Sep 13, 2020" (the day in UTC). */
function dayWords(date: Date, lang: Lang, withYear: boolean): string {
	const day = date.getUTCDate();
	const month = monthAbbreviations[lang][date.getUTCMonth()];
	const year = withYear ? date.getUTCFullYear() : null;
	if (lang === 'nl') return year === null ? `${day} ${month}` : `${day} ${month} ${year}`;
	return year === null ? `${month} ${day}` : `${month} ${day}, ${year}`;
}

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
	return worded(lang + iso, () => dayWords(parseDay(iso), lang, true));
}

/** "13 sep" / "Sep 13": axis ticks and compact labels. */
export function formatShortDate(date: Date, lang: Lang): string {
	return dayWords(date, lang, false);
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
