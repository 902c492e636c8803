/**
 * Numbers, dates and qualified values in the reader's language ("1,5 miljard" / "1.5 billion",
 * "13 sep 2020" / "Sep 13, 2020"), and how a qualifier reads, so that a vague count stays vague in
 * every view.
 */
import type { Figure, Qualifier } from '$lib/data/schema';
import { dayStart } from '$lib/days';
import type { Lang } from '$lib/view/options';
import { messages } from './messages';

/**
 * The formats are written out here rather than asked of Intl: a page's first Intl.NumberFormat or
 * DateTimeFormat costs Chromium 20–60 ms (it loads ICU's data), inside a widget's or the
 * dashboard's hydration, a long task on a phone (issue 19). These give exactly what Intl gives for
 * nl-NL, en-GB numbers and nl-NL, en-US dates (tests/unit/i18n/format.test.ts compares them with
 * Intl's), so the server's HTML and the islands agree.
 */
interface Format<T> {
	format(value: T): string;
}

const separators: Record<Lang, { group: string; decimal: string }> = {
	nl: { group: '.', decimal: ',' },
	en: { group: ',', decimal: '.' }
};
const compactWords: Record<Lang, [number, string][]> = {
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

/** `value` with at most `decimals` decimals (halves away from zero, as Intl rounds), grouped by thousands. */
function plainNumber(value: number, lang: Lang, decimals: number, grouped: boolean): string {
	const { group, decimal } = separators[lang];
	const scale = 10 ** decimals;
	const rounded = Math.round(Math.abs(value) * scale) / scale;
	const [whole, fraction] = String(Number(rounded.toFixed(decimals))).split('.');
	const digits = grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, group) : whole;
	const sign = value < 0 ? '-' : '';
	return sign + digits + (fraction ? decimal + fraction : '');
}

/** Intl's compact long notation: one digit before the point gets one after it ("1,5 miljard"). */
function compactNumber(value: number, lang: Lang): string {
	const words = compactWords[lang];
	for (let i = 0; i < words.length; i++) {
		const [unit, word] = words[i];
		if (Math.abs(value) < unit) continue;
		const scaled = Math.abs(value) / unit;
		const decimals = scaled < 10 ? 1 : 0;
		const rounded = Math.round(scaled * 10 ** decimals) / 10 ** decimals;
		// 999,6 miljoen rounds to 1 miljard.
		if (rounded >= 1000 && i > 0) return compactNumber(Math.sign(value) * words[i - 1][0], lang);
		return `${plainNumber(Math.sign(value) * rounded, lang, decimals, false)} ${word}`;
	}
	return plainNumber(value, lang, 3, true);
}

const numberFormats: Record<`${Lang}-${boolean}`, Format<number>> = {
	'nl-false': { format: (v) => plainNumber(v, 'nl', 3, true) },
	'en-false': { format: (v) => plainNumber(v, 'en', 3, true) },
	'nl-true': { format: (v) => compactNumber(v, 'nl') },
	'en-true': { format: (v) => compactNumber(v, 'en') }
};
function numberFormat(lang: Lang, compact: boolean): Format<number> {
	return numberFormats[`${lang}-${compact}`];
}

/** 774 → "774"; 100000 → "100.000" / "100,000"; a million and more in words: "1,5 miljard". */
export function formatNumber(value: number, lang: Lang): string {
	return numberFormat(lang, Math.abs(value) >= 1e6).format(value);
}

const shortMonths: Record<Lang, string[]> = {
	nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
	en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
};
/** The day and month of a UTC date: "13 sep" / "Sep 13". */
function dayMonth(date: Date, lang: Lang): string {
	const month = shortMonths[lang][date.getUTCMonth()];
	return lang === 'nl' ? `${date.getUTCDate()} ${month}` : `${month} ${date.getUTCDate()}`;
}
const dateFormats: Record<Lang, Format<Date>> = {
	nl: { format: (d) => `${dayMonth(d, 'nl')} ${d.getUTCFullYear()}` },
	en: { format: (d) => `${dayMonth(d, 'en')}, ${d.getUTCFullYear()}` }
};
const shortDateFormats: Record<Lang, Format<Date>> = {
	nl: { format: (d) => dayMonth(d, 'nl') },
	en: { format: (d) => dayMonth(d, 'en') }
};

/** "13 sep 2020" / "Sep 13, 2020". */
export function formatDate(iso: string, lang: Lang): string {
	return dateFormats[lang].format(dayStart(iso));
}

/** "13 sep" / "Sep 13": axis ticks and compact labels. */
export function formatShortDate(date: Date, lang: Lang): string {
	return shortDateFormats[lang].format(date);
}

/** "13 sep 2020", or "9–15 aug 2020" style spans written out as two dates. */
export function formatDateSpan(date: string, dateEnd: string | null, lang: Lang): string {
	if (!dateEnd || dateEnd === date) return formatDate(date, lang);
	return `${formatShortDate(dayStart(date), lang)} – ${formatDate(dateEnd, lang)}`;
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

/** Month names written out, like the dates above (no Intl in the browser's hydration). */
const monthNames: Record<Lang, string[]> = {
	nl: [
		'Januari',
		'Februari',
		'Maart',
		'April',
		'Mei',
		'Juni',
		'Juli',
		'Augustus',
		'September',
		'Oktober',
		'November',
		'December'
	],
	en: [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December'
	]
};

/** A range preset's button: "Alles", "Verkiezingsweek", or its month, "September" ("September 2020" across years). */
export function presetName(p: { id: string; month: string | null }, lang: Lang): string {
	if (p.month === null) return messages[lang].presets[p.id];
	const name = monthNames[lang][Number(p.month.slice(5, 7)) - 1];
	return p.id.includes('-') ? `${name} ${p.month.slice(0, 4)}` : name;
}
