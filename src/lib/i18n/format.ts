/**
 * Numbers, dates and qualified values in the reader's language ("1,5 miljard" / "1.5 billion",
 * "13 sep 2020" / "Sep 13, 2020"), and how a qualifier reads, so that a vague count stays vague in
 * every view.
 */
import type { Figure, Qualifier } from '$lib/data/schema';
import type { Lang } from '$lib/view/options';
import { messages } from './messages';

/**
 * The formats are written out here rather than asked of Intl: a page's first Intl.NumberFormat or
 * DateTimeFormat costs Chromium 20–60 ms (it loads ICU's data), inside a widget's or the
 * dashboard's hydration, a long task on a phone (issue 19). These give exactly what Intl gives for
 * nl-NL, en-GB numbers and nl-NL, en-US dates (tests/unit/i18n/format.test.ts compares them with
 * Intl's), so the server's HTML and the islands agree.
 */
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

/** `whole`'s digits in groups of three: "100000" → "100.000". */
function groupThousands(whole: string, group: string): string {
	let out = whole.slice(0, ((whole.length - 1) % 3) + 1);
	for (let i = out.length; i < whole.length; i += 3) out += group + whole.slice(i, i + 3);
	return out;
}

/** `value` with at most `decimals` decimals (halves away from zero, as Intl rounds), grouped by thousands. */
function plainNumber(value: number, lang: Lang, decimals: number, grouped: boolean): string {
	const { group, decimal } = separators[lang];
	const scale = 10 ** decimals;
	const rounded = Math.round(Math.abs(value) * scale) / scale;
	// Most values are whole numbers: no toFixed for them (it runs for every row of every range change).
	const text = Number.isInteger(rounded) ? String(rounded) : String(Number(rounded.toFixed(decimals)));
	const point = text.indexOf('.');
	const whole = point < 0 ? text : text.slice(0, point);
	const digits = grouped ? groupThousands(whole, group) : whole;
	const sign = value < 0 ? '-' : '';
	return sign + digits + (point < 0 ? '' : decimal + text.slice(point + 1));
}

/**
 * 774 → "774"; 100000 → "100.000" / "100,000"; from a million Intl's compact long notation, where
 * one digit before the point gets one after it: "1,5 miljard".
 */
export function formatNumber(value: number, lang: Lang): string {
	const words = compactWords[lang];
	for (let i = 0; i < words.length; i++) {
		const [unit, word] = words[i];
		// Written so that NaN, like a number below a million, is no compact number (as Intl has it).
		if (!(Math.abs(value) >= unit)) continue;
		const scaled = Math.abs(value) / unit;
		const decimals = scaled < 10 ? 1 : 0;
		const rounded = Math.round(scaled * 10 ** decimals) / 10 ** decimals;
		// 999,6 miljoen rounds to 1 miljard.
		if (rounded >= 1000 && i > 0) return formatNumber(Math.sign(value) * words[i - 1][0], lang);
		return `${plainNumber(Math.sign(value) * rounded, lang, decimals, false)} ${word}`;
	}
	return plainNumber(value, lang, 3, true);
}

const shortMonths: Record<Lang, string[]> = {
	nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
	en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
};
/** A day and month (`month` from 0): "13 sep" / "Sep 13". */
function dayMonth(month: number, day: number, lang: Lang): string {
	const name = shortMonths[lang][month];
	return lang === 'nl' ? `${day} ${name}` : `${name} ${day}`;
}
/** A day's month (from 0) and day, read off its `YYYY-MM-DD` text: no Date, as this runs for every row. */
function monthAndDay(iso: string): [number, number] {
	return [Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))];
}

/** "13 sep 2020" / "Sep 13, 2020". */
export function formatDate(iso: string, lang: Lang): string {
	const year = iso.slice(0, 4);
	const dm = dayMonth(...monthAndDay(iso), lang);
	return lang === 'nl' ? `${dm} ${year}` : `${dm}, ${year}`;
}

/** "13 sep" / "Sep 13": axis ticks and compact labels. */
export function formatShortDate(date: Date, lang: Lang): string {
	return dayMonth(date.getUTCMonth(), date.getUTCDate(), lang);
}

/** "13 sep 2020", or "9–15 aug 2020" style spans written out as two dates. */
export function formatDateSpan(date: string, dateEnd: string | null, lang: Lang): string {
	if (!dateEnd || dateEnd === date) return formatDate(date, lang);
	return `${dayMonth(...monthAndDay(date), lang)} – ${formatDate(dateEnd, lang)}`;
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
