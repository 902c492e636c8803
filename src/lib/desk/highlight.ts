/**
 * The article cut into pieces for the desk's text view: plain text, and the marks of each card's
 * number, its date words and the places its sentence names. Offsets, not searches, so two "twee" in
 * one sentence stay two marks. Pure.
 */
import type { Place } from '../data/schema';
import type { Card } from './cards';

export type MarkKind = 'number' | 'date' | 'place';

export interface Piece {
	text: string;
	/** Null for plain text. `link`: the card's own words (its number, or an event's day), linking to it. */
	mark: { kind: MarkKind; card: string; link: boolean } | null;
}

interface Span {
	start: number;
	end: number;
	kind: MarkKind;
	card: string;
	link: boolean;
}

function spansOf(card: Card, places: Place[]): Span[] {
	const own: MarkKind = card.record === 'event' ? 'date' : 'number';
	const spans: Span[] = [{ start: card.start, end: card.end, kind: own, card: card.key, link: true }];
	const sentenceAt = card.sentence_start;
	const within = (words: string, kind: MarkKind) => {
		const at = words ? card.sentence.indexOf(words) : -1;
		const start = sentenceAt + at;
		if (at >= 0) spans.push({ start, end: start + words.length, kind, card: card.key, link: false });
	};
	if (card.date_from === 'sentence' && card.record === 'figure') within(card.date_words, 'date');
	for (const place of places) {
		for (const name of [place.name_nl, ...place.aliases]) within(name, 'place');
	}
	return spans;
}

/** The pieces of `text`; where marks overlap, the one that starts first (then the longer) wins. */
export function highlight(text: string, cards: Card[], places: Place[]): Piece[] {
	const spans = cards
		.flatMap((card) => spansOf(card, places))
		.sort((a, b) => a.start - b.start || b.end - a.end);
	const pieces: Piece[] = [];
	let at = 0;
	for (const span of spans) {
		if (span.start < at) continue;
		if (span.start > at) pieces.push({ text: text.slice(at, span.start), mark: null });
		const { kind, card, link } = span;
		pieces.push({ text: text.slice(span.start, span.end), mark: { kind, card, link } });
		at = span.end;
	}
	if (at < text.length) pieces.push({ text: text.slice(at), mark: null });
	return pieces;
}
