/**
 * What a server-rendered widget hands `/widget.js`: the JSON blocks cannot be broken out of, the
 * tooltips are the chart's table rows, every source panel says what `SourcePanel.svelte` says for
 * the same record, and the drawing is laid out for the width Pym gives.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { chartModel } from '../../../src/lib/charts/chartModel';
import SourcePanel from '../../../src/lib/components/dashboard/SourcePanel.svelte';
import { pageRecords } from '../../../src/lib/data/pageData';
import { validateDataset } from '../../../src/lib/data/validate';
import { jsonScript, widgetScriptData, type WidgetSource } from '../../../src/lib/embed/widgetScriptData';
import { widgetPageRecords, widgetRecords } from '../../../src/lib/embed/widgetRecords';
import { drawingWidth } from '../../../src/lib/embed/widgets';
import { DATA_END, DATA_START, type Lang } from '../../../src/lib/view/options';
import { readDataFiles } from '../../../scripts/read-data';

const all = pageRecords(validateDataset(readDataFiles()));
const range = { from: DATA_START, to: DATA_END };

describe('jsonScript', () => {
	it('writes no `<` at all, so `</script>` and `<!--` in a quote stay inside the block', () => {
		const value = { quote: 'a </script><script>alert(1)</script> <!-- b', other: ['</SCRIPT >'] };
		const json = jsonScript(value);
		expect(json).not.toContain('<');
		expect(json).toContain('\\u003c/script>');
		expect(JSON.parse(json)).toEqual(value);
	});
});

describe('widgetScriptData', () => {
	it('gives each mark of a chart its table row and its days', () => {
		const options = { lang: 'en' as Lang, ...range, yscale: 'log' as const };
		const records = widgetPageRecords(widgetRecords('arrests', all, range), all);
		const data = widgetScriptData('arrests', records, options);
		const model = chartModel('arrests', records, options);
		expect(data.rows?.map(({ x0, x1, ...row }) => (void x0, void x1, row))).toEqual(model.table);
		expect(data.rows?.map((r) => [r.id, r.x0, r.x1])).toEqual(model.marks.map((m) => [m.id, m.x0, m.x1]));
		// Every record the page holds has its panel: the marks' and the other reports of their claims.
		expect(Object.keys(data.sources.records).sort()).toEqual(
			[...records.figures, ...records.events].map((r) => r.id).sort()
		);
		expect(data.sources.alsoReported).toBe('Also reported in');
	});

	it('has no rows for the headline strip, only source panels', () => {
		const records = widgetPageRecords(widgetRecords('headlines', all, range), all);
		const data = widgetScriptData('headlines', records, { lang: 'nl', ...range, yscale: 'log' });
		expect(data.rows).toBeNull();
		expect(Object.keys(data.sources.records).length).toBeGreaterThan(3);
	});
});

/** The words of a panel in reading order, as `/widget.js` puts them into SourcePanel's markup. */
function panelWords(s: WidgetSource, alsoReported: string, heading: string, close: string): string {
	return [
		heading,
		close,
		s.headline,
		s.when,
		`${s.article.text} (${s.article.date})`,
		`${s.before}${s.quote}${s.after}`,
		s.note ?? '',
		...(s.sameClaim.length ? [alsoReported, ...s.sameClaim.map((x) => `${x.text}: ${x.quote}`)] : [])
	]
		.join(' ')
		.replace(/\s+/g, ' ')
		.trim();
}

function text(html: string): string {
	return (
		html
			.replace(/<!--[^]*?-->/g, '')
			// Inline elements join their text; block elements part it.
			.replace(/<\/?(mark|a|strong|span|q)\b[^>]*>/g, '')
			.replace(/<[^>]+>/g, ' ')
			.replace(/&amp;/g, '&')
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'")
			.replace(/\s+/g, ' ')
			.trim()
	);
}

describe('the source panels in the JSON', () => {
	it.each(['nl', 'en'] as const)('say what SourcePanel.svelte says for every record (%s)', (lang) => {
		const data = widgetScriptData('timeline', all, { lang, ...range, yscale: 'log' });
		const heading = lang === 'nl' ? 'Bron van dit cijfer' : 'Source of this figure';
		const close = lang === 'nl' ? 'Sluiten' : 'Close';
		let withSame = 0;
		for (const [id, source] of Object.entries(data.sources.records)) {
			const { body } = render(SourcePanel, {
				props: { records: all, id, lang, closeHref: '?' }
			});
			expect(text(panelWords(source, data.sources.alsoReported, heading, close)), id).toBe(text(body));
			// Links point where the component's do.
			expect(body).toContain(`href="${source.article.href}"`);
			for (const s of source.sameClaim) expect(body).toContain(`href="${s.href}"`);
			if (source.sameClaim.length) withSame++;
		}
		expect(withSame).toBeGreaterThan(0);
	});
});

describe('drawingWidth', () => {
	it.each([
		{ initialWidth: null, expected: 630 },
		{ initialWidth: 360, expected: 350 },
		{ initialWidth: 1200, expected: 1190 },
		{ initialWidth: 0, expected: 630 },
		{ initialWidth: 210, expected: 240 },
		{ initialWidth: 99999, expected: 1600 }
	])('initialWidth=$initialWidth → $expected', ({ initialWidth, expected }) => {
		expect(drawingWidth({ initialWidth })).toBe(expected);
	});
});
