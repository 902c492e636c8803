/**
 * What the embed dialog (EmbedDialog.svelte) shows for the reader's choices: the widget's URL for
 * the live preview, and both embed codes (src/lib/embed/snippets.ts), with only the options that
 * differ from the widget's defaults.
 */
import { formatDate } from '$lib/i18n/format';
import { messages } from '$lib/i18n/messages';
import type { Period } from '$lib/story/period';
import { optionsToSearch, type Lang, type Theme, type YScale } from '$lib/view/options';
import { iframeSnippet, scriptSnippet } from './snippets';
import { embedCodeOptions, startHeight, widgetTitle, type WidgetId } from './widgets';

/** What the reader chose in the dialog. */
export interface EmbedChoices {
	lang: Lang;
	theme: Theme;
	title: boolean;
	source: boolean;
	/** The dashboard's period, or the whole one. */
	range: 'current' | 'all';
	yscale: YScale;
}

/** The view the dialog was opened from: the widget, the page's language and period. */
export interface EmbedView {
	chart: WidgetId;
	lang: Lang;
	from: string;
	to: string;
	/** The story's period: a widget's whole range, left out of its URL. */
	period: Period;
}

/** The first choices: the page's language, the current period, everything else the widget's defaults. */
export function firstChoices(view: EmbedView): EmbedChoices {
	return { lang: view.lang, theme: 'auto', title: true, source: true, range: 'current', yscale: 'log' };
}

/**
 * "Huidige periode (1 sep 2020 – 30 sep 2020)" in the page's language; null for the whole period,
 * which leaves nothing to choose.
 */
export function currentRangeWords(view: EmbedView): string | null {
	if (view.from === view.period.from && view.to === view.period.to) return null;
	const { lang } = view;
	return messages[lang].embedKit.rangeCurrent(formatDate(view.from, lang), formatDate(view.to, lang));
}

export interface EmbedCodes {
	/** The widget's URL, for the preview and both codes. */
	src: string;
	/** The widget's title in its language. */
	title: string;
	/** The iframe's starting height. */
	height: number;
	iframe: string;
	script: string;
}

/** The widget's URL and both embed codes for `choices`; options equal to the defaults are left out. */
export function embedCodes(origin: string, view: EmbedView, c: EmbedChoices): EmbedCodes {
	const { chart } = view;
	const { lang, theme, title: showTitle, source, yscale } = c;
	const period = c.range === 'current' ? { from: view.from, to: view.to } : {};
	const query = optionsToSearch(
		{ lang, theme, title: showTitle, source, yscale, ...period },
		embedCodeOptions(chart),
		view.period
	).slice(1);
	const src = `${origin}/embed/${chart}${query ? `?${query}` : ''}`;
	const title = widgetTitle(chart, lang);
	const height = startHeight(chart, { height: null, title: showTitle, source });
	return {
		src,
		title,
		height,
		iframe: iframeSnippet({ src, title, height }),
		script: scriptSnippet({ origin, chart, options: query, title })
	};
}
