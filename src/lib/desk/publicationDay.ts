/**
 * Proposes an article's publication day from its text, with the reasoning written out, for the desk to
 * confirm or correct (the reporter's choice goes into `date_reasoning`). Pure.
 *
 * The reasoning follows how the curated days were fixed by hand (data/articles.json):
 * - a " date 2020-09 " line gives the month (a full " date 2020-09-14 " gives the day itself);
 * - a day named in full ("9 augustus") was on or before the article's day;
 * - weekdays and other relative words ("zondag", "gisteren") are read against each day that remains:
 *   a report names the days just past, so the day on which they fall closest before it, most often the
 *   very day of the latest of them, is proposed;
 * - where the words fit several weeks equally, the one nearest the other articles' days is proposed (a
 *   new article joins reports of the same weeks; the earliest on a tie), the others are listed, with the
 *   days of other articles of that time, so the reporter can tell which week the text describes;
 * - with no date line and no day in full, the days around the other articles' are considered.
 */
import { dayNumber, dayOfNumber, dayStart, isoDay } from '$lib/days';
import { findDates } from '../extract/dates';
import { proseStart } from '../extract/sentences';

export interface DayProposal {
	/** The proposed day, ISO YYYY-MM-DD, or null where the text gives no month and no day. */
	date: string | null;
	/** How it was read, in sentences, for `date_reasoning`. */
	reasoning: string;
	/** Other days that fit the words as well. */
	alternatives: string[];
}

export interface OtherArticle {
	id: string;
	date: string;
}

const weekdayNames = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];
const weekdayOf = (day: number) => weekdayNames[dayStart(dayOfNumber(day)).getUTCDay()];

/** Date words that name a day outright ("9 augustus", "11 oktober 2020"): they hold digits. */
const isAbsolute = (words: string) => /\d/.test(words);

function lastDayOfMonth(month: string): string {
	const [y, m] = month.split('-').map(Number);
	return isoDay(Date.UTC(y, m, 0));
}

/** The days to consider: the date line's month, else two weeks from the latest day named in full. */
function window(
	text: string,
	absolute: string[],
	others: OtherArticle[]
): { from: number; to: number; source: string } | null {
	const line = /^\s*date (\d{4}-\d{2})(-\d{2})?\b/.exec(text);
	if (line?.[2]) {
		const day = dayNumber(`${line[1]}${line[2]}`);
		return { from: day, to: day, source: `Date line ${line[1]}${line[2]}.` };
	}
	if (line) {
		return {
			from: dayNumber(`${line[1]}-01`),
			to: dayNumber(lastDayOfMonth(line[1])),
			source: `Date line ${line[1]}: the month.`
		};
	}
	if (absolute.length > 0) {
		const latest = dayNumber(absolute.reduce((a, b) => (a > b ? a : b)));
		return { from: latest, to: latest + 13, source: 'No date line.' };
	}
	if (others.length > 0) {
		const days = others.map((o) => dayNumber(o.date));
		return {
			from: Math.min(...days) - 7,
			to: Math.max(...days) + 7,
			source: 'No date line and no day named in full: the weeks of the other articles.'
		};
	}
	return null;
}

export function proposePublicationDay(text: string, others: OtherArticle[] = []): DayProposal {
	const prose = text.slice(proseStart(text));
	// Days named in full resolve the same against any article day of that year: read them once.
	const probeYear = /^\s*date (\d{4})/.exec(text)?.[1] ?? '2020';
	const absolute = findDates(prose, `${probeYear}-12-31`)
		.filter((d) => isAbsolute(d.text) && d.precision === 'day')
		.map((d) => ({ words: d.text, date: d.date }));
	const range = window(
		text,
		absolute.map((d) => d.date),
		others
	);
	if (!range) {
		return {
			date: null,
			reasoning: 'No date line and no day named in full: enter the publication day.',
			alternatives: []
		};
	}
	const latestNamed = absolute.map((d) => d.date).reduce((a, b) => (a > b ? a : b), '');
	const from = Math.max(range.from, latestNamed ? Math.min(dayNumber(latestNamed), range.to) : range.from);

	let best: { day: number; score: number; words: string[] }[] = [];
	for (let day = from; day <= range.to; day++) {
		const relative = findDates(prose, dayOfNumber(day)).filter(
			(d) => !isAbsolute(d.text) && d.precision === 'day'
		);
		// Each word counts more the closer before the day it falls: a report names the days just past.
		const score = relative.reduce((sum, d) => sum + Math.max(0, 7 - (day - dayNumber(d.date))), 0);
		const words = relative.map((d) => d.text.toLowerCase());
		if (best.length === 0 || score > best[0].score) best = [{ day, score, words }];
		else if (score === best[0].score) best.push({ day, score, words });
	}
	const otherDays = others.map((o) => dayNumber(o.date));
	const distance = (day: number) => Math.min(Infinity, ...otherDays.map((o) => Math.abs(o - day)));
	const [chosen, ...rest] = best.sort((a, b) => distance(a.day) - distance(b.day) || a.day - b.day);
	const date = dayOfNumber(chosen.day);
	const counts = new Map<string, number>();
	for (const w of chosen.words) counts.set(w, (counts.get(w) ?? 0) + 1);
	const named = [...counts].map(([w, n]) => `'${w}'${n > 1 ? ` (${n}×)` : ''}`).join(', ');
	const parts = [range.source];
	if (absolute.length > 0) {
		parts.push(`Days named in full: ${absolute.map((d) => `'${d.words}' (${d.date})`).join(', ')}.`);
	}
	parts.push(
		named
			? `The text names ${named}: read against ${weekdayOf(chosen.day)} ${date}, they fall on that day or just before it.`
			: `No weekday or relative day in the text: the first day that fits, ${weekdayOf(chosen.day)} ${date}.`
	);
	const alternatives = rest.map((r) => dayOfNumber(r.day)).sort();
	if (alternatives.length > 0) {
		const why = otherDays.length > 0 ? ` (${date} is the nearest to the other articles' days)` : '';
		parts.push(`The same words fit ${alternatives.join(', ')}${why}.`);
	}
	const near = others.filter((o) => Math.abs(dayNumber(o.date) - chosen.day) <= 14);
	if (near.length > 0) {
		parts.push(`Other articles of that time: ${near.map((o) => `${o.id} (${o.date})`).join(', ')}.`);
	}
	return { date, reasoning: parts.join(' '), alternatives };
}
