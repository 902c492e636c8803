/**
 * The options a URL may carry, parsed and validated in one place for the dashboard, the widgets and
 * the exports: `parseOptions(url.searchParams, names, unknown)` and `optionsToSearch(options)`.
 * Values match case-insensitively (`lang=EN`); every value allowed is lower-case, so that is never
 * ambiguous (an export's own words, `headline`, `subtitle`, `note`, are text and kept as typed). A bad option is reported with the option's name and what it allows, never with the raw input.
 */
import { ownWordsAllowed, parseOwnWords, type OwnWordsName } from '$lib/export/ownWords';
import { isCalendarDay } from '$lib/days';
import type { Period } from '$lib/story/period';

export const langs = ['nl', 'en'] as const;
export type Lang = (typeof langs)[number];
/** `auto` follows the reader's system; `transparent` is light without a background (exports, widgets). */
export const themes = ['auto', 'light', 'dark', 'transparent'] as const;
export type Theme = (typeof themes)[number];
export const yScales = ['log', 'linear'] as const;
export type YScale = (typeof yScales)[number];

/** Export sizes for slides, social posts and print. `screen` takes w and h from the caller. */
export const presets = {
	'slide-1080': { w: 1920, h: 1080 },
	'slide-720': { w: 1280, h: 720 },
	square: { w: 1080, h: 1080 },
	portrait: { w: 1080, h: 1350 },
	social: { w: 1200, h: 630 }
} as const;
export type Preset = keyof typeof presets;

export interface Options {
	lang: Lang;
	theme: Theme;
	from: string;
	to: string;
	/** The id of the figure or event whose source panel is open. */
	sel: string | null;
	title: boolean;
	source: boolean;
	/** The story's notes on the charts (hide: a widget without them). */
	notes: boolean;
	/** A starting height for a widget, in CSS pixels. */
	height: number | null;
	yscale: YScale;
	/** Export only. */
	w: number | null;
	h: number | null;
	preset: Preset | null;
	scale: number;
	/** Export only: a presenter's own title, subtitle and note (ownWords.ts), drawn instead of ours. */
	headline: string | null;
	subtitle: string | null;
	note: string | null;
	/** Widgets only: what Pym.js appends to a child's URL. `childId` names the parent's container in
	 * Pym's height messages; the others are allowed so that Pym embeds load, and then ignored. */
	childId: string | null;
	parentUrl: string | null;
	parentTitle: string | null;
	initialWidth: number | null;
}

/** The defaults but the range, whose default is the story's period (`optionsFor`). */
export const defaultOptions: Omit<Options, 'from' | 'to'> = {
	lang: 'nl',
	theme: 'auto',
	sel: null,
	title: true,
	source: true,
	notes: true,
	height: null,
	yscale: 'log',
	w: null,
	h: null,
	preset: null,
	scale: 1,
	headline: null,
	subtitle: null,
	note: null,
	childId: null,
	parentUrl: null,
	parentTitle: null,
	initialWidth: null
};

/** Every option's default: the whole period, and the defaults above. */
export function optionsFor(period: Period): Options {
	return { ...defaultOptions, from: period.from, to: period.to };
}

export type OptionName = keyof Options;

interface OptionSpec<K extends OptionName> {
	/** What the option allows, as shown in a 400 answer. */
	allowed: string;
	parse: (value: string) => Options[K] | undefined;
	format: (value: Options[K]) => string;
}

function parseDay(value: string): string | undefined {
	return isCalendarDay(value) ? value : undefined;
}
function oneOf<T extends string>(values: readonly T[]) {
	return (value: string) => {
		const v = value.toLowerCase();
		return (values as readonly string[]).includes(v) ? (v as T) : undefined;
	};
}
function integer(min: number, max: number) {
	return (value: string) => {
		if (!/^\d{1,5}$/.test(value)) return undefined;
		const n = Number(value);
		return n >= min && n <= max ? n : undefined;
	};
}

/**
 * What Pym.js appends to a child's URL: accepted by every widget. `childId` names the widget in Pym's
 * height message, `initialWidth` is the width a chart is laid out for; the rest is ignored.
 */
export const pymOptions = [
	'childId',
	'parentUrl',
	'parentTitle',
	'initialWidth'
] as const satisfies readonly OptionName[];

/** A value that is read and then ignored: any text up to `max` characters. */
function anyText(max: number) {
	return (value: string) => (value.length <= max ? value : undefined);
}
function ownWordsSpec(name: OwnWordsName) {
	return {
		allowed: ownWordsAllowed(name),
		parse: (v: string) => parseOwnWords(name, v),
		format: (v: string | null) => v ?? ''
	};
}
const showHide = {
	allowed: 'show or hide',
	parse: (v: string) => {
		const word = v.toLowerCase();
		return word === 'show' ? true : word === 'hide' ? false : undefined;
	},
	format: (v: boolean) => (v ? 'show' : 'hide')
};

export const optionSpecs: { [K in OptionName]: OptionSpec<K> } = {
	lang: { allowed: langs.join(' or '), parse: oneOf(langs), format: String },
	theme: { allowed: themes.join(', '), parse: oneOf(themes), format: String },
	// A day of the calendar; parseOptions then holds it to the story's period.
	from: { allowed: 'a day (YYYY-MM-DD)', parse: parseDay, format: String },
	to: { allowed: 'a day (YYYY-MM-DD)', parse: parseDay, format: String },
	sel: {
		allowed: 'the id of a figure or event (lower-case letters, digits, - and _)',
		parse: (v) => (/^[a-z0-9][a-z0-9_-]{0,80}$/i.test(v) ? v.toLowerCase() : undefined),
		format: (v) => v ?? ''
	},
	title: showHide,
	source: showHide,
	notes: showHide,
	height: { allowed: 'a whole number of pixels from 100 to 3000', parse: integer(100, 3000), format: String },
	yscale: { allowed: yScales.join(' or '), parse: oneOf(yScales), format: String },
	w: { allowed: 'a width in pixels from 200 to 4000', parse: integer(200, 4000), format: String },
	h: { allowed: 'a height in pixels from 200 to 4000', parse: integer(200, 4000), format: String },
	preset: {
		allowed: Object.keys(presets).join(', '),
		parse: oneOf(Object.keys(presets) as Preset[]),
		format: (v) => v ?? ''
	},
	scale: { allowed: '1, 2 or 3 (pixel density of a PNG)', parse: integer(1, 3), format: String },
	headline: ownWordsSpec('headline'),
	subtitle: ownWordsSpec('subtitle'),
	note: ownWordsSpec('note'),
	childId: {
		allowed: 'an element id (letters, digits, -, _, : and .), as Pym.js sets it',
		parse: (v) => (/^[A-Za-z0-9_:.-]{1,100}$/.test(v) ? v : undefined),
		format: (v) => v ?? ''
	},
	parentUrl: {
		allowed: 'the URL of the embedding page, as Pym.js sets it',
		parse: anyText(4000),
		format: (v) => v ?? ''
	},
	parentTitle: {
		allowed: 'the title of the embedding page, as Pym.js sets it',
		parse: anyText(1000),
		format: (v) => v ?? ''
	},
	initialWidth: { allowed: 'a width in pixels, as Pym.js sets it', parse: integer(0, 99999), format: String }
};

export interface OptionError {
	/** The option's name if it is one we know, else null: unknown names are not echoed. */
	option: string | null;
	message: string;
	allowed: string;
}

export type ParseResult = { ok: true; options: Options } | { ok: false; error: OptionError };

/**
 * Parameters that link trackers and newsletters add to any URL they pass on (`utm_source`, `fbclid`):
 * not options, so a shared link that carries them still opens, and they are ignored.
 */
export function isTrackingParameter(name: string): boolean {
	return /^utm_[a-z]+$/.test(name) || ['fbclid', 'gclid', 'msclkid', 'mc_cid', 'mc_eid'].includes(name);
}

/**
 * What a page does with a parameter that is no option at all (`?ref=twitter`, `?foo=1`): pages and
 * widgets `ignore` it, since social networks and CMSs append all kinds; exports and data files
 * `refuse` it. Tracking parameters are ignored everywhere, and an option of another page
 * (`yscale` on the sanctions widget) is refused everywhere: it asks for what the page cannot do.
 */
export type UnknownParameters = 'ignore' | 'refuse';

/** What `from` and `to` allow, in a 400 answer. */
export function rangeAllowed(period: Period): string {
	return `a day from ${period.from} to ${period.to} (YYYY-MM-DD)`;
}

/**
 * Reads the options a page accepts (`names`) from its query string, with the range held to the
 * story's `period`. An option of another page, a repeated option, a bad value, or `from` after `to`,
 * is an error that names the option and what it allows; a parameter that is no option is ignored
 * or refused as `unknown` says.
 *
 * A `to` after the period's end is clamped to the end, not refused: the end is the newest article's
 * day, so it moves as articles come in (and it once was a fixed 15 October), and a link made for
 * "up to then" keeps opening on what the data has. A day before the start (the election, a fixed
 * fact), or a `from` after the end, asks for days no article covers: a 400 naming the period.
 */
export function parseOptions(
	params: URLSearchParams,
	names: readonly OptionName[],
	period: Period,
	unknown: UnknownParameters = 'refuse'
): ParseResult {
	const options: Options = optionsFor(period);
	const seen = new Set<string>();
	const fail = (option: string | null, message: string, allowed: string): ParseResult => ({
		ok: false,
		error: { option, message, allowed }
	});
	for (const [name, value] of params) {
		if (isTrackingParameter(name)) continue;
		if (!(names as readonly string[]).includes(name)) {
			// Only names this module knows are echoed (an option of another page); anything else is not.
			const known = Object.hasOwn(optionSpecs, name) ? name : null;
			if (known === null && unknown === 'ignore') continue;
			return fail(known, 'is not an option of this page', `the options ${names.join(', ')}`);
		}
		if (seen.has(name)) return fail(name, 'is given more than once', 'one value');
		seen.add(name);
		const key = name as OptionName;
		const spec = optionSpecs[key] as OptionSpec<typeof key>;
		const parsed = spec.parse(value);
		const allowed = key === 'from' || key === 'to' ? rangeAllowed(period) : spec.allowed;
		if (parsed === undefined) return fail(name, 'has a value that is not allowed', allowed);
		if (key === 'from' || key === 'to') {
			const day = parsed as string;
			if (day < period.from || (key === 'from' && day > period.to))
				return fail(name, 'has a value that is not allowed', allowed);
			options[key] = day > period.to ? period.to : day;
			continue;
		}
		(options as unknown as Record<string, unknown>)[key] = parsed;
	}
	if (options.from > options.to) {
		return fail('from', 'is after to', `a day on or before to (${options.to})`);
	}
	return { ok: true, options };
}

/**
 * The query string for `options`, leaving out what equals the default (for the range: the story's
 * `period`), in a stable order.
 */
export function optionsToSearch(
	options: Partial<Options>,
	names: readonly OptionName[],
	period: Period
): string {
	const defaults = optionsFor(period);
	const params = new URLSearchParams();
	for (const key of names) {
		const value = options[key];
		if (value === undefined || value === null || value === defaults[key]) continue;
		const spec = optionSpecs[key] as OptionSpec<typeof key>;
		params.set(key, spec.format(value as never));
	}
	const s = params.toString();
	return s ? `?${s}` : '';
}

export const dashboardOptions = [
	'lang',
	'from',
	'to',
	'sel',
	'theme'
] as const satisfies readonly OptionName[];
