/** Series per chart, range filtering and headline figures, on the curated data and synthetic records. */
import { describe, expect, it } from 'vitest';
import { arrestMarks, protestMarks } from '../../../src/lib/charts/figureSeries';
import { sanctionMarks, timelineMarks } from '../../../src/lib/charts/eventSeries';
import { headlineRecord, headlineRecords, headlines } from '../../../src/lib/charts/headlines';
import { chartModel } from '../../../src/lib/charts/chartModel';
import { validateDataset } from '../../../src/lib/data/validate';
import { readDataFiles } from '../../../src/scripts/read-data';

const d = validateDataset(readDataFiles());
const all = d.period;
const september = { from: '2020-09-01', to: '2020-09-30' };

describe('arrest marks', () => {
	it('one mark per arrests record, Minsk told apart from the country', () => {
		const marks = arrestMarks(d.figures, all);
		expect(marks.map((m) => `${m.id}:${m.series}`).sort()).toEqual([
			'arrests-000-hundreds:nationwide',
			'arrests-001-sunday-minsk:minsk',
			'arrests-003-thousands:nationwide',
			'arrests-004-sunday-minsk:minsk',
			'arrests-004-sunday:nationwide'
		]);
	});

	it('draws the 500 in Minsk as a part of the 774 of 13 September: in its slot, not a slot of its own', () => {
		const marks = arrestMarks(d.figures, september);
		expect(marks.map((m) => [m.id, m.slot, m.slots, m.partOf])).toEqual([
			['arrests-004-sunday', 0, 1, null],
			['arrests-004-sunday-minsk', 0, 1, 'arrests-004-sunday']
		]);
	});

	it('still sets marks of one day side by side when neither is a part of the other', () => {
		const marks = protestMarks(d.figures, { from: '2020-08-16', to: '2020-08-16' });
		expect(marks.map((m) => [m.id, m.slot, m.slots, m.partOf])).toEqual([
			['protest-000-sunday', 0, 2, null],
			['protest-002-progov-rally', 1, 2, null]
		]);
	});

	it('draws "duizenden" as a range over its days, never as one number', () => {
		const m = arrestMarks(d.figures, all).find((k) => k.id === 'arrests-003-thousands')!;
		expect(m).toMatchObject({ lower: 2000, upper: 10000, open: false, x0: '2020-08-09', x1: '2020-08-15' });
	});
});

describe('protest marks', () => {
	it('tells opposition protests from the pro-government rally', () => {
		const marks = protestMarks(d.figures, all);
		expect(marks.filter((m) => m.series === 'government').map((m) => m.id)).toEqual([
			'protest-002-progov-rally'
		]);
		expect(marks.filter((m) => m.series === 'opposition')).toHaveLength(4);
	});

	it('draws no bar for the movement ("honderdduizenden demonstranten … houden vast"), only marches', () => {
		const october = protestMarks(d.figures, { from: '2020-10-01', to: d.period.to });
		expect(october).toEqual([]);
	});
});

describe('marks cut to the range', () => {
	it('a span that began before the range starts at the range', () => {
		const m = arrestMarks(d.figures, { from: '2020-08-12', to: d.period.to }).find(
			(k) => k.id === 'arrests-003-thousands'
		)!;
		expect([m.x0, m.x1]).toEqual(['2020-08-12', '2020-08-15']);
		expect([m.figure.date, m.figure.date_end]).toEqual(['2020-08-09', '2020-08-15']);
	});
});

describe('event marks', () => {
	it('sanction steps climb from the decision to the green light for the package on Lukashenko', () => {
		const marks = sanctionMarks(d.events, all);
		expect(marks.map((m) => [m.event.date, m.row])).toEqual([
			['2020-08-14', 1],
			['2020-10-12', 2]
		]);
		// the decision is one mark, reported by three articles
		expect(marks[0].reports.map((e) => e.article.slice(0, 3))).toEqual(['003', '002', '000']);
	});

	it('the exercises span Monday 17 to Thursday 20 August', () => {
		const m = timelineMarks(d.events, all).find((k) => k.event.kind === 'military_exercise')!;
		expect([m.x0, m.x1]).toEqual(['2020-08-17', '2020-08-20']);
	});

	it('September keeps only September events', () => {
		const marks = timelineMarks(d.events, september);
		expect(marks.every((m) => m.x0 <= '2020-09-30' && m.x1 >= '2020-09-01')).toBe(true);
		expect(marks.map((m) => m.id).sort()).toEqual([
			'meeting-004-sochi',
			'statement-004-putin-reforms',
			'statement-004-tichanovskaja',
			'violence-004-women'
		]);
	});
});

describe('headlines', () => {
	it('reads the largest one-day protest, the most arrests, steps, the loan and days since the election', () => {
		const h = headlines(d, all);
		expect(h.map((x) => x.id)).toEqual([
			'largest_protest',
			'largest_arrests',
			'sanction_steps',
			'loan',
			'days_since_election'
		]);
		expect(h.find((x) => x.id === 'largest_arrests')).toMatchObject({ figure: { value: 774 } });
		// three reports of the 14 August decision are one step; the video summit is no step: decision, green light
		expect(h.find((x) => x.id === 'sanction_steps')).toMatchObject({ count: 2 });
		// 9 August to 12 October, the newest article's day, not the range's end on 15 October
		expect(h.find((x) => x.id === 'days_since_election')).toMatchObject({ count: 64 });
	});
	it('cites every record a headline is read from, and links to the latest of them', () => {
		const steps = headlines(d, all).find((x) => x.id === 'sanction_steps')!;
		expect(headlineRecords(steps).map((r) => r.id)).toEqual([
			'sanctions-003-decided',
			'sanctions-002-decided',
			'sanctions-000-announced',
			'sanctions-001-personal'
		]);
		expect(headlineRecord(steps).id).toBe('sanctions-001-personal');
		const loan = headlines(d, all).find((x) => x.id === 'loan')!;
		expect(headlineRecords(loan).map((r) => r.id)).toEqual(['loan-004-russia']);
	});
});

describe('chartModel', () => {
	it('names its articles and their days in the source line, per language', () => {
		expect(chartModel('arrests', d, { lang: 'nl', ...september, yscale: 'log' }).text.sourceLine).toBe(
			'Bron: #004 (14 sep 2020)'
		);
		expect(chartModel('arrests', d, { lang: 'en', ...september, yscale: 'log' }).text.sourceLine).toBe(
			'Source: #004 (Sep 14, 2020)'
		);
	});

	it('has one table row per mark, with the value as the article states it', () => {
		const m = chartModel('arrests', d, { lang: 'nl', ...all, yscale: 'log' });
		expect(m.table).toHaveLength(m.marks.length);
		expect(m.table.map((r) => r.value).sort()).toEqual([
			'500',
			'774',
			// A vague count says the range it is drawn as.
			'duizenden (getekend als 2.000 tot 10.000)',
			'honderden (getekend als 200 tot 1.000)',
			'meer dan 700'
		]);
	});
});

describe('range change on 10,000 figures', () => {
	it('filters a synthetic dataset by range', () => {
		const many = Array.from({ length: 10_000 }, (_, i) => ({
			...d.figures[i % d.figures.length],
			id: `f${i}`
		}));
		const marks = arrestMarks(many, september);
		expect(marks.length).toBe(
			Math.floor(10_000 / d.figures.length) * 2 + (10_000 % d.figures.length > 3 ? 2 : 0)
		);
	});
});
