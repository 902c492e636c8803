/** The static map's server render at 800 × 600, for the whole period, against a checked-in SVG. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { mapLayout } from '../../../src/lib/map/projection';
import MapSvg from '../../../src/lib/components/map/MapSvg.svelte';
import { placeSummaries } from '../../../src/lib/charts/placeSummaries';
import { validateDataset } from '../../../src/lib/data/validate';
import { readDataFiles } from '../../../src/scripts/read-data';

const d = validateDataset(readDataFiles());
const { period } = d;
const snapshotFile = 'tests/unit/map/__snapshots__/map-800x600.svg';

/**
 * Hydration comments and hashed classes out, numbers to 1 decimal (the map's own precision: path data is
 * written to a tenth of a pixel), a tag a line, so a diff shows what moved.
 */
function normalise(html: string): string {
	return (
		html
			.replace(/<!--[^]*?-->/g, '')
			.replace(/\s?svelte-[a-z0-9]+/g, '')
			.replace(/ class=""/g, '')
			.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))
			.replace(/></g, '>\n<')
			.trim() + '\n'
	);
}

function expectSnapshot(svg: string) {
	const normalised = normalise(svg);
	if (!existsSync(snapshotFile)) {
		// A snapshot is written once, by a developer, and reviewed; in CI a missing one is a failure.
		if (process.env.CI)
			throw new Error(`snapshot ${snapshotFile} is missing: run the tests locally and review it`);
		writeFileSync(snapshotFile, normalised);
		return;
	}
	const expected = readFileSync(snapshotFile, 'utf8');
	if (expected !== normalised) writeFileSync(snapshotFile.replace(/\.svg$/, '-changed.svg'), normalised);
	expect(normalised, `${snapshotFile} changed: see map-800x600-changed.svg beside it`).toBe(expected);
}

describe('MapSvg, server render at 800×600 for the whole period', () => {
	const summaries = placeSummaries(d, { ...period });
	const { body } = render(MapSvg, {
		props: { summaries, lang: 'nl', layout: mapLayout(d.places, 800, 600, true), width: 800, height: 600 }
	});
	const svg = body.slice(body.indexOf('<svg'), body.lastIndexOf('</svg>') + 6);

	it('draws one place mark per place with records', () => {
		const marks = [...svg.matchAll(/class="place-mark[^"]*"[^>]*data-place="([a-z_]+)"/g)].map((m) => m[1]);
		expect(marks.length).toBe(summaries.length);
		expect(marks.sort()).toEqual(summaries.map((s) => s.place.id).sort());
	});

	it('makes each mark a link to its first record, named with the place and its number of records', () => {
		expect(svg).toContain('aria-label="Minsk: 6 cijfers en gebeurtenissen"');
		expect(svg).toContain('aria-label="Letland: 1 cijfer of gebeurtenis"');
		expect(svg.match(/<a href="\?sel=[a-z0-9_-]+"/g)?.length).toBe(summaries.length);
	});

	it('draws the exercise zone as an area', () => {
		expect(svg).toMatch(/<path class="area" d="M[\d.,L]+Z"/);
		expect(svg.match(/class="area"/g)?.length).toBe(1);
	});

	it('highlights Belarus, and only Belarus', () => {
		expect(svg.match(/class="land belarus"/g)?.length).toBe(1);
		expect(svg).toContain('data-country="112"');
	});

	it('matches its snapshot', () => {
		expectSnapshot(svg);
	});
});

describe('MapSvg in an export frame', () => {
	const summaries = placeSummaries(d, { from: '2020-09-01', to: '2020-09-30' });
	const frame = {
		title: 'Kaart',
		subtitle: 'Plaatsen',
		source: 'Bron: #004',
		credit: 'Belarus 2020',
		description: 'Vier plaatsen',
		css: '.map-svg .place{fill:#d55e00}',
		background: '#ffffff',
		metadata: '{}',
		headerHeight: 72,
		footerHeight: 30
	};
	const { body } = render(MapSvg, {
		props: {
			summaries,
			lang: 'en',
			layout: mapLayout(d.places, 1200, 630 - 72 - 30, true),
			width: 1200,
			height: 630,
			frame
		}
	});
	const svg = body.slice(body.indexOf('<svg'), body.lastIndexOf('</svg>') + 6);

	it('draws the frame into the SVG and the marks as plain groups, not links', () => {
		expect(svg).toContain('<title>Kaart</title>');
		expect(svg).toContain('<desc>Vier plaatsen</desc>');
		expect(svg).toContain('<style>.map-svg .place{fill:#d55e00}</style>');
		expect(svg).toContain('role="img"');
		expect(svg).not.toContain('<a ');
		expect(svg.match(/<g class="place-mark"/g)?.length).toBe(4);
	});
});
