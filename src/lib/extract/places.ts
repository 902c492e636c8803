/**
 * Finds which known places a text names. A name matches as a whole word: not inside a longer word, and
 * not after a hyphen, because a prefix makes another place of it ("Rusland" in "Wit-Rusland"). A hyphen
 * after the name is allowed, as Dutch compounds keep the place ("EU-landen", "Minsk-Moskou").
 *
 * The first letter must match exactly (names are proper nouns, capitalised even mid-sentence); the rest
 * ignores case, so "MINSK" in a headline still counts.
 */

export interface PlaceName {
	id: string;
	/** Names, spellings and adjectives that mean this place ("Wit-Rusland", "Belarus", "Belarussische"). */
	names: string[];
}

interface PlaceMatcher {
	pattern: RegExp;
	idsByName: Map<string, string[]>;
}

/** Compiled once per list of places: a corpus run passes the same list for every sentence. */
const matchers = new WeakMap<PlaceName[], PlaceMatcher>();

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A name as a pattern: its first letter exact, the rest in either case. */
function namePattern(name: string): string {
	const [first, ...rest] = Array.from(name);
	return (
		escapeRegExp(first) +
		rest
			.map((char) => {
				const lower = char.toLowerCase();
				const upper = char.toUpperCase();
				return lower === upper ? escapeRegExp(char) : `[${lower}${upper}]`;
			})
			.join('')
	);
}

function matcherFor(places: PlaceName[]): PlaceMatcher {
	const known = matchers.get(places);
	if (known) return known;
	const idsByName = new Map<string, string[]>();
	for (const place of places) {
		for (const name of place.names) {
			const key = name.toLowerCase();
			const ids = idsByName.get(key) ?? [];
			if (!ids.includes(place.id)) ids.push(place.id);
			idsByName.set(key, ids);
		}
	}
	// Longest names first, so "Wit-Rusland" is tried before "Rusland" at the same position.
	const names = [...new Set(places.flatMap((place) => place.names))].sort((a, b) => b.length - a.length);
	const pattern = new RegExp(
		names.length ? `(?<![\\p{L}\\d-])(?:${names.map(namePattern).join('|')})(?![\\p{L}\\d])` : '(?!)',
		'gu'
	);
	const matcher = { pattern, idsByName };
	matchers.set(places, matcher);
	return matcher;
}

/** Ids of the places named in the text, in the order they are first named, each once. */
export function findPlaces(text: string, places: PlaceName[]): string[] {
	if (places.length === 0) return [];
	const { pattern, idsByName } = matcherFor(places);
	const found: string[] = [];
	pattern.lastIndex = 0;
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
		for (const id of idsByName.get(match[0].toLowerCase()) ?? []) {
			if (!found.includes(id)) found.push(id);
		}
	}
	return found;
}
