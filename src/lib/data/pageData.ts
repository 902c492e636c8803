/**
 * What a page sends to the browser: the records, and the paragraph around each quote (its text
 * before and after: the quote itself is the record's, and travels once).
 */
import type { Dataset, Period, Records } from './schema';
import { quoteInParagraph, type QuoteInParagraph } from './quoteContext';

export interface PageRecords extends Records {
	/** The story's period: the presets', the brush's and the day inputs' whole range. */
	period: Period;
	/** The paragraph around each record's quote, by record id. */
	contexts: Record<string, Omit<QuoteInParagraph, 'quote'>>;
}

export function pageRecords(d: Dataset): PageRecords {
	const contexts: PageRecords['contexts'] = {};
	for (const r of [...d.figures, ...d.events]) {
		const c = quoteInParagraph(d.texts[r.article], r.quote);
		if (c) contexts[r.id] = { before: c.before, after: c.after };
	}
	return {
		articles: d.articles,
		places: d.places,
		figures: d.figures,
		events: d.events,
		period: d.period,
		contexts
	};
}
