/**
 * The dashboard's address for a view, as its links write it: its options in their order, defaults
 * left out, nothing else (no tracking parameters). Shared by the server's links and the browser,
 * which writes it into the address bar as the view changes.
 */
import type { Period } from '$lib/story/period';
import { dashboardOptions, type Lang } from './options';
import type { ViewLinks } from './pageView';

/** What a view's address holds besides what stays as it is. */
export interface ViewChange {
	from?: string;
	to?: string;
	lang?: Lang;
	/** The open source panel's record; null: none. */
	sel?: string | null;
}

/**
 * The dashboard's address for the view at `here` changed by `change` (a new range, the other
 * language), keeping the selection and theme; the story's `period` is the range left out.
 */
export function viewSearch(here: string | URL, change: ViewChange, period: Period): string {
	const defaults: Record<string, string> = { lang: 'nl', from: period.from, to: period.to, theme: 'auto' };
	const url = typeof here === 'string' ? new URL(here) : here;
	const out = new URLSearchParams();
	for (const name of dashboardOptions) {
		const value =
			name in change ? (change as Record<string, string | null>)[name] : url.searchParams.get(name);
		// Every value an option allows is lower-case (`?lang=EN` is read as en).
		const canonical = value?.toLowerCase();
		if (canonical && canonical !== defaults[name]) out.set(name, canonical);
	}
	const search = out.toString();
	return url.pathname + (search ? `?${search}` : '');
}

/** A range the day inputs may set: both days inside the period, in order. */
export function validRange(period: Period, from: string, to: string): boolean {
	const day = /^\d{4}-\d{2}-\d{2}$/;
	return day.test(from) && day.test(to) && from >= period.from && to <= period.to && from <= to;
}

/**
 * The dashboard's links for a view, on the page at `here` (whose theme they keep): a record's link
 * opens its panel and goes to it (`#source`, for a page without JavaScript).
 */
export function dashboardLinks(here: string, period: Period): ViewLinks {
	// Read once: every mark's link is written again each time the address follows a new range, and each
	// address is kept for the next (a mark's link in its chart, its target and its table row).
	const url = new URL(here);
	const written = new Map<string, string>();
	const linkTo: ViewLinks['linkTo'] = (v, change) => {
		const { lang, from, to, sel } = { lang: v.lang, from: v.from, to: v.to, sel: v.sel, ...change };
		const key = `${lang} ${from} ${to} ${sel}`;
		let search = written.get(key);
		if (search === undefined) {
			if (written.size > 1000) written.clear();
			search = viewSearch(url, { lang, from, to, sel }, period);
			written.set(key, search);
		}
		return search;
	};
	return {
		linkTo,
		hrefFor: (v, id) => (id ? `${linkTo(v, { sel: id })}#source` : linkTo(v, { sel: null }))
	};
}
