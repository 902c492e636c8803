/** Lays legend items out in rows that fit a width, estimating text (12 px) at ~6.8 px per character. */
import type { FigureSeriesId } from './figureSeries';
import { messages } from '$lib/i18n/messages';
import type { Lang } from '$lib/view/options';
export interface LegendItem {
	key: string;
	label: string;
	swatch: string;
}

const CHAR = 6.8;
const SWATCH = 14;
const GAP = 14;
export const LEGEND_ROW = 16;

export function legendLayout(items: LegendItem[], width: number) {
	let x = 0;
	let y = 0;
	return items.map((it) => {
		const w = SWATCH + it.label.length * CHAR + GAP;
		if (x > 0 && x + w > width) {
			x = 0;
			y += LEGEND_ROW;
		}
		const placed = { ...it, x, y };
		x += w;
		return placed;
	});
}

export function legendRows(items: LegendItem[], width: number): number {
	const laid = legendLayout(items, width);
	return laid.length ? laid[laid.length - 1].y / LEGEND_ROW + 1 : 0;
}

/** The figure charts' legend: their series, then how qualifiers are drawn. */
export function figureLegend(series: FigureSeriesId[], lang: Lang): LegendItem[] {
	const m = messages[lang];
	return [
		...series.map((s) => ({ key: s, label: m.series[s], swatch: `series-${s}` })),
		{ key: 'open', label: m.legend.open, swatch: 'open' },
		{ key: 'range', label: m.legend.range, swatch: 'range' },
		{ key: 'weekend', label: m.legend.weekend, swatch: 'weekend' }
	];
}
