/** The placement of a chart's texts: no label on another, none outside the plot, in both languages. */
import { describe, expect, it } from 'vitest';
import { chartModel } from '../../../src/lib/charts/chartModel';
import {
	figureGeometry,
	figureLabels,
	labelMarks,
	tickBoxes,
	valueLabel
} from '../../../src/lib/charts/figureLayout';
import {
	boxesOverlap,
	lineHeight,
	placeLabels,
	shareLabels,
	textBox,
	type Box
} from '../../../src/lib/charts/labels';
import { dayStart, DAY_MS } from '../../../src/lib/days';
import { timeScale, valueScale, valueTicks } from '../../../src/lib/charts/scales';
import { validateDataset } from '../../../src/lib/data/validate';
import { formatNumber } from '../../../src/lib/i18n/format';
import { readDataFiles } from '../../../src/scripts/read-data';

const d = validateDataset(readDataFiles());
const FONT = 12;

function collisions(boxes: Box[]): number {
	let n = 0;
	for (let i = 0; i < boxes.length; i++)
		for (let j = i + 1; j < boxes.length; j++) if (boxesOverlap(boxes[i], boxes[j])) n++;
	return n;
}

describe('placeLabels', () => {
	const bounds = { left: 0, right: 300, top: -40, bottom: 200 };

	it('twelve labels on one day: each drawn one is clear of the others, the rest are left out', () => {
		const requests = Array.from({ length: 12 }, (_, i) => ({
			id: `l${i}`,
			text: `label ${i}`,
			at: [{ x: 150, y: 100, anchor: 'middle' as const }],
			lift: 3
		}));
		const placed = placeLabels(requests, { fontSize: FONT, bounds });
		const drawn = placed.filter((p) => p !== null);
		expect(drawn).toHaveLength(4); // its spot and three lines above it
		expect(collisions(drawn.map((p) => p.box))).toBe(0);
		expect(drawn.map((p) => p.y)).toEqual([
			100,
			100 - lineHeight(FONT),
			100 - 2 * lineHeight(FONT),
			100 - 3 * lineHeight(FONT)
		]);
	});

	it('tries each position in turn: a second label on one spot goes to its other side', () => {
		const at = [
			{ x: 100, y: 50, anchor: 'start' as const },
			{ x: 90, y: 50, anchor: 'end' as const }
		];
		const [a, b] = placeLabels(
			[
				{ id: 'a', text: 'Sotsji', at },
				{ id: 'b', text: 'Sochi', at }
			],
			{ fontSize: FONT, bounds }
		);
		expect(a).toMatchObject({ anchor: 'start', x: 100 });
		expect(b).toMatchObject({ anchor: 'end', x: 90 });
	});

	it('a long word at the edge moves inside the plot; one wider than the plot is left out', () => {
		const [inside, wide] = placeLabels(
			[
				{ id: 'w', text: 'honderdduizenden', at: [{ x: 295, y: 20, anchor: 'start' }] },
				{
					id: 'x',
					text: 'tens of thousands of protesters marching in the streets of Minsk and other cities',
					at: [{ x: 0, y: 60, anchor: 'start' }]
				}
			],
			{ fontSize: FONT, bounds }
		);
		expect(inside!.box.right).toBeLessThanOrEqual(300);
		expect(inside!.box.left).toBeGreaterThanOrEqual(0);
		expect(wide).toBeNull();
	});

	it('keeps clear of the boxes it must avoid, and falls back to the shorter words', () => {
		const avoid = [{ left: 0, right: 125, top: -40, bottom: 100 }];
		const [l] = placeLabels(
			[{ id: 'n', text: '774 opgepakt', shorter: '774', at: [{ x: 150, y: 30, anchor: 'middle' }] }],
			{
				fontSize: FONT,
				bounds: { ...bounds, right: 175 },
				avoid
			}
		);
		expect(l?.text).toBe('774');
		expect(boxesOverlap(l!.box, avoid[0])).toBe(false);
	});

	it('measures with the font size it is given', () => {
		const at = { x: 0, y: 20, anchor: 'start' as const };
		const small = textBox('duizenden', at, 12);
		const large = textBox('duizenden', at, 18);
		expect(large.right / small.right).toBeCloseTo(1.5);
		expect(lineHeight(18)).toBeGreaterThan(lineHeight(12));
	});
});

describe('shareLabels', () => {
	it('"duizenden" for a week, its Saturday and the Sunday after is one label over all their days', () => {
		expect(
			shareLabels([
				{ id: 'week', text: 'duizenden', x0: '2020-08-09', x1: '2020-08-15' },
				{ id: 'sat', text: 'duizenden', x0: '2020-08-15', x1: '2020-08-15' },
				{ id: 'sun', text: 'duizenden', x0: '2020-08-16', x1: '2020-08-16' },
				{ id: 'other', text: 'honderden', x0: '2020-08-09', x1: '2020-08-17' },
				{ id: 'later', text: 'duizenden', x0: '2020-09-13', x1: '2020-09-13' }
			])
		).toEqual([
			{ text: 'duizenden', x0: '2020-08-09', x1: '2020-08-16', ids: ['week', 'sat', 'sun'] },
			{ text: 'honderden', x0: '2020-08-09', x1: '2020-08-17', ids: ['other'] },
			{ text: 'duizenden', x0: '2020-09-13', x1: '2020-09-13', ids: ['later'] }
		]);
	});
});

/** The figure charts' texts as FigureMarks lays them out, at a plot width, in a language. */
function laidOut(id: 'arrests' | 'protests', lang: 'nl' | 'en', width: number, height = 230) {
	const model = chartModel(id, d, { lang, ...d.period, yscale: 'log' });
	if (model.type !== 'figures') throw new Error('a figure chart');
	const x = timeScale(model.range).range([0, width]);
	const y = valueScale('log')
		.domain([...model.yDomain])
		.range([height, 0]);
	const clamp = (v: number) => y(Math.min(Math.max(v, model.yDomain[0]), model.yDomain[1]));
	const placed = figureGeometry(model.marks, x, clamp, height);
	const ticks = valueTicks([...model.yDomain] as [number, number], height).map((t) => ({
		text: formatNumber(t, lang),
		y: Math.round(y(t))
	}));
	const notes = new Map(model.notes.filter((n) => n.mark).map((n) => [n.id, n.text]));
	const texts = figureLabels(
		labelMarks(placed, (m) => valueLabel(m, lang), notes),
		{
			width,
			fontSize: FONT,
			top: -30,
			titleLeft: -58,
			axisTitle: model.text.yLabel,
			ticks: tickBoxes(ticks, -8, FONT),
			references: model.notes
				.filter((n) => !n.mark)
				.map((n) => ({ id: n.id, text: n.text, x: x(dayStart(n.date).getTime() + DAY_MS / 2) }))
		}
	);
	const boxes = [
		...tickBoxes(ticks, -8, FONT),
		...(texts.axisTitle ? [texts.axisTitle.box] : []),
		...texts.values.map((v) => v.box),
		...texts.references.map((r) => r.box)
	];
	return { model, texts, boxes, width, placed };
}

describe('figure charts’ texts', () => {
	for (const lang of ['nl', 'en'] as const)
		for (const id of ['arrests', 'protests'] as const)
			for (const width of [200, 240, 300, 500, 900, 1800])
				it(`${id} in ${lang} at a plot ${width} px wide: no text on another, all over the plot`, () => {
					const { texts, boxes } = laidOut(id, lang, width);
					expect(collisions(boxes)).toBe(0);
					expect(texts.axisTitle).not.toBeNull();
					for (const v of [...texts.values, ...texts.references]) {
						expect(v.box.left).toBeGreaterThanOrEqual(0);
						expect(v.box.right).toBeLessThanOrEqual(width);
						expect(v.box.top).toBeGreaterThanOrEqual(-30);
					}
				});

	it('labels the three "duizenden" of mid-August once, and every other mark by its value', () => {
		const { texts } = laidOut('protests', 'nl', 500);
		const words = texts.values.map((v) => v.text);
		expect(words.filter((w) => w === 'duizenden')).toHaveLength(1);
		expect(texts.values.find((v) => v.text === 'duizenden')!.ids.sort()).toEqual([
			'protest-002-progov-rally',
			'protest-003-saturday',
			'protest-003-week'
		]);
	});

	it('with room, the notes speak: "774 opgepakt" on its bar, Sochi and its loan on 14 September', () => {
		const { texts } = laidOut('arrests', 'nl', 900);
		expect(texts.values.map((v) => v.text)).toContain('774 opgepakt');
		expect(texts.values.map((v) => v.text)).toContain('500');
		expect(texts.references.map((r) => r.text)).toContain('Sotsji: lening van 1,5 miljard dollar');
	});

	it('at the narrowest width the 774 keeps at least its number', () => {
		const { texts } = laidOut('arrests', 'en', 200);
		expect(texts.values.some((v) => v.text === '774' || v.text === '774 arrested')).toBe(true);
	});
});

it('a label may slide only as far as it is allowed to stay by its mark', () => {
	const bounds = { left: 0, right: 300, top: 0, bottom: 100 };
	const request = {
		id: 'n',
		text: 'Ontmoeting in KGB-gevangenis',
		at: [{ x: 250, y: 50, anchor: 'start' as const }]
	};
	expect(placeLabels([request], { fontSize: FONT, bounds })[0]?.box.right).toBeLessThanOrEqual(300);
	expect(placeLabels([{ ...request, slide: 40 }], { fontSize: FONT, bounds })[0]).toBeNull();
});

it('the 500 in Minsk stands against the 774, half as wide: both wholly seen, at every width', () => {
	for (const width of [200, 500, 1800]) {
		const { placed } = laidOut('arrests', 'nl', width);
		const whole = placed.find((p) => p.m.id === 'arrests-004-sunday')!;
		const part = placed.find((p) => p.m.id === 'arrests-004-sunday-minsk')!;
		expect(part.x).toBeCloseTo(whole.x + whole.width);
		expect(part.width).toBeCloseTo(whole.width / 2);
		expect(part.top).toBeGreaterThan(whole.top);
	}
});
