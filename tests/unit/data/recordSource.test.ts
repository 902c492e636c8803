/**
 * A record's source panel: the quote marked in its paragraph, the article and the other reports of
 * the same claim, for every record; JSON blocks that cannot be broken out of; the width a widget's
 * drawing is laid out for.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import SourcePanel from '../../../src/lib/components/dashboard/SourcePanel.svelte';
import { pageRecords } from '../../../src/lib/data/pageData';
import { jsonScript, recordSource } from '../../../src/lib/data/recordSource';
import { validateDataset } from '../../../src/lib/data/validate';
import { drawingWidth } from '../../../src/lib/embed/widgets';
import { readDataFiles } from '../../../src/scripts/read-data';

const all = pageRecords(validateDataset(readDataFiles()));

describe('jsonScript', () => {
	it('writes no `<` at all, so `</script>` and `<!--` in a quote stay inside the block', () => {
		const value = { quote: 'a </script><script>alert(1)</script> <!-- b', other: ['</SCRIPT >'] };
		const json = jsonScript(value);
		expect(json).not.toContain('<');
		expect(json).toContain('\\u003c/script>');
		expect(JSON.parse(json)).toEqual(value);
	});
});

describe('the source panel', () => {
	it.each(['nl', 'en'] as const)(
		'marks every record’s quote in its paragraph, with its article (%s)',
		(lang) => {
			let withSame = 0;
			for (const r of [...all.figures, ...all.events]) {
				const source = recordSource(all, r.id, lang);
				expect(source, r.id).not.toBeNull();
				const body = render(SourcePanel, {
					props: { records: all, id: r.id, lang, closeHref: '?', onclose: () => {} }
				}).body.replace(/ class="svelte-[a-z0-9]+"/g, '');
				const quote = r.quote.replace(/&/g, '&amp;').replace(/</g, '&lt;');
				expect(body, r.id).toContain(`<mark>${quote}</mark>`);
				expect(body).toContain(`href="${source!.article.href}"`);
				for (const group of source!.related)
					for (const item of group.items) expect(body).toContain(`href="${item.href}"`);
				if (source!.related.length) withSame++;
			}
			expect(withSame).toBeGreaterThan(0);
		}
	);
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
