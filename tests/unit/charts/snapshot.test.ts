/** Each chart's server render at a fixed size, against a checked-in SVG. */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Chart from '../../../src/lib/components/charts/Chart.svelte';
import { chartIds, chartModel } from '../../../src/lib/charts/chartModel';
import { validateDataset } from '../../../src/lib/data/validate';
import { readDataFiles } from '../../../src/scripts/read-data';
import { expectSvgSnapshot } from '../svgSnapshot';

const d = validateDataset(readDataFiles());

describe.each(chartIds)('%s chart, server render at 640×300', (id) => {
	const model = chartModel(id, d, { lang: 'nl', ...d.period, yscale: 'log' });
	const { body } = render(Chart, { props: { model, places: d.places, width: 640, height: 300 } });
	const svg = body.slice(body.indexOf('<svg'), body.lastIndexOf('</svg>') + 6);

	it('draws one mark per record', () => {
		expect(svg.match(/class="mark[ "]/g)?.length).toBe(model.marks.length);
	});

	it('names each mark for screen readers', () => {
		for (const row of model.table) expect(svg).toContain(`data-id="${row.id}"`);
	});

	it('matches its snapshot', () => {
		expectSvgSnapshot(svg, `tests/unit/charts/__snapshots__/${id}-640x300.svg`);
	});
});
