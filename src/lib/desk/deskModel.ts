/**
 * The desk's state turned into what the validation and the save take: the article entry, the
 * addition of the accepted cards, the default article id. Pure.
 */
import type { RawDataFiles } from '../data/validate';
import type { Article, Figure } from '../data/schema';
import type { Addition } from './addition';
import { recordOf, type Card } from './cards';

export interface ArticleForm {
	id: string;
	language: 'nl' | 'en';
	title: string;
	title_en: string;
	date: string;
	date_reasoning: string;
}

export function articleOf(form: ArticleForm): Article {
	return { ...form, file: `${form.id}.txt` };
}

/** FNV-1a, 64 bits, as 16 hex digits: a short stable name for a text (the ids of data/articles.json). */
export function textHash(text: string): string {
	let hash = 0xcbf29ce484222325n;
	for (const byte of new TextEncoder().encode(text)) {
		hash ^= BigInt(byte);
		hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
	}
	return hash.toString(16).padStart(16, '0');
}

/** The next article's id: its number after the others', and its text's hash ("005_…"). */
export function defaultArticleId(articles: { id: string }[], text: string): string {
	const numbers = articles.map((a) => Number.parseInt(a.id, 10)).filter(Number.isFinite);
	const next = numbers.length > 0 ? Math.max(...numbers) + 1 : 0;
	return `${String(next).padStart(3, '0')}_${textHash(text)}`;
}

/**
 * The addition of `cards` (those given: the accepted ones to save, or one card to check it alone).
 * A card whose claim names a record of another article that has none ("claim-<id>") gives that record
 * the claim too.
 */
export function additionOf(form: ArticleForm, text: string, cards: Card[], raw: RawDataFiles): Addition {
	const records = cards.map((card) => recordOf(card, form.id));
	const figures = records.filter((r): r is Figure => 'metric' in r);
	const events = records.filter((r) => !('metric' in r)) as Addition['events'];
	const existing = [...(raw.figures as Figure[]), ...(raw.events as Addition['events'])];
	const claims = records.flatMap((r) => {
		const target = existing.find((e) => r.claim !== null && r.claim === `claim-${e.id}` && e.claim === null);
		return target && r.claim ? [{ id: target.id, claim: r.claim }] : [];
	});
	return {
		article: articleOf(form),
		text,
		figures,
		events,
		claims: [...new Map(claims.map((c) => [c.id, c])).values()]
	};
}
