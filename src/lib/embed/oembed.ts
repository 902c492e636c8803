/**
 * oEmbed 1.0 (https://oembed.com) for the widgets: given the URL of a widget, or of the dashboard
 * (mapped to the chart its `#chart-<id>` fragment names, else the arrests chart), answers a `rich`
 * response whose html is the widget's iframe. Pure: the route only passes the query and the origin.
 */
import { story } from '$lib/story/storyData';
import type { Period } from '$lib/story/period';
import { dashboardOptions, parseOptions, type Options } from '$lib/view/options';
import { iframeSnippet } from './snippets';
import {
	defaultDrawingHeight,
	drawingHeight,
	embedCodeOptions,
	isWidgetId,
	startHeight,
	widgetOptions,
	widgetPath,
	widgetTitle,
	type WidgetId
} from './widgets';

export const OEMBED_DEFAULT_WIDTH = 640;
/** Below this the drawing is no longer readable; a smaller maxheight clips the frame. */
const MIN_DRAWING_HEIGHT = 100;
export const PROVIDER_NAME = 'Belarus 2020';
export const CACHE_AGE = 86_400;

export interface OembedRich {
	version: '1.0';
	type: 'rich';
	html: string;
	width: number;
	height: number;
	title: string;
	provider_name: string;
	provider_url: string;
	cache_age: number;
}

export type OembedResult = { status: 200; body: OembedRich } | { status: 400 | 404 | 501; error: string };

function fail(status: 400 | 404 | 501, error: string): OembedResult {
	return { status, error };
}

function pixels(value: string | null): number | null | undefined {
	if (value === null) return null;
	return /^\d{1,5}$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

/** The widget and its options that `url` shows, or null when it is not a page of ours that maps to one. */
export function widgetForUrl(
	url: string,
	origin: string,
	period: Period
): { id: WidgetId; options: Options } | null {
	let u: URL;
	try {
		u = new URL(url);
	} catch {
		return null;
	}
	if (u.origin !== origin) return null;
	const widget = /^\/embed\/([a-z]+)\/?$/.exec(u.pathname);
	if (widget) {
		const id = widget[1];
		if (!isWidgetId(id)) return null;
		const parsed = parseOptions(u.searchParams, widgetOptions(id), period, 'ignore');
		return parsed.ok ? { id, options: parsed.options } : null;
	}
	if (u.pathname === '/' || u.pathname === '') {
		const parsed = parseOptions(u.searchParams, dashboardOptions, period, 'ignore');
		if (!parsed.ok) return null;
		const named = /^#chart-([a-z]+)$/.exec(u.hash)?.[1] ?? '';
		return { id: isWidgetId(named) ? named : 'arrests', options: { ...parsed.options, sel: null } };
	}
	return null;
}

/**
 * The answer to `/oembed?url=…&format=…&maxwidth=…&maxheight=…`: 400 without a url (or with a bad
 * size), 501 for a format other than json, 404 for a url that is not one of our widgets or the dashboard.
 */
export function oembedResponse(params: URLSearchParams, origin: string, period: Period): OembedResult {
	const url = params.get('url');
	if (!url) return fail(400, 'The parameter "url" is required: the address of a widget or of the dashboard.');
	const format = params.get('format') ?? 'json';
	if (format !== 'json') return fail(501, 'Only format=json is supported.');
	const maxwidth = pixels(params.get('maxwidth'));
	const maxheight = pixels(params.get('maxheight'));
	if (maxwidth === undefined) return fail(400, 'The parameter "maxwidth" must be a whole number of pixels.');
	if (maxheight === undefined)
		return fail(400, 'The parameter "maxheight" must be a whole number of pixels.');
	const target = widgetForUrl(url, origin, period);
	if (!target) return fail(404, 'The url is not a widget or the dashboard of this site.');

	const { id } = target;
	const options = { ...target.options };
	let height = startHeight(id, options);
	if (maxheight !== null && height > maxheight && defaultDrawingHeight[id] > 0) {
		// Shrink the drawing (the widget's `height` option) before clipping the frame.
		const drawing = Math.max(MIN_DRAWING_HEIGHT, drawingHeight(id, options) - (height - maxheight));
		options.height = drawing;
		height = startHeight(id, options);
	}
	if (maxheight !== null) height = Math.min(height, maxheight);
	const width = Math.min(OEMBED_DEFAULT_WIDTH, maxwidth ?? OEMBED_DEFAULT_WIDTH);
	const title = widgetTitle(id, options.lang);
	const src = origin + widgetPath(id, options, period, embedCodeOptions(id));
	return {
		status: 200,
		body: {
			version: '1.0',
			type: 'rich',
			html: iframeSnippet({ src, title, height, maxWidth: width }),
			width,
			height,
			title: `${title} · ${story[options.lang].title}`,
			provider_name: PROVIDER_NAME,
			provider_url: `${origin}/`,
			cache_age: CACHE_AGE
		}
	};
}
