/**
 * A record with where it comes from: its article, its paragraph, and the records it is linked to:
 * other reports of the same claim, records that describe it or that it describes, and denials.
 */
import type { PageRecords } from './pageData';
import type { Article, Event, Figure } from './schema';
import type { QuoteInParagraph } from './quoteContext';

export type Relation = 'sameClaim' | 'describedBy' | 'describes' | 'deniedBy' | 'denies';
export const relations: readonly Relation[] = ['sameClaim', 'describedBy', 'describes', 'deniedBy', 'denies'];

export interface Provenance {
	record: Figure | Event;
	article: Article;
	context: QuoteInParagraph;
	/** The linked records, by relation, in file order; a relation without records is an empty list. */
	related: Record<Relation, { record: Figure | Event; article: Article }[]>;
}

export function findRecord(
	r: Pick<PageRecords, 'figures' | 'events'>,
	id: string
): Figure | Event | undefined {
	return r.figures.find((f) => f.id === id) ?? r.events.find((e) => e.id === id);
}

/** The records linked to `record`, by relation; the records a widget sends along for its source panels. */
export function linkedRecords(
	r: Pick<PageRecords, 'figures' | 'events'>,
	record: Figure | Event
): Record<Relation, (Figure | Event)[]> {
	const all = [...r.figures, ...r.events];
	const sameClaim = record.claim ? all.filter((x) => x.claim === record.claim && x !== record) : [];
	// A denial names one report of a claim; it answers all of them.
	const answered = new Set([record.id, ...sameClaim.map((x) => x.id)]);
	return {
		sameClaim,
		describedBy: all.filter((x) => x.describes?.includes(record.id)),
		describes: all.filter((x) => record.describes?.includes(x.id)),
		deniedBy: r.events.filter((x) => x.denies !== undefined && answered.has(x.denies)),
		denies: r.events.filter((x) => 'kind' in record && x.id === record.denies)
	};
}

export function provenance(r: PageRecords, id: string): Provenance | null {
	const record = findRecord(r, id);
	if (!record) return null;
	const article = r.articles.find((a) => a.id === record.article)!;
	const around = r.contexts[record.id] ?? { before: '', after: '' };
	const context = { ...around, quote: record.quote };
	const linked = linkedRecords(r, record);
	const withArticle = (x: Figure | Event) => ({
		record: x,
		article: r.articles.find((a) => a.id === x.article)!
	});
	const related = Object.fromEntries(
		relations.map((rel) => [rel, linked[rel].map(withArticle)])
	) as Provenance['related'];
	return { record, article, context, related };
}
