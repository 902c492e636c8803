/**
 * Finds the date expressions of Dutch news text and resolves them to calendar days, relative to the day
 * the article was published ("zondag" in a Monday paper is the day before).
 *
 * All arithmetic is on whole days counted from 1970-01-01 (UTC), so no time zone or daylight-saving
 * change can move a date. Weeks run Monday to Sunday, as on a Dutch calendar.
 *
 * Choices where Dutch is vague, each explained where it is applied below:
 * - a year alone ("sinds 1994") is not a date here: it says nothing about the day a figure belongs to,
 *   and numbers.ts already reports it as a number of kind 'year';
 * - a bare "de week" is not a date ("Naarmate de week vorderde"), only as part of "begin/eind van de week";
 * - the extractor never gives 'as_of': that precision is for a curator who decides that a figure without
 *   its own date holds on the article's day.
 */
import { dayNumber, dayOfNumber } from '$lib/days';

export type DatePrecision = 'day' | 'span' | 'month' | 'approx' | 'as_of';

export interface DateMatch {
	text: string;
	index: number;
	/** ISO YYYY-MM-DD, the first day. */
	date: string;
	/** ISO last day of a span or month, else null. */
	date_end: string | null;
	precision: DatePrecision;
}

export const monthNames = [
	'januari',
	'februari',
	'maart',
	'april',
	'mei',
	'juni',
	'juli',
	'augustus',
	'september',
	'oktober',
	'november',
	'december'
];

/** Month names as they can follow a day number; abbreviations only with their dot ("9 sep."). */
export const monthNamePattern = `${monthNames.join('|')}|(?:jan|feb|mrt|apr|jun|jul|aug|sept?|okt|nov|dec)\\.`;

const monthByPrefix: Record<string, number> = {
	jan: 1,
	feb: 2,
	maa: 3,
	mrt: 3,
	apr: 4,
	mei: 5,
	jun: 6,
	jul: 7,
	aug: 8,
	sep: 9,
	okt: 10,
	nov: 11,
	dec: 12
};

function monthNumber(name: string): number {
	return monthByPrefix[name.slice(0, 3).toLowerCase()];
}

const weekdayNames = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
const saturday = 5;
const thursday = 3;

/** Seasons by their first and last month (meteorological seasons, as Dutch news uses them). */
const seasonMonths: Record<string, [number, number]> = {
	voorjaar: [3, 5],
	lente: [3, 5],
	zomer: [6, 8],
	najaar: [9, 11],
	herfst: [9, 11]
};

const smallCounts: Record<string, number> = {
	een: 1,
	één: 1,
	twee: 2,
	drie: 3,
	vier: 4,
	vijf: 5,
	zes: 6,
	zeven: 7,
	acht: 8,
	negen: 9,
	tien: 10
};

const weekdayPattern = weekdayNames.join('|');
const seasonPattern = Object.keys(seasonMonths).join('|');

/*
 * One regular expression with a named group per kind of expression, so the text is scanned once.
 * Where two alternatives can start at the same word, the longer phrase comes first.
 */
const datePattern = new RegExp(
	'(?<![\\p{L}\\d])(?:' +
		[
			`(?<dmDay>\\d{1,2})\\s+(?<dmMonth>${monthNamePattern})(?:\\s+(?<dmYear>\\d{4}))?`,
			`(?<partWord>begin|half|medio|midden|einde?)\\s+(?<partMonth>${monthNamePattern})(?:\\s+(?<partYear>\\d{4}))?`,
			`(?<monthPrep>in|sinds|sedert|vanaf|tot|na|voor)\\s+(?<month>${monthNamePattern})(?:\\s+(?<monthYear>\\d{4}))?`,
			`(?<yearMonth>${monthNamePattern})\\s+(?<yearMonthYear>\\d{4})`,
			`(?:in\\s+(?:het|de)|deze|dit|afgelopen)\\s+(?<season>${seasonPattern})`,
			`(?:(?:aan\\s+het\\s+)?(?<weekPart>begin|einde?)\\s+(?:van\\s+)?)?(?<weekEarlier>eerder\\s+)?(?<weekWhich>deze|de|vorige|afgelopen)\\s+week`,
			`(?<weekendWhich>dit|het\\s+afgelopen|afgelopen|vorig|komend|volgend)\\s+(?:weekend|weekeinde)`,
			`(?:de\\s+)?(?:afgelopen|voorbije|laatste)\\s+(?<recentDays>dagen)`,
			`al\\s+een\\s+(?<weekLong>week)(?:\\s+lang)?`,
			`(?:(?<agoHedge>ruim|bijna|ongeveer|zo['’]n)\\s+)?(?<agoCount>een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\\d{1,2})\\s+(?<agoUnit>dagen|dag|weken|week)\\s+geleden`,
			`(?<relative>eerder\\s+op\\s+de\\s+dag|vandaag|van(?:ochtend|morgen|middag|avond|nacht)|eergisteren|gister(?:en|ochtend|middag|avond|nacht)|morgen(?:ochtend|middag|avond)?)`,
			`(?:(?<weekdayWord>afgelopen|vorige|aankomende|komende|volgende|tot)\\s+)?(?<weekday>${weekdayPattern})(?:ochtend|middag|avond|nacht|morgen)?`
		].join('|') +
		')(?![\\p{L}\\d])',
	'giu'
);

/** Words that make the sentence around a "tot <weekday>" speak of something still going on. */
const ongoingMarker = /\b(?:gaat|gaan|zal|zullen|zult|duurt|duren|blijft|blijven|loopt|lopen)\b/i;

/** "morgen" after these words is a morning ("'s morgens", "de morgen"), not tomorrow. */
const morningBefore = /(?:['’]s|de|deze|die|elke|iedere|een)\s+$/i;

/** 0 for Monday … 6 for Sunday; day 0 (1970-01-01) was a Thursday. */
function weekdayOf(day: number): number {
	return (((day + 3) % 7) + 7) % 7;
}

function mostRecentOnOrBefore(day: number, weekday: number): number {
	return day - ((weekdayOf(day) - weekday + 7) % 7);
}

function nextAfter(day: number, weekday: number): number {
	return day + ((weekday - weekdayOf(day) + 7) % 7 || 7);
}

function nextOnOrAfter(day: number, weekday: number): number {
	return day + ((weekday - weekdayOf(day) + 7) % 7);
}

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoOf(year: number, month: number, dayOfMonth: number): string {
	return `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

/** The text of the sentence around an offset: enough to read its tense. */
function sentenceAround(text: string, index: number): string {
	let start = index;
	while (start > 0 && !'.!?\n'.includes(text[start - 1])) start--;
	let end = index;
	while (end < text.length && !'.!?\n'.includes(text[end])) end++;
	return text.slice(start, end);
}

interface ArticleDay {
	day: number;
	year: number;
	month: number;
}

/**
 * The year of a month named without one. A month after the article's month must lie in the past year:
 * news reports what happened, and "in oktober" in an August paper is last October.
 */
function yearOfMonth(article: ArticleDay, month: number, written: string | undefined): number {
	if (written) return Number(written);
	return month > article.month ? article.year - 1 : article.year;
}

function span(start: number, end: number): Omit<DateMatch, 'text' | 'index'> {
	return { date: dayOfNumber(start), date_end: dayOfNumber(end), precision: 'span' };
}

function oneDay(day: number): Omit<DateMatch, 'text' | 'index'> {
	return { date: dayOfNumber(day), date_end: null, precision: 'day' };
}

/**
 * The Monday of the week that "vorige week" or "afgelopen week" means. On a weekday it is the previous
 * Monday–Sunday week. On a Saturday or Sunday the working week has just ended, and Dutch news uses
 * "deze week" and "vorige/afgelopen week" alike for the week that ends on that Sunday.
 */
function previousWeekMonday(article: ArticleDay): number {
	const monday = article.day - weekdayOf(article.day);
	return weekdayOf(article.day) >= saturday ? monday : monday - 7;
}

type Groups = Record<string, string | undefined>;

function resolveMatch(
	groups: Groups,
	text: string,
	index: number,
	article: ArticleDay
): Omit<DateMatch, 'text' | 'index'> | null {
	const day = article.day;
	const monday = day - weekdayOf(day);

	if (groups.dmDay) {
		const month = monthNumber(groups.dmMonth!);
		const year = yearOfMonth(article, month, groups.dmYear);
		const dayOfMonth = Number(groups.dmDay);
		if (dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) return null;
		return { date: isoOf(year, month, dayOfMonth), date_end: null, precision: 'day' };
	}

	if (groups.partWord) {
		// Thirds of a month, as Dutch uses them: begin 1–10, half (medio, midden) 11–20, eind 21–last.
		const month = monthNumber(groups.partMonth!);
		const year = yearOfMonth(article, month, groups.partYear);
		const part = groups.partWord.toLowerCase();
		const [first, last] = part.startsWith('begin')
			? [1, 10]
			: part.startsWith('eind')
				? [21, daysInMonth(year, month)]
				: [11, 20];
		return { date: isoOf(year, month, first), date_end: isoOf(year, month, last), precision: 'span' };
	}

	const monthName = groups.month ?? groups.yearMonth;
	if (monthName) {
		// "sinds mei" also gives all of May: the month is the date the sentence fixes; what follows it
		// ("since") is for the reader of the sentence, not a date of its own.
		const month = monthNumber(monthName);
		const year = yearOfMonth(article, month, groups.monthYear ?? groups.yearMonthYear);
		return {
			date: isoOf(year, month, 1),
			date_end: isoOf(year, month, daysInMonth(year, month)),
			precision: 'month'
		};
	}

	if (groups.season) {
		// A season that begins after the article's month is last year's ("in het najaar" in May).
		const [first, last] = seasonMonths[groups.season.toLowerCase()];
		const year = first > article.month ? article.year - 1 : article.year;
		return {
			date: isoOf(year, first, 1),
			date_end: isoOf(year, last, daysInMonth(year, last)),
			precision: 'span'
		};
	}

	if (groups.weekWhich) {
		const which = groups.weekWhich.toLowerCase();
		const part = groups.weekPart?.toLowerCase();
		// "de week" alone is no date ("Naarmate de week vorderde"); only "begin/eind van de week" is.
		if (which === 'de' && !part) return null;
		const weekMonday = which === 'vorige' || which === 'afgelopen' ? previousWeekMonday(article) : monday;
		if (part?.startsWith('begin')) {
			// Monday and Tuesday; a Monday paper cannot yet report its Tuesday.
			return span(weekMonday, Math.min(weekMonday + 1, day));
		}
		if (part?.startsWith('eind')) return span(weekMonday + thursday, weekMonday + thursday + 1);
		// "deze week" (and a weekend's "afgelopen week") runs from Monday up to the article's day.
		return span(weekMonday, Math.min(weekMonday + 6, day));
	}

	if (groups.weekendWhich) {
		const which = groups.weekendWhich.toLowerCase().replace(/\s+/g, ' ');
		let weekendSaturday: number;
		if (which === 'komend' || which === 'volgend') {
			weekendSaturday = nextAfter(day, saturday);
		} else {
			// "dit weekend" in a Monday paper is the weekend just past: the most recent Saturday–Sunday.
			weekendSaturday = mostRecentOnOrBefore(day, saturday);
			// "vorig weekend" written during a weekend means the one before it.
			if (which === 'vorig' && weekdayOf(day) >= saturday) weekendSaturday -= 7;
		}
		return span(weekendSaturday, weekendSaturday + 1);
	}

	// "de afgelopen dagen": the past week, counting the article's day as its last day.
	if (groups.recentDays) return span(day - 6, day);

	// "al een week lang": a full week back from the article's day, which is still part of it.
	if (groups.weekLong) return span(day - 7, day);

	if (groups.agoCount) {
		const count = smallCounts[groups.agoCount.toLowerCase()] ?? Number(groups.agoCount);
		const perUnit = groups.agoUnit!.toLowerCase().startsWith('week') ? 7 : 1;
		const hedge = groups.agoHedge?.toLowerCase();
		// "ruim een week geleden" is a little more than seven days: eight, and marked approximate; so are
		// weeks in general, since a week back from a weekday rarely means that exact weekday.
		const shift = hedge === 'ruim' ? 1 : hedge === 'bijna' ? -1 : 0;
		const precise = !hedge && perUnit === 1;
		return {
			date: dayOfNumber(day - count * perUnit - shift),
			date_end: null,
			precision: precise ? 'day' : 'approx'
		};
	}

	if (groups.relative) {
		const word = groups.relative.toLowerCase();
		if (word.startsWith('eergister')) return oneDay(day - 2);
		if (word.startsWith('gister')) return oneDay(day - 1);
		if (word.startsWith('morgen')) {
			if (morningBefore.test(text.slice(Math.max(0, index - 8), index))) return null;
			return oneDay(day + 1);
		}
		// "vandaag", "vanavond", "eerder op de dag": the article's own day.
		return oneDay(day);
	}

	if (groups.weekday) {
		const weekday = weekdayNames.indexOf(groups.weekday.toLowerCase());
		const word = groups.weekdayWord?.toLowerCase();
		if (word === 'aankomende' || word === 'komende' || word === 'volgende') {
			return oneDay(nextAfter(day, weekday));
		}
		if (word === 'tot' && ongoingMarker.test(sentenceAround(text, index))) {
			// "gaat tot donderdag door": the end of something still going on lies ahead, on or after today.
			return oneDay(nextOnOrAfter(day, weekday));
		}
		// News reports the past: a weekday named alone (or "afgelopen", "vorige") is the most recent such
		// day on or before the article's day, which is the same day if it matches ("maandag" on a Monday).
		return oneDay(mostRecentOnOrBefore(day, weekday));
	}

	return null;
}

/**
 * The date expressions of a text, in order, resolved against the article's day (ISO YYYY-MM-DD).
 * Expressions that name no day ("Naarmate de week vorderde", a year alone) are left out.
 */
export function findDates(text: string, articleDay: string): DateMatch[] {
	const day = dayNumber(articleDay);
	if (Number.isNaN(day)) throw new Error(`findDates: not an ISO day: ${articleDay}`);
	const article: ArticleDay = {
		day,
		year: Number(articleDay.slice(0, 4)),
		month: Number(articleDay.slice(5, 7))
	};
	const matches: DateMatch[] = [];
	datePattern.lastIndex = 0;
	for (let match = datePattern.exec(text); match; match = datePattern.exec(text)) {
		const resolved = resolveMatch(match.groups as Groups, text, match.index, article);
		if (resolved) matches.push({ text: match[0], index: match.index, ...resolved });
	}
	return matches;
}
