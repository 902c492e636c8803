/**
 * The story's notes on the charts, derived from the data by rule, each tied to the record it is
 * read from (its quote opens like a mark's): the election; the largest count of arrests on one day;
 * the protests of the largest size reported (every one of them, when several share it: vague counts
 * stay vague, so none is called the largest); each meeting that took place, with a loan agreed that
 * day at that place (Sochi); and the green light for sanctions on Lukashenko personally.
 */
import type { Records } from '$lib/data/schema';
import { formatNumber, formatValue } from '$lib/i18n/format';
import { messages } from '$lib/i18n/messages';
import type { Lang } from '$lib/view/options';
import { figureBounds } from './bounds';
import { occurrences } from './eventSeries';
import { overlaps, type DayRange } from './range';

export interface Note {
	/** The record (a figure or an event's occurrence) the note is about. */
	id: string;
	/** Its first day. */
	date: string;
	text: string;
	/** Every record the note is read from (the Sochi meeting and its loan). */
	from: string[];
}

type NoteRecords = Pick<Records, 'figures' | 'events' | 'places'>;

export function storyNotes(d: NoteRecords, range: DayRange, lang: Lang): Note[] {
	return notesOfTheData(d, lang).filter((n) => overlaps({ date: n.date, date_end: null }, range));
}

/**
 * The notes of the whole data, oldest first, kept for the records and language they were read
 * from: they do not depend on the range, and a range change (every brush move) asks each chart's
 * notes again, on data that has not changed.
 */
const kept = new WeakMap<NoteRecords['figures'], { d: NoteRecords; notes: Partial<Record<Lang, Note[]>> }>();

function notesOfTheData(d: NoteRecords, lang: Lang): Note[] {
	let entry = kept.get(d.figures);
	if (!entry || entry.d.events !== d.events || entry.d.places !== d.places) {
		entry = { d, notes: {} };
		kept.set(d.figures, entry);
	}
	return (entry.notes[lang] ??= readNotes(d, lang));
}

function readNotes(d: NoteRecords, lang: Lang): Note[] {
	const m = messages[lang].notes;
	const notes: Note[] = [];
	const events = occurrences(d.events).map((o) => o.event);
	const placeName = (id: string | null) => {
		const p = d.places.find((x) => x.id === id);
		return p ? (lang === 'nl' ? p.name_nl : p.name_en) : null;
	};
	for (const e of events.filter((e) => e.kind === 'election'))
		notes.push({ id: e.id, date: e.date, text: m.election, from: [e.id] });

	const arrests = d.figures
		.filter((f) => f.metric === 'arrests' && f.qualifier !== 'magnitude' && f.date_end === null)
		.sort((a, b) => figureBounds(b).lower - figureBounds(a).lower)[0];
	if (arrests)
		notes.push({
			id: arrests.id,
			date: arrests.date,
			text: m.arrested(formatNumber(arrests.value, lang)),
			from: [arrests.id]
		});

	const protests = d.figures.filter((f) => f.metric === 'protest_size' && f.side !== 'government');
	const most = Math.max(...protests.map((f) => figureBounds(f).lower));
	for (const f of protests.filter((f) => figureBounds(f).lower === most))
		notes.push({ id: f.id, date: f.date, text: m.protesters(formatValue(f, lang)), from: [f.id] });

	for (const e of events.filter((e) => e.kind === 'meeting' && !e.announced)) {
		const place = placeName(e.place);
		if (!place) continue;
		const loan = d.figures.find((f) => f.metric === 'loan' && f.date === e.date && f.place === e.place);
		const text = loan ? m.meetingLoan(place, formatValue(loan, lang)) : m.meeting(place);
		notes.push({ id: e.id, date: e.date, text, from: loan ? [e.id, loan.id] : [e.id] });
	}
	for (const e of events.filter((e) => e.kind === 'sanctions' && e.step === 'personal_package'))
		notes.push({ id: e.id, date: e.date, text: m.personalPackage, from: [e.id] });

	return notes.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
