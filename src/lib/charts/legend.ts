/** Lays legend items out in rows that fit a width, measured like the chart's other labels. */
import type { FigureSeriesId } from './figureSeries';
import { messages } from '$lib/i18n/messages';
import type { Lang } from '$lib/view/options';
import { textWidth } from '$lib/export/textWidth';
import { CHART_TEXT, lineHeight } from './labels';
export interface LegendItem {
	key: string;
	label: string;
	swatch: string;
}

const SWATCH = 14;
const GAP = 14;
/** A row as tall as a line of the chart's text, so two rows' labels never overlap. */
export const LEGEND_ROW = lineHeight(CHART_TEXT);

export function legendLayout(items: LegendItem[], width: number) {
	let x = 0;
	let y = 0;
	return items.map((it) => {
		const w = SWATCH + textWidth(it.label, CHART_TEXT) + GAP;
		if (x > 0 && x + w - GAP > width) {
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
