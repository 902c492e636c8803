/**
 * What a reader of the dashboard sees, rendered as the server renders it, checked against the
 * articles' words (issue 10): the marks and table rows of the charts, the headline strip, the source
 * panel and the map's places. Expected values are counted and quoted from the articles by hand.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ChartFrame from '../../../src/lib/components/charts/ChartFrame.svelte';
import Headlines from '../../../src/lib/components/dashboard/Headlines.svelte';
import SourcePanel from '../../../src/lib/components/dashboard/SourcePanel.svelte';
import MapSvg from '../../../src/lib/components/map/MapSvg.svelte';
import { chartModel, type ChartId } from '../../../src/lib/charts/chartModel';
import { placeSummaries } from '../../../src/lib/charts/placeSummaries';
import { pageRecords } from '../../../src/lib/data/pageData';
import { validateDataset } from '../../../src/lib/data/validate';
import { mapLayout } from '../../../src/lib/map/projection';
import type { Lang } from '../../../src/lib/view/options';
import { pageContext, serverView } from '../../../src/lib/view/pageView';
import { readDataFiles } from '../../../src/scripts/read-data';

const records = pageRecords(validateDataset(readDataFiles()));
const { period } = records;

/** The articles as the table and the source panel name them: by title and day. */
const a000 =
	'‘Loekasjenko onder druk: grootste demonstratie ooit, stakingen en oefeningen aan de westgrens’ (17 aug 2020)';
const a001 =
	'‘Loekasjenko praat met opgesloten oppositie, maar de EU haalt de sancties uit de kast’ (12 okt 2020)';
const a002 = '‘Rusland bereid Loekasjenko militair te steunen’ (16 aug 2020)';
const a003 = '‘Loekasjenko belt met Poetin terwijl duizenden blijven demonstreren’ (15 aug 2020)';
const all = { ...period };

const text = (html: string) =>
	html
		.replace(/<!--[^]*?-->/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/&amp;/g, '&')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&quot;/g, '"')
		.trim();

function context(range = all, lang: Lang = 'nl') {
	const links = { linkTo: () => '?', hrefFor: (_: unknown, id: string | null) => (id ? `?sel=${id}` : '?') };
	return pageContext(records, serverView({ lang, ...range, sel: null }, links));
}

/** A chart as the dashboard renders it: its drawn marks, and its table's rows as cells of text. */
function chart(id: ChartId, range = all, lang: Lang = 'nl') {
	const model = chartModel(id, records, { lang, ...range, yscale: 'log' });
	const { body } = render(ChartFrame, {
		props: { model, places: records.places, width: 640, height: 420 },
		context: context(range, lang)
	});
	const svg = body.slice(body.indexOf('<svg'), body.lastIndexOf('</svg>'));
	const marks = [...svg.matchAll(/<a [^>]*class="mark(?: [^"]*)?"[^>]*>/g)].map((m) => ({
		id: /data-id="([^"]+)"/.exec(m[0])![1],
		x0: /data-x0="([^"]+)"/.exec(m[0])![1],
		label: text(/aria-label="([^"]+)"/.exec(m[0])![1])
	}));
	const tbody = body.slice(body.indexOf('<tbody'), body.indexOf('</tbody>'));
	const rows = [...tbody.matchAll(/<tr[^>]*>([^]*?)<\/tr>/g)].map((r) =>
		[...r[1].matchAll(/<td[^>]*>([^]*?)<\/td>/g)].map((c) => text(c[1]))
	);
	return { marks, rows, body };
}

const midAugust = { from: '2020-08-14', to: '2020-08-17' };

describe('the timeline', () => {
	it('draws exactly two phone calls in mid-August, on 15 and 16 August', () => {
		const { marks, rows } = chart('timeline', midAugust);
		const calls = rows.filter((r) => r[2] === 'Telefoongesprek');
		expect(calls.map((r) => r[0])).toEqual(['15 aug 2020', '16 aug 2020']);
		expect(marks).toHaveLength(rows.length);
		// "na twee telefoongesprekken" is told in their source panels, not drawn as a third call
		expect(marks.map((m) => m.id)).not.toContain('call-000-two-calls');
	});

	it('draws one meeting in Sochi; Tsikhanouskaya’s Telegram post is her statement, drawn once', () => {
		const { marks, rows } = chart('timeline', { from: '2020-09-14', to: '2020-09-14' });
		expect(rows.filter((r) => r[2] === 'Ontmoeting').map((r) => r[1])).toEqual([
			'Onderhoud van Loekasjenko met Poetin in Sotsji'
		]);
		expect(rows.filter((r) => r[2] === 'Verklaring').map((r) => r[1])).toEqual([
			"Poetin steunt Loekasjenko's plannen om de grondwet te hervormen",
			'Tichanovskaja waarschuwt Poetin: hij koos de verkeerde gesprekspartner'
		]);
		expect(marks).toHaveLength(3);
	});

	it('draws the planned EU video summit as an announced meeting, not a sanction', () => {
		const { rows } = chart('timeline', { from: '2020-08-19', to: '2020-08-19' });
		expect(rows.find((r) => r[1].includes('crisisoverleg'))).toEqual([
			'19 aug 2020',
			'Aangekondigd: crisisoverleg van EU-leiders per video',
			'Ontmoeting',
			'geen plaats genoemd; op de kaart: Brussel',
			'De druk op Loekasjenko is maandag verder opgevoerd nu EU-leiders hebben besloten om aankomende woensdagochtend per videoverbinding een crisisoverleg te voeren over Belarus.',
			a000
		]);
	});

	it('draws the one sentence on four countries once, with its four places and the words "hebben gelast"', () => {
		const { rows } = chart('timeline', { from: '2020-08-16', to: '2020-08-16' });
		const vote = rows.filter((r) => r[1].includes('gelast'));
		expect(vote).toHaveLength(1);
		expect(vote[0][3]).toBe('Litouwen, Letland, Polen, Oekraïne');
	});

	it('shows the facts the articles state: release, other cities, violence against women, NATO claim and denial', () => {
		const { rows } = chart('timeline');
		const what = rows.map((r) => `${r[0]} · ${r[2]} · ${r[1]}`);
		expect(what).toEqual(
			expect.arrayContaining([
				'9 aug – 15 aug 2020 · Vrijlating · Regering laat een groot deel van de betogers weer vrij',
				'15 aug 2020 · Protest (zonder aantal) · Ook in andere steden wordt gedemonstreerd',
				'13 sep 2020 · Geweld · Agenten gebruiken voor het eerst geweld tegen vrouwen',
				'16 aug 2020 · Verklaring · Loekasjenko waarschuwt voor een opbouw van NAVO-troepen bij de grens',
				'17 aug 2020 · Verklaring · NAVO-bondgenootschap: de troepenopbouw is ‘niet waar’',
				'17 aug 2020 · Verklaring · Loekasjenko: de macht delen, maar pas als de protesten eerst ophouden',
				'12 okt 2020 · Telefoongesprek · Tichanovsky mag voor het eerst een telefoongesprek voeren vanuit de gevangenis',
				'12 okt 2020 · Verklaring · Tichanovskaja: ‘Dialoog vindt niet plaats in een gevangenis’'
			])
		);
		// NATO's denial: the article names no place for it, and the table says so
		expect(rows.find((r) => r[1].startsWith('NAVO'))![3]).toBe('geen plaats genoemd');
	});

	it('says in English that the protester died, not that someone killed him', () => {
		const { marks } = chart('timeline', all, 'en');
		const death = marks.find((m) => m.id === 'death-003-metro')!;
		expect(death.label).toBe('Aug 10 – Aug 15, 2020: Protester dies at a Minsk metro station (Minsk)');
	});
});

describe('the sanctions chart', () => {
	it('says in its plot, in the reader’s language, that September holds none of its steps; a chart with marks does not', () => {
		const september = { from: '2020-09-01', to: '2020-09-30' };
		const svgText = (body: string) => text(body.slice(body.indexOf('<svg'), body.lastIndexOf('</svg>')));
		const nl = chart('sanctions', september);
		expect(nl.marks).toEqual([]);
		expect(nl.body).toMatch(/<text class="no-marks"[^>]*>Geen gegevens in deze periode\.<\/text>/);
		expect(chart('sanctions', september, 'en').body).toMatch(
			/<text class="no-marks"[^>]*>No data in this period\.<\/text>/
		);
		const arrests = chart('arrests', september);
		expect(arrests.marks.length).toBeGreaterThan(0);
		expect(svgText(arrests.body)).not.toContain('Geen gegevens');
		expect(svgText(chart('sanctions').body)).not.toContain('Geen gegevens');
		// A figure chart too: no arrest figure between 18 August and 12 September.
		const none = chart('arrests', { from: '2020-08-18', to: '2020-09-12' });
		expect(none.marks).toEqual([]);
		expect(none.body).toMatch(
			/<text class="no-marks" aria-hidden="true"[^>]*>Geen gegevens in deze periode\.<\/text>/
		);
	});

	it('names the articles by their English titles in the English table, and links each to its text', () => {
		const { rows, body } = chart('sanctions', all, 'en');
		expect(rows[1][5]).toBe(
			'‘Lukashenko talks to the jailed opposition, but the EU brings out sanctions’ (Oct 12, 2020)'
		);
		expect(body).toContain(
			'<a href="/sources/001_94b4341cbd3b6ace?lang=en">‘Lukashenko talks to the jailed opposition'
		);
		// The chart's source line on the dashboard names them by title too; no short id is left.
		expect(body).not.toMatch(/>#00\d</);
	});

	it('draws the decision of Friday 14 August once (three articles report it) and the green light of 12 October', () => {
		const { marks, rows } = chart('sanctions');
		expect(marks.map((m) => m.x0)).toEqual(['2020-08-14', '2020-10-12']);
		expect(rows.map((r) => [r[0], r[1], r[5]])).toEqual([
			['14 aug 2020', 'EU-ministers besluiten tot sancties', `${a003}; ${a002}; ${a000}`],
			[
				'12 okt 2020',
				'Groen licht om een sanctiepakket voor te bereiden, ook tegen Loekasjenko persoonlijk',
				a001
			]
		]);
	});
});

describe('the protests chart', () => {
	it('draws no bar on Monday 12 October from "honderdduizenden demonstranten … houden vast aan hun eisen"', () => {
		const { marks, rows } = chart('protests', { from: '2020-10-01', to: period.to });
		expect(marks).toEqual([]);
		expect(rows.map((r) => r.join(' '))).toEqual(['Geen gegevens in deze periode.']);
	});

	it('places Saturday’s "duizenden" in the country, not in Minsk ("Ook in andere steden")', () => {
		const { rows } = chart('protests', { from: '2020-08-15', to: '2020-08-15' });
		// Its columns: day, what, side, value, place, quote, source.
		const saturday = rows.find((r) => r[5].startsWith('Duizenden mensen gingen zaterdag'))!;
		expect(saturday.slice(2, 5)).toEqual([
			'Oppositie',
			'duizenden (getekend als 2.000 tot 10.000)',
			'Belarus'
		]);
	});
});

describe('the headline strip', () => {
	function strip(range = all) {
		const { body } = render(Headlines, { context: context(range) });
		return [
			...body.matchAll(/<span class="value[^"]*">([^<]*)<\/span>\s*<span class="label[^"]*">([^<]*)</g)
		].map((m) => `${text(m[1])} ${text(m[2])}`);
	}

	it('counts the sanction steps taken: the decision and the green light, not the planned summit', () => {
		expect(strip()).toContain('2 Stappen in EU-sancties');
		// in August, only the decision: the video summit of 19 August is no step
		expect(strip({ from: '2020-08-09', to: '2020-08-31' })).toContain('1 Stap in EU-sancties');
	});
});

describe('the source panel', () => {
	function panel(id: string) {
		return text(
			render(SourcePanel, {
				props: { records, id, lang: 'nl', closeHref: '?', onclose: () => {} },
				context: context()
			}).body
		);
	}

	it('calls the two leaders freed from the KGB prison moved to house arrest, with a day it does not know', () => {
		const p = panel('house-arrest-001-two-leaders');
		expect(p).toContain('Naar huisarrest: 2');
		expect(p).not.toContain('Vrijgelaten');
		expect(p).toContain('10 okt – 12 okt 2020 · Na de vergadering');
	});

	it('lists the report of both calls with each call, and the meeting’s four hours with the meeting', () => {
		expect(panel('call-003-putin')).toContain(`${a000} · Twee telefoongesprekken met Poetin`);
		expect(panel('call-002-putin')).toContain(`${a000} · Twee telefoongesprekken met Poetin`);
		expect(panel('meeting-001-kgb-prison')).toContain(`${a001} · Duur: 4 uur`);
	});

	it('shows NATO’s denial with Lukashenko’s claim, in both articles that report the claim', () => {
		for (const id of ['statement-000-nato', 'statement-002-nato']) {
			expect(panel(id)).toMatch(
				new RegExp(`Ontkend\\s*${a000.replace(/[()]/g, '\\$&')} · NAVO-bondgenootschap`)
			);
		}
	});

	it('quotes what Michel said, not only that he tweeted', () => {
		expect(panel('statement-000-michel')).toContain('Geweld tegen demonstranten is onaanvaardbaar');
	});
});

describe('the map', () => {
	it('draws the places the articles do not give (the EU, a KGB prison, Putin’s side of the calls) as stand-ins', () => {
		const summaries = placeSummaries(records, all);
		const layout = mapLayout(records.places, 800, 600, true);
		const body = render(MapSvg, {
			props: { summaries, lang: 'nl', layout },
			context: context()
		}).body.replace(/<!--[^]*?-->/g, '');
		const dashed = [
			...body.matchAll(
				/<a [^>]*data-place="([^"]+)"[^>]*aria-label="([^"]+)"[^>]*>(?:<path[^>]*><\/path>)?<circle class="place stand-in"/g
			)
		];
		expect(dashed.map((m) => m[1]).sort()).toEqual(['brussels', 'kgb_prison', 'moscow']);
		expect(text(dashed.find((m) => m[1] === 'brussels')![2])).toBe(
			'Brussel: 6 cijfers en gebeurtenissen (de artikelen noemen geen plaats; de stip is een plaatsvervanger)'
		);
		expect(body).not.toContain('data-place="vilnius"');
	});
});
