/** What a page sends to the browser: the records, and the paragraph around each quote. */
import type { Dataset, Records } from './schema';
import { quoteInParagraph, type QuoteInParagraph } from './quoteContext';

export interface PageRecords extends Records {
	/** The paragraph around each record's quote, by record id. */
	contexts: Record<string, QuoteInParagraph>;
}

export function pageRecords(d: Dataset): PageRecords {
	const contexts: Record<string, QuoteInParagraph> = {};
	for (const r of [...d.figures, ...d.events]) {
		const c = quoteInParagraph(d.texts[r.article], r.quote);
		if (c) contexts[r.id] = c;
	}
	return { articles: d.articles, places: d.places, figures: d.figures, events: d.events, contexts };
}
