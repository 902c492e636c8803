import { describe, expect, it } from 'vitest';
import {
	ampHeightMessage,
	datawrapperHeightMessage,
	embedHeightMessage,
	heightMessages,
	isEmbedHeightMessage,
	pymHeightMessage
} from '../../../src/lib/embed/height';

describe('height messages', () => {
	it('writes our own message', () => {
		expect(embedHeightMessage('arrests', 512)).toEqual({
			type: 'belarus-embed:height',
			chart: 'arrests',
			height: 512
		});
	});

	it.each([
		{ id: 'example-1', height: 512, expected: 'pymxPYMxexample-1xPYMxheightxPYMx512' },
		{ id: 'graphic', height: 0, expected: 'pymxPYMxgraphicxPYMxheightxPYMx0' },
		{ id: 'a:b.c_d', height: 1234, expected: 'pymxPYMxa:b.c_dxPYMxheightxPYMx1234' }
	])('writes Pym.js’s string for child $id', ({ id, height, expected }) => {
		expect(pymHeightMessage(id, height)).toBe(expected);
	});

	it('writes Datawrapper’s object, keyed by the chart', () => {
		expect(datawrapperHeightMessage('sanctions', 431)).toEqual({ 'datawrapper-height': { sanctions: 431 } });
		expect(JSON.stringify(datawrapperHeightMessage('map', 600))).toBe('{"datawrapper-height":{"map":600}}');
	});

	it('writes AMP’s embed-size request', () => {
		expect(ampHeightMessage(480)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 480 });
	});

	it('sends Pym’s message only when Pym gave the frame an id', () => {
		expect(heightMessages('arrests', 500)).toEqual([
			{ type: 'belarus-embed:height', chart: 'arrests', height: 500 },
			{ 'datawrapper-height': { arrests: 500 } },
			{ sentinel: 'amp', type: 'embed-size', height: 500 }
		]);
		expect(heightMessages('arrests', 500, 'pym-1')).toEqual([
			{ type: 'belarus-embed:height', chart: 'arrests', height: 500 },
			'pymxPYMxpym-1xPYMxheightxPYMx500',
			{ 'datawrapper-height': { arrests: 500 } },
			{ sentinel: 'amp', type: 'embed-size', height: 500 }
		]);
	});
});

describe('isEmbedHeightMessage', () => {
	it.each([
		{ data: { type: 'belarus-embed:height', chart: 'arrests', height: 500 }, expected: true },
		{ data: { type: 'belarus-embed:height', chart: 'arrests', height: 0 }, expected: true },
		{ data: { type: 'belarus-embed:height', chart: 'arrests', height: -1 }, expected: false },
		{ data: { type: 'belarus-embed:height', chart: 'arrests', height: Infinity }, expected: false },
		{ data: { type: 'belarus-embed:height', chart: 'arrests', height: 1e6 }, expected: false },
		{ data: { type: 'belarus-embed:height', chart: 'arrests', height: '500' }, expected: false },
		{ data: { type: 'belarus-embed:height', height: 500 }, expected: false },
		{ data: { sentinel: 'amp', type: 'embed-size', height: 500 }, expected: false },
		{ data: 'pymxPYMxa xPYMxheightxPYMx500', expected: false },
		{ data: null, expected: false }
	])('$data → $expected', ({ data, expected }) => {
		expect(isEmbedHeightMessage(data)).toBe(expected);
	});
});
