/**
 * Colours of the charts and the map, light and dark, from the Okabe–Ito palette (safe for the
 * common kinds of colour blindness). `chartCss` turns a palette into the one stylesheet that both
 * the dashboard (via CSS variables) and the standalone SVG exports (inline `<style>`) use.
 */
import { HATCHED_SERIES, type FigureSeriesId } from './figureSeries';
import { CHART_TEXT } from './labels';

export interface Palette {
	background: string;
	text: string;
	muted: string;
	grid: string;
	axis: string;
	land: string;
	belarus: string;
	border: string;
	water: string;
	accent: string;
	/** The accent dark (or light) enough for small text on the background (WCAG AA). */
	accentText: string;
	series: Record<FigureSeriesId, string>;
	event: string;
}

export const palettes: Record<'light' | 'dark', Palette> = {
	light: {
		background: '#ffffff',
		text: '#1a1a1a',
		muted: '#5c5c5c',
		grid: '#e3e3e3',
		axis: '#8a8a8a',
		land: '#efeee9',
		belarus: '#fbe3c4',
		border: '#a9a59a',
		water: '#dde8f0',
		accent: '#d55e00',
		accentText: '#a84300',
		series: { nationwide: '#0072b2', minsk: '#d55e00', opposition: '#0072b2', government: '#cc79a7' },
		event: '#009e73'
	},
	dark: {
		background: '#16181c',
		text: '#f0f0f0',
		muted: '#b4b4b4',
		grid: '#34373d',
		axis: '#8d9096',
		land: '#2a2d33',
		belarus: '#4a3c2a',
		border: '#5f636b',
		water: '#1c2630',
		accent: '#ff9a4d',
		accentText: '#ffb27a',
		series: { nationwide: '#56b4e9', minsk: '#ff9a4d', opposition: '#56b4e9', government: '#e69fc7' },
		event: '#3fcf9f'
	}
};

/** Custom properties of a palette, for the dashboard's stylesheet. */
export function paletteVariables(p: Palette): string {
	const entries: [string, string][] = [
		['bg', p.background],
		['text', p.text],
		['muted', p.muted],
		['grid', p.grid],
		['axis', p.axis],
		['land', p.land],
		['belarus', p.belarus],
		['border', p.border],
		['water', p.water],
		['accent', p.accent],
		['accent-text', p.accentText],
		['event', p.event],
		...Object.entries(p.series).map(([k, v]): [string, string] => [`series-${k}`, v])
	];
	return entries.map(([k, v]) => `--c-${k}:${v};`).join('');
}

export const FONT_STACK = "'Source Sans 3', 'Source Sans Pro', 'Helvetica Neue', Arial, sans-serif";

/**
 * The chart classes' rules. `c` maps a colour name to a value: a CSS variable on the dashboard,
 * a hex colour in an export (so the file needs no outside stylesheet).
 */
export function chartCss(c: (name: string) => string): string {
	const series = ['nationwide', 'minsk', 'opposition', 'government']
		.map((s) => `.series-${s}{fill:${c(`series-${s}`)};stroke:${c(`series-${s}`)}}`)
		.join('');
	const hatched = HATCHED_SERIES.map(
		(s) => `.series-${s} .bar,.series-${s} .range{fill:url(#hatch-${s});stroke-width:1.5}`
	).join('');
	return [
		`.chart-svg{font-family:${FONT_STACK};font-size:${CHART_TEXT}px;fill:${c('text')}}`,
		`.chart-svg text{fill:${c('text')};stroke:none}`,
		`.chart-svg .muted{fill:${c('muted')}}`,
		`.chart-svg .axis line,.chart-svg .axis path{stroke:${c('axis')};fill:none}`,
		`.chart-svg .axis .grid{stroke:${c('grid')};stroke-width:1}`,
		`.chart-svg .axis text{fill:${c('muted')};font-size:${CHART_TEXT}px}`,
		`.chart-svg .axis-label,.chart-svg .row-label,.chart-svg .legend-label{fill:${c('muted')};font-size:${CHART_TEXT}px}`,
		`.chart-svg .weekend{fill:${c('grid')};fill-opacity:0.45;pointer-events:none}`,
		// The band alone is faint (1.1:1); the tick along the axis carries its 3:1.
		`.chart-svg .weekend-tick{fill:${c('axis')};stroke:none;pointer-events:none}`,
		series,
		`.mark .bar{stroke:none}`,
		`.mark .open-end,.legend .open-end{fill:none;stroke-dasharray:3 3;stroke-width:2}`,
		`.mark .range,.legend .range{fill-opacity:0.25;stroke-dasharray:4 2;stroke-width:1.5}`,
		hatched,
		`.hatch path{stroke-width:2.5;fill:none}`,
		`.mark-hit .hit{fill:transparent;stroke:none}`,
		`.chart-svg .label{font-size:${CHART_TEXT}px;font-weight:600}`,
		`.mark .event{fill:${c('event')};stroke:${c('event')}}`,
		`.mark .event-span{fill:${c('event')};fill-opacity:0.35;stroke:${c('event')}}`,
		`.step-line{fill:none;stroke:${c('event')};stroke-width:2}`,
		`.chart-svg .note{font-size:${CHART_TEXT}px;font-weight:600;fill:${c('text')}}`,
		// A period with none of the chart's records: said in the plot, over its grid.
		`.chart-svg .no-marks{font-size:14px;fill:${c('muted')};paint-order:stroke;stroke:${c('bg')};stroke-width:4;stroke-linejoin:round}`,
		`.chart-svg .note-line{stroke:${c('muted')};stroke-width:1;stroke-dasharray:2 3;pointer-events:none}`,
		`.chart-svg .title{font-size:22px;font-weight:700}`,
		`.chart-svg .subtitle{font-size:15px;fill:${c('muted')}}`,
		`.chart-svg .source,.chart-svg .credit{font-size:12px;fill:${c('muted')}}`,
		// Countries are filled without outlines; their shared borders are one stroked mesh on top, so a
		// border is drawn once and Crimea, part of Ukraine's fill, has no line across its isthmus.
		`.map-svg .land{fill:${c('land')};stroke:none}`,
		`.map-svg .belarus{fill:${c('belarus')}}`,
		`.map-svg .water{fill:${c('water')}}`,
		`.map-svg .borders{fill:none;stroke:${c('border')};stroke-width:0.75;stroke-linejoin:round}`,
		`.map-svg .area{fill:${c('accent')};fill-opacity:0.3;stroke:${c('accent')};stroke-dasharray:4 2}`,
		// The outline in the dark accent gives the circle its 3:1 on land and on Belarus (the fill alone: 2.6–2.8).
		`.map-svg .place{fill:${c('accent')};fill-opacity:0.8;stroke:${c('accent-text')};stroke-width:1.5}`,
		`.map-svg .place.stand-in{fill-opacity:0.2;stroke:${c('accent-text')};stroke-width:1.5;stroke-dasharray:3 2}`,
		`.map-svg .place-mark{cursor:pointer;outline:none}`,
		`.map-svg .place-mark:hover .place,.map-svg .place-mark:focus-visible .place,.map-svg .place-mark.highlighted .place{stroke:${c('text')};stroke-width:2.5;fill-opacity:1}`,
		`.map-svg .place-label{font-size:12px;font-weight:600;paint-order:stroke;stroke:${c('bg')};stroke-width:3;stroke-linejoin:round}`,
		`.map-svg .place-label.stand-in{font-style:italic;font-weight:400}`,
		// Forced colours: the system's colours; the hatching, dashes and shapes still tell the marks apart,
		// and a weekend is its tick alone (a band in a system colour would read as a bar).
		'@media (forced-colors:active){' +
			'.chart-svg text,.chart-svg .muted,.chart-svg .axis text,.chart-svg .axis-label{fill:CanvasText}' +
			'.chart-svg .no-marks{fill:CanvasText;stroke:Canvas}' +
			'.chart-svg .axis line,.chart-svg .axis path,.chart-svg .axis .grid{stroke:GrayText}' +
			'.series-nationwide,.series-minsk,.series-opposition,.series-government,.mark .event,.mark .event-span{fill:CanvasText;stroke:CanvasText}' +
			'.step-line{stroke:CanvasText}.chart-svg .weekend{fill:none}.chart-svg .weekend-tick{fill:CanvasText}' +
			'.mark.selected rect,.mark.selected circle{stroke:Highlight}' +
			'.map-svg .land,.map-svg .belarus,.map-svg .water{fill:Canvas}.map-svg .borders{stroke:CanvasText}' +
			'.map-svg .area{fill:GrayText;stroke:CanvasText}.map-svg .place{fill:LinkText;stroke:CanvasText}' +
			'.map-svg .place-label{fill:CanvasText;stroke:Canvas}' +
			'}'
	].join('\n');
}
