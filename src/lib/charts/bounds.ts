/**
 * Where a qualified figure sits on a value axis. Vague counts stay vague: a magnitude
 * ("duizenden") becomes a range with no point in it, "meer dan 700" a floor with an open top.
 */
import type { Figure } from '$lib/data/schema';

export interface Bounds {
	lower: number;
	upper: number;
	/** True when the article gives only a floor ("meer dan", "zeker"): drawn with an open end. */
	open: boolean;
}

/**
 * A plural magnitude names at least two of its unit and fewer than ten ("duizenden" is 2,000 to
 * 10,000): one more and the article would have used the next word ("tienduizenden").
 */
export const MAGNITUDE_SPAN = { from: 2, to: 10 } as const;
/** "ongeveer" without more to go on: ±10 %. */
const APPROX = 0.1;

export function figureBounds(f: Pick<Figure, 'value' | 'qualifier'>): Bounds {
	switch (f.qualifier) {
		case 'exact':
			return { lower: f.value, upper: f.value, open: false };
		case 'more_than':
		case 'at_least':
			return { lower: f.value, upper: f.value, open: true };
		case 'approx':
			return { lower: f.value - f.value * APPROX, upper: f.value + f.value * APPROX, open: false };
		case 'magnitude':
			return { lower: f.value * MAGNITUDE_SPAN.from, upper: f.value * MAGNITUDE_SPAN.to, open: false };
	}
}
