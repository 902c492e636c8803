/**
 * Where a quote stands in its article: the paragraph around it (for the source panel), and the
 * article cut into plain and highlighted pieces (for the sources view). Offsets come from
 * `indexOf` on the verbatim quote, which validation has already found in the text.
 */

export interface QuoteInParagraph {
	before: string;
	quote: string;
	after: string;
}

export function quoteInParagraph(text: string, quote: string): QuoteInParagraph | null {
	const at = text.indexOf(quote);
	if (at < 0) return null;
	const start = text.lastIndexOf('\n\n', at);
	const endBreak = text.indexOf('\n\n', at + quote.length);
	const from = start < 0 ? 0 : start + 2;
	const to = endBreak < 0 ? text.length : endBreak;
	return {
		before: text.slice(from, at).trimStart(),
		quote,
		after: text.slice(at + quote.length, to).trimEnd()
	};
}

export interface TextPiece {
	text: string;
	/** Ids of the records whose quotes cover this piece; empty for plain text. */
	ids: string[];
	/** Ids of the records whose quotes begin with this piece: where their anchors go. */
	starts: string[];
}

/** Cuts `text` at every quote's start and end, so overlapping quotes give pieces with several ids. */
export function highlightPieces(text: string, records: { id: string; quote: string }[]): TextPiece[] {
	const spans = records
		.map((r) => ({ id: r.id, from: text.indexOf(r.quote), to: text.indexOf(r.quote) + r.quote.length }))
		.filter((s) => s.from >= 0);
	const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.from, s.to])])].sort((a, b) => a - b);
	const pieces: TextPiece[] = [];
	for (let i = 0; i < cuts.length - 1; i++) {
		const [from, to] = [cuts[i], cuts[i + 1]];
		const ids = spans.filter((s) => s.from <= from && s.to >= to).map((s) => s.id);
		const starts = spans.filter((s) => s.from === from).map((s) => s.id);
		const last = pieces[pieces.length - 1];
		if (last && last.ids.join() === ids.join() && starts.length === 0) last.text += text.slice(from, to);
		else pieces.push({ text: text.slice(from, to), ids, starts });
	}
	return pieces;
}
