/** A record with where it comes from: its article, its paragraph, and other reports of the same claim. */
import type { PageRecords } from './pageData';
import type { Article, Event, Figure } from './schema';
import type { QuoteInParagraph } from './quoteContext';

export interface Provenance {
	record: Figure | Event;
	article: Article;
	context: QuoteInParagraph;
	/** Records of other articles (or the same) that share this record's claim. */
	sameClaim: { record: Figure | Event; article: Article }[];
}

export function findRecord(
	r: Pick<PageRecords, 'figures' | 'events'>,
	id: string
): Figure | Event | undefined {
	return r.figures.find((f) => f.id === id) ?? r.events.find((e) => e.id === id);
}

export function provenance(r: PageRecords, id: string): Provenance | null {
	const record = findRecord(r, id);
	if (!record) return null;
	const article = r.articles.find((a) => a.id === record.article)!;
	const around = r.contexts[record.id] ?? { before: '', after: '' };
	const context = { ...around, quote: record.quote };
	const sameClaim = record.claim
		? [...r.figures, ...r.events]
				.filter((x) => x.claim === record.claim && x.id !== record.id)
				.map((x) => ({ record: x, article: r.articles.find((a) => a.id === x.article)! }))
		: [];
	return { record, article, context, sameClaim };
}
