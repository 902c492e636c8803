/**
 * What the range's live region says once the reader has chosen a period: the period (its preset's
 * name, or its days) and what each chart now draws, e.g. "September: 2 arrest figures, 1 protest
 * figure, 0 sanction steps, 9 events." Counts the charts' marks, so it says what the reader sees.
 */
import type { Records } from '$lib/data/schema';
import { formatDate } from '$lib/i18n/format';
import { messages } from '$lib/i18n/messages';
import { presetName } from '$lib/i18n/format';
import { rangePresets, type Period } from '$lib/story/period';
import type { Lang } from '$lib/view/options';
import { sanctionMarks, timelineMarks } from './eventSeries';
import { arrestMarks, protestMarks } from './figureSeries';
import type { DayRange } from './range';

export function rangeStatus(
	d: Pick<Records, 'figures' | 'events'>,
	range: DayRange,
	lang: Lang,
	period: Period
): string {
	const m = messages[lang];
	const preset = rangePresets(period).find((p) => p.from === range.from && p.to === range.to);
	const words = preset
		? presetName(preset, lang)
		: range.from === range.to
			? formatDate(range.from, lang)
			: `${formatDate(range.from, lang)} – ${formatDate(range.to, lang)}`;
	return m.rangeStatus(words, {
		arrests: arrestMarks(d.figures, range).length,
		protests: protestMarks(d.figures, range).length,
		sanctions: sanctionMarks(d.events, range).length,
		events: timelineMarks(d.events, range).length
	});
}
