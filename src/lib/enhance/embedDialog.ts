/**
 * `/embed-dialog.js`: the dashboard's embed dialog, imported by embedButtons.ts when a reader clicks
 * "Insluiten / Embed". Its markup, styles and words are the server's: an inert copy of
 * EmbedDialog.svelte (`<template id="embed-dialog-model">`, with the words of every widget in a JSON
 * block). `openEmbedDialog` clones it for the button's chart and view, and opens it as a native
 * modal `<dialog>` (focus kept inside, Escape closes). Choosing the widget's language, theme, title
 * and source line, period and scale changes the live preview and both codes; the preview takes the
 * height the widget reports, as an embed would. Closed, the dialog is removed and focus returns to
 * the button. The functions above the DOM part are pure and tested (tests/unit/enhance/embedDialog.test.ts).
 */
import { isEmbedHeightMessage } from '$lib/embed/height';
import { iframeSnippet, scriptSnippet } from '$lib/embed/snippets';
import { optionsToSearch, type Lang, type OptionName, type Theme, type YScale } from '$lib/view/options';
import { readJson } from './dom';

/** What the dialog knows of one widget, worded on the server (EmbedDialog.svelte). */
export interface EmbedDialogWidget {
	/** The widget's title in each language: the iframe's accessible name, the fallback link's text. */
	title: Record<Lang, string>;
	/** The dialog's heading, in the page's language: "‘Arrestaties’ insluiten". */
	heading: string;
	/** The options its embed code may write (`embedCodeOptions`). */
	options: OptionName[];
	/** The iframe's starting height (`startHeight`) by `heightKey(title, source)`. */
	heights: Record<string, number>;
}

/** The JSON block in the dialog's template: the copy buttons' words and every widget's. */
export interface EmbedDialogWords {
	copy: string;
	copied: string;
	copyFailed: string;
	widgets: Record<string, EmbedDialogWidget>;
}

export function heightKey(title: boolean, source: boolean): string {
	return `${title ? 'title' : 'no-title'} ${source ? 'source' : 'no-source'}`;
}

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
	chart: string;
	lang: Lang;
	from: string;
	to: string;
}

/** The first choices: the page's language, the current period, everything else the widget's defaults. */
export function firstChoices(view: EmbedView): EmbedChoices {
	return { lang: view.lang, theme: 'auto', title: true, source: true, range: 'current', yscale: 'log' };
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
export function embedCodes(
	origin: string,
	view: EmbedView,
	widget: EmbedDialogWidget,
	c: EmbedChoices
): EmbedCodes {
	const { lang, theme, title: showTitle, source, yscale } = c;
	const period = c.range === 'current' ? { from: view.from, to: view.to } : {};
	const query = optionsToSearch(
		{ lang, theme, title: showTitle, source, yscale, ...period },
		widget.options
	).slice(1);
	const src = `${origin}/embed/${view.chart}${query ? `?${query}` : ''}`;
	const title = widget.title[lang];
	const height = widget.heights[heightKey(showTitle, source)] ?? 0;
	return {
		src,
		title,
		height,
		iframe: iframeSnippet({ src, title, height }),
		script: scriptSnippet({ origin, chart: view.chart, options: query, title })
	};
}

// The page.

const RESET_STATUS_MS = 4000;

type Field = RadioNodeList | HTMLSelectElement | HTMLInputElement | null;

/** The choices of the dialog's form now. */
function readChoices(form: HTMLFormElement, first: EmbedChoices): EmbedChoices {
	const field = (name: string) => form.elements.namedItem(name) as Field;
	const value = (name: string, fallback: string) => {
		const f = field(name);
		return f && 'value' in f && f.value ? f.value : fallback;
	};
	const checked = (name: string) => {
		const f = field(name);
		return f instanceof HTMLInputElement ? f.checked : true;
	};
	return {
		lang: value('lang', first.lang) as Lang,
		theme: value('theme', first.theme) as Theme,
		title: checked('title'),
		source: checked('source'),
		range: value('range', first.range) as EmbedChoices['range'],
		yscale: value('yscale', first.yscale) as YScale
	};
}

function setChoices(form: HTMLFormElement, c: EmbedChoices): void {
	for (const [name, value] of Object.entries(c)) {
		const f = form.elements.namedItem(name) as Field;
		if (f instanceof HTMLInputElement && f.type === 'checkbox') f.checked = value as boolean;
		else if (f) f.value = String(value);
	}
}

/**
 * Opens the embed dialog for `button` (an EmbedButton: `data-embed`, `data-lang`, `data-from`,
 * `data-to` and, for a period that is not the whole one, `data-range`, its words).
 */
export function openEmbedDialog(button: HTMLElement): HTMLDialogElement | null {
	const template = document.getElementById('embed-dialog-model');
	const content = template instanceof HTMLTemplateElement ? template.content : null;
	const words = content ? readJson<EmbedDialogWords>('embed-dialog-words', content) : null;
	const view: EmbedView = {
		chart: button.dataset.embed ?? '',
		lang: button.dataset.lang === 'en' ? 'en' : 'nl',
		from: button.dataset.from ?? '',
		to: button.dataset.to ?? ''
	};
	const widget = words?.widgets[view.chart];
	const model = content?.querySelector('dialog');
	if (!words || !widget || !model) return null;

	const dialog = model.cloneNode(true) as HTMLDialogElement;
	const $ = <T extends Element>(selector: string) => dialog.querySelector<T>(selector);
	const form = $<HTMLFormElement>('form');
	const preview = $<HTMLIFrameElement>('iframe');
	const status = $('.status');
	if (!form || !preview) return null;

	const heading = $('h2');
	if (heading) heading.textContent = widget.heading;
	const range = button.dataset.range;
	const rangeWords = $('.range-current');
	if (range && rangeWords) rangeWords.textContent = range;
	else $('fieldset.range')?.remove();
	if (!widget.options.includes('yscale')) $('fieldset.yscale')?.remove();
	const first = firstChoices(view);
	setChoices(form, first);

	// The preview sizes itself as an embed would: from the widget's own height messages.
	let reported = 0;
	const update = () => {
		const choices = readChoices(form, first);
		const codes = embedCodes(location.origin, view, widget, choices);
		if (preview.getAttribute('src') !== codes.src) preview.src = codes.src;
		preview.title = codes.title;
		preview.height = String(reported || codes.height);
		$('.preview-box')?.classList.toggle('dark', choices.theme === 'dark');
		for (const which of ['iframe', 'script'] as const) {
			const area = $<HTMLTextAreaElement>(`textarea[name=${which}]`);
			if (area) area.value = codes[which];
		}
	};
	const onmessage = (event: MessageEvent) => {
		if (event.origin !== location.origin || event.source !== preview.contentWindow) return;
		if (!isEmbedHeightMessage(event.data)) return;
		reported = event.data.height;
		preview.height = String(reported);
	};

	let reset = 0;
	const copyWords = new Map(
		[...dialog.querySelectorAll<HTMLElement>('button[data-copy]')].map((b) => [b, b.textContent])
	);
	const setStatus = (copied: Element | null, text: string) => {
		for (const [b, text] of copyWords) b.textContent = b === copied ? `✓ ${words.copied}` : text;
		if (status) status.textContent = text;
	};
	const copy = async (which: string, from: Element) => {
		clearTimeout(reset);
		const area = $<HTMLTextAreaElement>(`textarea[name=${which}]`);
		try {
			await navigator.clipboard.writeText(area?.value ?? '');
			setStatus(from, words.copied);
		} catch {
			area?.select();
			setStatus(null, words.copyFailed);
		}
		reset = window.setTimeout(() => setStatus(null, ''), RESET_STATUS_MS);
	};

	form.addEventListener('change', update);
	form.addEventListener('submit', (event) => event.preventDefault());
	dialog.addEventListener('click', (event) => {
		const target = event.target instanceof Element ? event.target.closest('button') : null;
		if (!target) return;
		if (target.classList.contains('close')) dialog.close();
		const which = target.getAttribute('data-copy');
		if (which) void copy(which, target);
	});
	window.addEventListener('message', onmessage);
	dialog.addEventListener('close', () => {
		window.removeEventListener('message', onmessage);
		clearTimeout(reset);
		dialog.remove();
		// The same button, or the one that took its place if the chart was drawn again meanwhile.
		const back = button.isConnected
			? button
			: document.querySelector<HTMLElement>(`button[data-embed="${CSS.escape(view.chart)}"]`);
		back?.focus();
	});

	update();
	document.body.append(dialog);
	dialog.showModal();
	return dialog;
}
