/**
 * A presenter's own words on an exported file: `headline`, `subtitle` and `note`, plain text of a
 * limited length. They are read here from the URL (options.ts names them) and laid out by the
 * export's text fitting (frameLayout.ts); the source line and the credit stay whatever they say.
 *
 * Any character is allowed except those XML cannot hold even escaped (control characters, U+FFFE,
 * U+FFFF); runs of white space, line breaks included, become one space. The limits are in characters
 * (Unicode code points, so an emoji counts as one or two), and chosen so that all three at their
 * longest still fit at every preset (tests/unit/export/ownWords.test.ts).
 */

export const OWN_WORDS_LIMITS = { headline: 200, subtitle: 250, note: 250 } as const;
export type OwnWordsName = keyof typeof OWN_WORDS_LIMITS;

/** C0 and C1 controls (tab, CR and LF are white space and become spaces first), and XML's non-characters. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/;
/** Half of a surrogate pair without its other half (no character at all). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function ownWordsAllowed(name: OwnWordsName): string {
	return `plain text of at most ${OWN_WORDS_LIMITS[name]} characters (any character but control characters; no markup, it is shown as typed)`;
}

/** The text as it will be drawn, `null` for an empty one, `undefined` when it is not allowed. */
export function parseOwnWords(name: OwnWordsName, value: string): string | null | undefined {
	const text = value.replace(/\s+/g, ' ').trim();
	if (!text) return null;
	if (FORBIDDEN.test(text) || LONE_SURROGATE.test(text)) return undefined;
	return [...text].length <= OWN_WORDS_LIMITS[name] ? text : undefined;
}

/** The 400 for own words that do not fit the file's size even set smaller (never quoting them). */
export function ownWordsTooLong(size: { width: number; height: number }): string {
	return (
		`The headline, subtitle and note are too long for a file of ${size.width}×${size.height}: ` +
		`together with the source line they may take at most half its height. ` +
		`Allowed: shorter texts, or a larger size (a preset or w and h).`
	);
}
