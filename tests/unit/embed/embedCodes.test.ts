/**
 * The embed dialog's codes (src/lib/embed/embedCodes.ts) for every choice it offers must be exactly
 * the snippets of the widgets module's URL, title and starting height; and the dialog
 * (EmbedDialog.svelte) offers each choice, the period's and the scale's only where they apply.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import EmbedDialog from '../../../src/lib/components/embed/EmbedDialog.svelte';
import {
	currentRangeWords,
	embedCodes,
	firstChoices,
	type EmbedChoices
} from '../../../src/lib/embed/embedCodes';
import { iframeSnippet, scriptSnippet } from '../../../src/lib/embed/snippets';
import { embedCodeOptions, startHeight, widgetIds, widgetTitle } from '../../../src/lib/embed/widgets';
import { dataset } from '$lib/data/dataset';
import { optionsToSearch, themes, yScales, langs } from '../../../src/lib/view/options';

const { period } = dataset;

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
	const periods = [{ from: '2020-09-01', to: '2020-09-30' }, { ...period }];

	it.each(widgetIds)('are the codes the widgets module makes, for %s', (chart) => {
		for (const { from, to } of periods) {
			const view = { chart, lang: 'nl' as const, from, to, period };
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
					embedCodeOptions(chart),
					period
				).slice(1);
				const src = `${origin}/embed/${chart}${query ? `?${query}` : ''}`;
				const title = widgetTitle(chart, c.lang);
				const height = startHeight(chart, { height: null, title: c.title, source: c.source });
				expect(embedCodes(origin, view, c), JSON.stringify(c)).toEqual({
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
		const view = {
			chart: 'sanctions' as const,
			lang: 'en' as const,
			from: '2020-09-01',
			to: '2020-09-30',
			period
		};
		const codes = embedCodes(origin, view, { ...firstChoices(view), yscale: 'linear' });
		expect(codes.src).toBe(`${origin}/embed/sanctions?lang=en&from=2020-09-01&to=2020-09-30`);
	});
});

describe('firstChoices', () => {
	it('start from the page’s language, the current period and the widget’s defaults', () => {
		expect(firstChoices({ chart: 'arrests', lang: 'en', ...period, period })).toEqual({
			lang: 'en',
			theme: 'auto',
			title: true,
			source: true,
			range: 'current',
			yscale: 'log'
		});
	});
});

describe('currentRangeWords', () => {
	it('words a period that is not the whole one, in the page’s language, and nothing for the whole', () => {
		const september = { chart: 'map' as const, from: '2020-09-01', to: '2020-09-30', period };
		expect(currentRangeWords({ ...september, lang: 'nl' })).toBe(
			'Huidige periode (1 sep 2020 – 30 sep 2020)'
		);
		expect(currentRangeWords({ ...september, lang: 'en' })).toBe(
			'Current period (Sep 1, 2020 – Sep 30, 2020)'
		);
		expect(currentRangeWords({ chart: 'map', lang: 'en', ...period, period })).toBeNull();
	});
});

describe('EmbedDialog.svelte', () => {
	const props = { origin, from: '2020-09-01', to: '2020-09-30', period };

	it.each(['nl', 'en'] as const)(
		'offers every choice, the page’s language chosen, and both codes (%s)',
		(lang) => {
			const { body } = render(EmbedDialog, { props: { ...props, chart: 'arrests', lang } });
			expect(body).toMatch(/<dialog class="embed-dialog[^"]*"/);
			expect(body).toContain(lang === 'nl' ? '‘Arrestaties’ insluiten' : 'Embed ‘Arrests’');
			for (const name of Object.keys(firstChoices({ chart: 'arrests', lang, from: '', to: '', period })))
				expect(body, name).toMatch(new RegExp(`name="${name}"`));
			expect(body).toMatch(new RegExp(`<input type="radio" name="lang" value="${lang}" checked`));
			expect(body).toContain('<fieldset class="range');
			expect(body).toContain('<fieldset class="yscale');
			const codes = embedCodes(
				origin,
				{ ...props, chart: 'arrests', lang },
				firstChoices({ ...props, chart: 'arrests', lang })
			);
			expect(body).toContain(`src="${codes.src.replace(/&/g, '&amp;')}"`);
			expect(body).toContain('data-copy="iframe"');
			expect(body).toContain('data-copy="script"');
		}
	);

	it('offers no period for the whole period and no scale for the sanctions', () => {
		const { body } = render(EmbedDialog, {
			props: { origin, chart: 'sanctions', lang: 'nl', ...period, period }
		});
		expect(body).not.toContain('<fieldset class="range');
		expect(body).not.toContain('<fieldset class="yscale');
		expect(body).toContain(`src="${origin}/embed/sanctions"`);
	});
});
