/**
 * The checks that read records against each other and against their words, beyond their shape:
 * a title says what its quote says, a figure's quote names what its metric counts, one fact is one
 * occurrence (claims, `describes`), places are stated or say they stand in. Each returns problems in
 * the shape `validateDataset` reports; pure.
 */
import type { DataProblem } from './validate';
import type { Article, Event, Figure, Metric, Place } from './schema';

/** The data files, as problems name them. */
export const FILES = {
	articles: 'data/articles.json',
	places: 'data/places.json',
	figures: 'data/figures.json',
	events: 'data/events.json',
	story: 'data/story.json'
} as const;
const { figures: FIGURES, events: EVENTS, places: PLACES } = FILES;

type Sourced = Figure | Event;
const fileOf = (r: Sourced) => ('metric' in r ? FIGURES : EVENTS);
const kindOf = (r: Sourced) => ('metric' in r ? r.metric : r.kind);
const problemOf = (r: Sourced, field: string, expected: string): DataProblem => ({
	file: fileOf(r),
	record: r.id,
	field,
	expected
});

const has = (text: string, words: string) => text.toLowerCase().includes(words.toLowerCase());

/** Words one of which a figure's quote must hold: what its metric counts, as the articles say it. */
const metricWords: Record<Metric, string[]> = {
	arrests: ['opgepakt', 'aangehouden', 'arrestat', 'gearresteerd'],
	protest_size: ['demonstr', 'betog', 'straat op'],
	movement_size: ['demonstranten', 'betogers'],
	deaths: ['kwamen om', 'kwam om', 'om het leven', 'gedood', 'doden'],
	vote_share: ['stemmen', 'gescoord'],
	loan: ['lening'],
	years_in_power: ['jaar'],
	house_arrest: ['huisarrest'],
	duration: ['uur', 'minuten', 'dagen lang']
};

/** Metrics that count what happened on days (a march, arrests): never a state "as of" a day. */
const occurrenceMetrics: readonly Metric[] = ['arrests', 'protest_size'];

/** A figure's quote says what its metric counts, and an occurrence has its days. */
export function checkFigureWords(f: Figure): DataProblem[] {
	const out: DataProblem[] = [];
	const words = metricWords[f.metric];
	if (!words.some((w) => has(f.quote, w))) {
		out.push(
			problemOf(f, 'metric', `the quote to say what "${f.metric}" counts (one of: ${words.join(', ')})`)
		);
	}
	if (occurrenceMetrics.includes(f.metric) && f.date_precision === 'as_of') {
		out.push(
			problemOf(
				f,
				'date_precision',
				`a day or a span for "${f.metric}", which counts what happened on days; a state "as of" the article's day is a movement_size`
			)
		);
	}
	return out;
}

/** An event's title reports its title_words, and they stand in its quote. */
export function checkTitleWords(e: Event): DataProblem[] {
	const out: DataProblem[] = [];
	for (const w of e.title_words) {
		if (!has(e.quote, w)) out.push(problemOf(e, 'title_words', `"${w}" to stand in the quote`));
		if (!has(e.title_nl, w)) out.push(problemOf(e, 'title_words', `"${w}" to stand in title_nl`));
	}
	if (e.kind === 'sanctions' && e.announced) {
		out.push(problemOf(e, 'announced', 'no "announced" on a sanctions step: steps are counted as taken'));
	}
	return out;
}

/** First and last day; an "as of" record is its one day. */
function days(r: Sourced): [string, string] {
	return [r.date, r.date_end ?? r.date];
}
const overlap = (a: Sourced, b: Sourced) => days(a)[0] <= days(b)[1] && days(b)[0] <= days(a)[1];

/**
 * One claim is one fact: its records are of one kind, one article says it in one sentence (another
 * sentence about it `describes` it), and where a report names its day the others keep to it.
 */
export function checkClaims(records: Sourced[]): DataProblem[] {
	const out: DataProblem[] = [];
	const byClaim = new Map<string, Sourced[]>();
	for (const r of records) if (r.claim) byClaim.set(r.claim, [...(byClaim.get(r.claim) ?? []), r]);
	for (const group of byClaim.values()) {
		const [first] = group;
		const dated = group.find((r) => r.date_precision === 'day');
		for (const r of group.slice(1)) {
			if (fileOf(r) !== fileOf(first) || kindOf(r) !== kindOf(first)) {
				out.push(
					problemOf(r, 'claim', `the kind "${kindOf(first)}" of "${first.id}", which reports the same claim`)
				);
			}
		}
		for (const [i, r] of group.entries()) {
			const twin = group.slice(0, i).find((o) => o.article === r.article && o.quote !== r.quote);
			if (twin) {
				out.push(
					problemOf(
						r,
						'claim',
						`one sentence per claim and article: "${twin.id}" reports this claim in another sentence of the article (join the quotes, or let one "describes" the other)`
					)
				);
			}
			if (dated && r !== dated && r.date_precision !== 'as_of') {
				const keeps = (r.date_precision === 'day' || r.date_precision === 'approx') && r.date === dated.date;
				if (!keeps) {
					out.push(
						problemOf(
							r,
							'date',
							`${dated.date}, the day "${dated.id}" gives this claim ("day", or "approx" where the words name no day)`
						)
					);
				}
			}
		}
	}
	return out;
}

/**
 * Links between records: `describes` names events (of the same kind, for an event) whose days it
 * covers, and that are occurrences themselves; `denies` names an event. And two events of one kind
 * in different articles on the same days are one occurrence unless the data says which is which:
 * they share a claim, or one describes the other.
 */
export function checkLinks(figures: Figure[], events: Event[]): DataProblem[] {
	const out: DataProblem[] = [];
	const eventById = new Map(events.map((e) => [e.id, e]));
	for (const r of [...figures, ...events]) {
		for (const id of r.describes ?? []) {
			const target = eventById.get(id);
			if (!target || id === r.id) {
				out.push(problemOf(r, 'describes', `"${id}" to be the id of another event`));
				continue;
			}
			if ('kind' in r && target.kind !== r.kind) {
				out.push(
					problemOf(r, 'describes', `"${id}" to be a ${r.kind} event like this one, not a ${target.kind}`)
				);
			}
			if (target.describes) {
				out.push(
					problemOf(r, 'describes', `"${id}" to be an occurrence, not a record that describes others`)
				);
			}
			const [from, to] = days(target);
			if (r.date > from || (r.date_end ?? r.date) < to) {
				out.push(problemOf(r, 'date', `days that include those of "${id}" (${from} to ${to})`));
			}
		}
		if (r.describes && r.claim !== null) {
			out.push(
				problemOf(r, 'claim', 'null on a record that describes others: it is no occurrence of its own')
			);
		}
	}
	for (const e of events) {
		if (e.denies !== undefined && (!eventById.has(e.denies) || e.denies === e.id)) {
			out.push(problemOf(e, 'denies', `"${e.denies}" to be the id of another event`));
		}
	}
	const linked = (a: Event, b: Event) =>
		(a.claim !== null && a.claim === b.claim) ||
		(a.describes ?? []).includes(b.id) ||
		(b.describes ?? []).includes(a.id);
	for (const [i, e] of events.entries()) {
		const twin = events
			.slice(0, i)
			.find((o) => o.kind === e.kind && o.article !== e.article && overlap(o, e) && !linked(o, e));
		if (twin) {
			out.push(
				problemOf(
					e,
					'claim',
					`a claim shared with "${twin.id}" (a ${e.kind} of another article on the same days), or "describes" linking the two`
				)
			);
		}
	}
	return out;
}

const namesOf = (p: Place) => [p.name_nl, ...p.aliases];

/**
 * A record's place is what its words support: the quote names it (for a country, the article does),
 * or `place_words` say where the article places it, or the gazetteer marks it a stand-in.
 */
export function checkPlaceWords(r: Sourced, place: Place, article: Article, text: string): DataProblem[] {
	if (place.precision === 'stand_in' || r.place_words !== undefined) return [];
	const named = (words: string) => namesOf(place).some((n) => has(words, n));
	if (place.kind === 'country' ? named(text) : named(r.quote)) return [];
	const where = place.kind === 'country' ? `article ${article.id}` : 'quote';
	return [
		problemOf(
			r,
			'place',
			`the ${where} to name ${place.name_nl} (or an alias), or "place_words" saying where the article places it, or a place marked "stand_in"`
		)
	];
}

/** The gazetteer holds places the articles name, and says what a stand-in stands for. */
export function checkGazetteer(places: Place[], texts: string[]): DataProblem[] {
	const out: DataProblem[] = [];
	for (const p of places) {
		if (!texts.some((t) => namesOf(p).some((n) => t.includes(n)))) {
			out.push({
				file: PLACES,
				record: p.id,
				field: 'name_nl',
				expected:
					'a name or alias that an article uses: the gazetteer holds only the places the articles name'
			});
		}
		if (p.precision === 'stand_in' && !p.note) {
			out.push({
				file: PLACES,
				record: p.id,
				field: 'note',
				expected: 'a note saying what the stand-in stands for'
			});
		}
	}
	return out;
}
