/** The story's notes, derived from the data, and the dodging of dots that share a spot. */
import { describe, expect, it } from 'vitest';
import { chartModel } from '../../../src/lib/charts/chartModel';
import { dodge, laneRows } from '../../../src/lib/charts/dodge';
import { spotMates } from '../../../src/lib/charts/markNavigation';
import { laneNotes } from '../../../src/lib/charts/lanes';
import { boxesOverlap } from '../../../src/lib/charts/labels';
import { storyNotes } from '../../../src/lib/charts/notes';
import { validateDataset } from '../../../src/lib/data/validate';
import { parseOptions } from '../../../src/lib/view/options';
import { widgetOptions } from '../../../src/lib/embed/widgets';
import { readDataFiles } from '../../../src/scripts/read-data';

const d = validateDataset(readDataFiles());
const all = d.period;

describe('storyNotes', () => {
	it('notes the election, the 774, the largest protests, Sochi with its loan, the KGB prison and the package', () => {
		expect(storyNotes(d, all, 'en').map((n) => [n.id, n.text, n.from])).toEqual([
			['election-003', 'Election day', ['election-003']],
			['protest-000-sunday', 'more than 100,000 protesters', ['protest-000-sunday']],
			['arrests-004-sunday', '774 arrested', ['arrests-004-sunday']],
			['protest-004-sunday', 'more than 100,000 protesters', ['protest-004-sunday']],
			['meeting-004-sochi', 'Sochi: loan of $1.5 billion', ['meeting-004-sochi', 'loan-004-russia']],
			['meeting-001-kgb-prison', 'Meeting in KGB prison', ['meeting-001-kgb-prison']],
			['sanctions-001-personal', 'Green light: sanctions on Lukashenko too', ['sanctions-001-personal']]
		]);
	});

	it('in Dutch, and only the notes of the range', () => {
		expect(storyNotes(d, { from: '2020-09-01', to: '2020-09-30' }, 'nl').map((n) => n.text)).toEqual([
			'774 opgepakt',
			'meer dan 100.000 demonstranten',
			'Sotsji: lening van 1,5 miljard dollar'
		]);
	});

	it('each chart gets the notes on its marks, a figure chart the events’ notes as reference lines too', () => {
		const o = { lang: 'nl' as const, ...all, yscale: 'log' as const };
		const arrests = chartModel('arrests', d, o);
		expect(arrests.notes.filter((n) => n.mark).map((n) => n.id)).toEqual(['arrests-004-sunday']);
		expect(arrests.notes.filter((n) => !n.mark).map((n) => n.id)).toEqual([
			'election-003',
			'meeting-004-sochi',
			'meeting-001-kgb-prison',
			'sanctions-001-personal'
		]);
		// The election alone in its lane, and each sanction step on its row, are named by the row's label.
		expect(chartModel('timeline', d, o).notes.map((n) => [n.id, n.mark])).toEqual([
			['meeting-004-sochi', true],
			['meeting-001-kgb-prison', true]
		]);
		expect(chartModel('sanctions', d, o).notes).toEqual([]);
		expect(chartModel('arrests', d, { ...o, notes: false }).notes).toEqual([]);
	});

	it('notes=hide is an option of the chart widgets, validated like the others', () => {
		const parse = (q: string, id: 'timeline' | 'map') =>
			parseOptions(new URLSearchParams(q), widgetOptions(id), d.period, 'ignore');
		expect(parse('notes=hide', 'timeline')).toMatchObject({ ok: true, options: { notes: false } });
		expect(parse('notes=SHOW', 'timeline')).toMatchObject({ ok: true, options: { notes: true } });
		expect(parse('notes=maybe', 'timeline')).toMatchObject({
			ok: false,
			error: { option: 'notes', allowed: 'show or hide' }
		});
		expect(parse('notes=hide', 'map')).toMatchObject({ ok: false, error: { option: 'notes' } });
	});
});

describe('dodge', () => {
	const lane = { top: 100, bottom: 127 };
	const o = { r: 6, gap: 1, width: 300 };
	const apart = (ps: { x: number; y: number }[]) => {
		for (let i = 0; i < ps.length; i++)
			for (let j = i + 1; j < ps.length; j++)
				expect(Math.hypot(ps[i].x - ps[j].x, ps[i].y - ps[j].y)).toBeGreaterThanOrEqual(
					2 * o.r + o.gap - 1e-6
				);
	};

	it('a lone dot sits on its day, on its lane’s middle line', () => {
		expect(dodge([{ id: 'a', x: 50, ...lane }], o)).toEqual([{ id: 'a', x: 50, y: 113.5 }]);
		expect(laneRows(lane.top, lane.bottom, 6, 1)).toEqual([113.5, 107, 120]);
	});

	it('seven statements of one day: no dot overlaps another, all stay in the lane and near their day', () => {
		const out = dodge(
			Array.from({ length: 7 }, (_, i) => ({ id: `s${i}`, x: 150, ...lane })),
			o
		);
		apart(out);
		for (const p of out) {
			expect(p.y - o.r).toBeGreaterThanOrEqual(lane.top);
			expect(p.y + o.r).toBeLessThanOrEqual(lane.bottom);
			expect(Math.abs(p.x - 150)).toBeLessThanOrEqual(40);
		}
	});

	it('at the narrowest width, a day a few pixels wide: dots of following days stay apart and inside', () => {
		const out = dodge(
			[2, 2, 6, 6, 6, 10, 10, 10, 10].map((x, i) => ({ id: `d${i}`, x, ...lane })),
			{ ...o, width: 200 }
		);
		apart(out);
		for (const p of out) expect(p.x).toBeGreaterThanOrEqual(o.r);
	});

	it('dots of different lanes never push each other', () => {
		const out = dodge(
			[
				{ id: 'a', x: 50, ...lane },
				{ id: 'b', x: 50, top: 140, bottom: 167 }
			],
			o
		);
		expect(out.map((p) => p.x)).toEqual([50, 50]);
	});
});

describe('laneNotes', () => {
	it('a note goes right of its dot, else left, else on its lane’s line; one with no room is left out', () => {
		const dot = (id: string, cx: number) => ({
			id,
			box: { left: cx - 6, right: cx + 6, top: 94, bottom: 106 },
			cy: 100,
			lineY: 82
		});
		const bounds = { left: 0, right: 320, top: 0, bottom: 200 };
		const notes = laneNotes(
			[
				{ id: 'a', text: 'Sotsji' },
				{ id: 'b', text: 'KGB' },
				{ id: 'c', text: 'Pakket' },
				{ id: 'f', text: 'Groen licht: sancties ook tegen Loekasjenko, en nog veel meer woorden' }
			],
			[dot('a', 20), dot('b', 310), dot('c', 150), dot('d', 165), dot('e', 135), dot('f', 240)],
			[{ left: 0, right: 40, top: 70, bottom: 87 }],
			bounds,
			12
		);
		expect(notes.map((n) => [n.id, n.anchor, n.y])).toEqual([
			['a', 'start', 104.2],
			['b', 'end', 104.2],
			['c', 'start', 82]
		]);
		for (const n of notes) expect(n.box.right).toBeLessThanOrEqual(320);
		expect(boxesOverlap(notes[0].box, notes[1].box)).toBe(false);
	});
});

describe('spotMates', () => {
	const o = { lang: 'nl' as const, ...all, yscale: 'log' as const };
	it('the statements of 17 August share a spot on the timeline; a span shares it with none', () => {
		const timeline = chartModel('timeline', d, o);
		const mates = spotMates(timeline.marks, 'statement-000-michel');
		expect(mates[0]).toBe('statement-000-michel');
		expect(mates).toHaveLength(6);
		expect(new Set(mates.map((id) => timeline.marks.find((m) => m.id === id)!.x0))).toEqual(
			new Set(['2020-08-17'])
		);
		expect(spotMates(timeline.marks, 'exercise-000-western-border')).toEqual(['exercise-000-western-border']);
	});
	it('774 and its 500 in Minsk share theirs on the arrests chart', () => {
		const arrests = chartModel('arrests', d, o);
		expect(spotMates(arrests.marks, 'arrests-004-sunday-minsk')).toEqual([
			'arrests-004-sunday-minsk',
			'arrests-004-sunday'
		]);
	});
});
