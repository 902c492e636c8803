/**
 * The embed dialog (src/lib/enhance/embedDialog.ts, `/embed-dialog.js`) writes its codes from the
 * words and options the server puts in the page (EmbedDialog.svelte), so that it carries neither
 * the messages nor the widgets module: its codes must be exactly those the widgets module makes.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import EmbedDialog, { embedDialogWords } from '../../../src/lib/components/embed/EmbedDialog.svelte';
import { iframeSnippet, scriptSnippet } from '../../../src/lib/embed/snippets';
import { embedCodeOptions, startHeight, widgetIds, widgetTitle } from '../../../src/lib/embed/widgets';
import {
	embedCodes,
	firstChoices,
	heightKey,
	type EmbedChoices,
	type EmbedDialogWords
} from '../../../src/lib/enhance/embedDialog';
import { DATA_END, DATA_START, optionsToSearch, themes, yScales, langs } from '../../../src/lib/view/options';

const origin = 'https://belarus.example';

/** Every choice the dialog offers, one at a time, from the first ones. */
function variants(first: EmbedChoices): EmbedChoices[] {
	return [
		first,
		...langs.map((lang) => ({ ...first, lang })),
		...themes.map((theme) => ({ ...first, theme })),
		{ ...first, title: false },
		{ ...first, source: false },
		{ ...first, title: false, source: false },
		{ ...first, range: 'all' as const },
		...yScales.map((yscale) => ({ ...first, yscale })),
		{ lang: 'en', theme: 'dark', title: false, source: false, range: 'all', yscale: 'linear' }
	];
}

describe('embedCodes', () => {
	const words = embedDialogWords('nl');
	const periods = [
		{ from: '2020-09-01', to: '2020-09-30' },
		{ from: DATA_START, to: DATA_END }
	];

	it.each(widgetIds)('are the codes the widgets module makes, for %s', (chart) => {
		for (const { from, to } of periods) {
			const view = { chart, lang: 'nl' as const, from, to };
			for (const c of variants(firstChoices(view))) {
				const query = optionsToSearch(
					{
						lang: c.lang,
						theme: c.theme,
						title: c.title,
						source: c.source,
						yscale: c.yscale,
						...(c.range === 'current' ? { from, to } : {})
					},
					embedCodeOptions(chart)
				).slice(1);
				const src = `${origin}/embed/${chart}${query ? `?${query}` : ''}`;
				const title = widgetTitle(chart, c.lang);
				const height = startHeight(chart, { height: null, title: c.title, source: c.source });
				expect(embedCodes(origin, view, words.widgets[chart], c), JSON.stringify(c)).toEqual({
					src,
					title,
					height,
					iframe: iframeSnippet({ src, title, height }),
					script: scriptSnippet({ origin, chart, options: query, title })
				});
			}
		}
	});

	it('writes only the options a widget has: no scale for the sanctions', () => {
		const view = { chart: 'sanctions', lang: 'en' as const, from: '2020-09-01', to: '2020-09-30' };
		const codes = embedCodes(origin, view, words.widgets.sanctions, {
			...firstChoices(view),
			yscale: 'linear'
		});
		expect(codes.src).toBe(`${origin}/embed/sanctions?lang=en&from=2020-09-01&to=2020-09-30`);
	});
});

describe('firstChoices', () => {
	it('start from the page’s language, the current period and the widget’s defaults', () => {
		expect(firstChoices({ chart: 'arrests', lang: 'en', from: DATA_START, to: DATA_END })).toEqual({
			lang: 'en',
			theme: 'auto',
			title: true,
			source: true,
			range: 'current',
			yscale: 'log'
		});
	});
});

describe('EmbedDialog.svelte', () => {
	it.each(['nl', 'en'] as const)('puts the dialog and its words in an inert template (%s)', (lang) => {
		const { body } = render(EmbedDialog, { props: { lang } });
		expect(body).toMatch(/<template id="embed-dialog-model"><dialog class="embed-dialog[^"]*"/);
		const json = /<script type="application\/json" id="embed-dialog-words"[^>]*>([^<]*)<\/script>/.exec(
			body
		)?.[1];
		const words = JSON.parse(json ?? 'null') as EmbedDialogWords;
		expect(words).toEqual(embedDialogWords(lang));
		expect(Object.keys(words.widgets)).toEqual([...widgetIds]);
		expect(words.widgets.map.heading).toBe(lang === 'nl' ? '‘Kaart’ insluiten' : 'Embed ‘Map’');
		expect(words.widgets.arrests.heights[heightKey(false, true)]).toBe(
			startHeight('arrests', { height: null, title: false, source: true })
		);
		// A control for each choice, named as the script reads them; the page's language chosen.
		for (const name of Object.keys(firstChoices({ chart: 'map', lang, from: '', to: '' })))
			expect(body, name).toMatch(new RegExp(`name="${name}"`));
		expect(body).toMatch(new RegExp(`<input type="radio" name="lang" value="${lang}" checked`));
		expect(body).toContain('<fieldset class="range');
		expect(body).toContain('<fieldset class="yscale');
		expect(body).toContain('data-copy="iframe"');
		expect(body).toContain('data-copy="script"');
	});
});
