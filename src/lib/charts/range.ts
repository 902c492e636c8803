/** Time-range filtering shared by every view: a record shows when its days overlap the range. */
export interface DayRange {
	from: string;
	to: string;
}

export interface Dated {
	date: string;
	date_end: string | null;
}

/** ISO days compare as strings, so no Date is made on this hot path (10,000 records per frame). */
export function overlaps(r: Dated, range: DayRange): boolean {
	return r.date <= range.to && (r.date_end ?? r.date) >= range.from;
}

export function inRange<T extends Dated>(records: readonly T[], range: DayRange): T[] {
	return records.filter((r) => overlaps(r, range));
}
