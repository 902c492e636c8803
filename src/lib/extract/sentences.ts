/**
 * Splits Dutch news text into sentences, keeping each sentence's offset in the original text so a figure
 * can be traced back to the exact words it came from.
 *
 * A sentence ends at a newline, or at . ! ? followed by white space and a word that may begin a sentence.
 * That leaves "100.000", "1,5" and "pic.twitter.com" whole (no space after the dot), and abbreviations
 * ("sep.", "o.a.", "dr.") and initials ("A. Loekasjenko") too. A quotation that holds several sentences
 * stays one sentence, so the words of one speaker are not cut apart; a newline always ends a sentence,
 * so a quote mark read wrongly can cost at most one paragraph.
 */

export interface Sentence {
	text: string;
	/** Offset of text in the article text. */
	index: number;
}

/** Four of the five articles open with " date 2020-MM " on the line of the text: metadata, not prose. */
const articleMetadataPrefix = /^\s*date \d{4}-\d{2}(?:-\d{2})?\s+/;

/** Where the article's prose begins, after any " date YYYY-MM " metadata prefix. */
export function proseStart(text: string): number {
	return articleMetadataPrefix.exec(text)?.[0].length ?? 0;
}

/** Abbreviations that end in a dot inside a sentence, written as the word before that dot. */
const abbreviations = new Set([
	'o.a',
	'bijv',
	'bv',
	'd.w.z',
	'm.a.w',
	'i.p.v',
	't.o.v',
	'n.a.v',
	'e.d',
	'e.a',
	'enz',
	'etc',
	'ca',
	'resp',
	'incl',
	'excl',
	'nr',
	'blz',
	'jl',
	'jan',
	'feb',
	'mrt',
	'apr',
	'jun',
	'jul',
	'aug',
	'sep',
	'sept',
	'okt',
	'nov',
	'dec',
	'mr',
	'Mr',
	'dr',
	'Dr',
	'drs',
	'Drs',
	'ir',
	'Ir',
	'prof',
	'Prof',
	'dhr',
	'Dhr',
	'mevr',
	'Mevr',
	'st',
	'St'
]);

const terminators = '.!?…';
const closers = '’\'"”»)]';
const significant = /[\n.!?…‘“«»"'’”]/g;

const letter = /\p{L}/u;

function isLetter(char: string | undefined): boolean {
	if (char === undefined) return false;
	// ASCII first: the Unicode test is needed only for the few other letters ("ë", "é").
	const code = char.charCodeAt(0);
	if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
	return letter.test(char);
}

function isSpace(char: string | undefined): boolean {
	return char === undefined || char === ' ' || char === '\n' || /\s/.test(char);
}

/** The quote mark that closes a quotation opened at `i`, or null if the mark there opens none. */
function quoteOpenedAt(text: string, i: number): string | null {
	const char = text[i];
	if (char === '‘') return '’';
	if (char === '“') return '”';
	if (char === '«') return '»';
	if (char === '"') return '"';
	if (char === "'") {
		const before = text[i - 1];
		if (!(isSpace(before) || before === '(' || before === '[')) return null;
		// "'s middags", "'t": an elision, not a quotation.
		if ('stn'.includes(text[i + 1] ?? '') && !isLetter(text[i + 2])) return null;
		return isSpace(text[i + 1]) ? null : "'";
	}
	return null;
}

/** Whether the mark at `i` closes the quotation waiting for `closing` (an apostrophe is inside a word). */
function closesQuote(text: string, i: number, closing: string): boolean {
	return text[i] === closing && !isLetter(text[i + 1]);
}

function isAbbreviation(text: string, dot: number): boolean {
	let start = dot;
	while (start > 0 && (isLetter(text[start - 1]) || text[start - 1] === '.')) start--;
	const word = text.slice(start, dot);
	// A single capital is an initial: "A. Loekasjenko".
	return abbreviations.has(word) || /^\p{Lu}$/u.test(word);
}

export function splitSentences(text: string): Sentence[] {
	const sentences: Sentence[] = [];
	const push = (start: number, end: number) => {
		const raw = text.slice(start, end);
		const trimmed = raw.trim();
		if (trimmed) sentences.push({ text: trimmed, index: start + raw.length - raw.trimStart().length });
	};

	let sentenceStart = proseStart(text);
	let openQuoteCloser: string | null = null;
	// Only newlines, terminators and quote marks can change anything: jump from one to the next.
	significant.lastIndex = sentenceStart;
	for (let found = significant.exec(text); found; found = significant.exec(text)) {
		const i = found.index;
		const char = text[i];
		if (char === '\n') {
			push(sentenceStart, i);
			sentenceStart = i + 1;
			openQuoteCloser = null;
			continue;
		}
		if (openQuoteCloser) {
			if (closesQuote(text, i, openQuoteCloser)) openQuoteCloser = null;
			else if (!terminators.includes(char)) continue;
		} else {
			const closer = quoteOpenedAt(text, i);
			if (closer) {
				openQuoteCloser = closer;
				continue;
			}
		}
		if (!terminators.includes(char)) continue;

		// The sentence runs on over further terminators and closing quotes or brackets: "toegestaan.’".
		let end = i + 1;
		while (end < text.length && terminators.includes(text[end])) end++;
		let quoteClosed = false;
		while (end < text.length && closers.includes(text[end])) {
			if (openQuoteCloser && closesQuote(text, end, openQuoteCloser)) quoteClosed = true;
			end++;
		}
		// Inside a quotation only the mark that closes it can end the sentence.
		if (openQuoteCloser && !quoteClosed) continue;
		if (!isSpace(text[end])) continue;
		if (char === '.' && end === i + 1 && isAbbreviation(text, i)) continue;
		let next = end;
		while (next < text.length && text[next] !== '\n' && isSpace(text[next])) next++;
		// A lower-case word goes on the same sentence: "ca. tien", an abbreviation not listed.
		if (next < text.length && /\p{Ll}/u.test(text[next])) continue;

		openQuoteCloser = null;
		push(sentenceStart, end);
		sentenceStart = end;
		significant.lastIndex = end;
	}
	push(sentenceStart, text.length);
	return sentences;
}
