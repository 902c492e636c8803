/**
 * The admission gate in front of the PNG workers: a fixed number of slots, a short line served in
 * order of arrival, and a plain refusal beyond it.
 */
import { describe, expect, it } from 'vitest';
import { createGate } from '$lib/export/gate';

describe('admission gate', () => {
	it('admits up to its slots, lines up the next few in order, and refuses the rest', async () => {
		const gate = createGate(1, 2);
		const order: string[] = [];
		const first = await gate.enter()!;
		const second = gate.enter()!.then((release) => (order.push('second'), release));
		const third = gate.enter()!.then((release) => (order.push('third'), release));
		expect(gate.enter()).toBeNull();
		expect({ running: gate.running, waiting: gate.waiting }).toEqual({ running: 1, waiting: 2 });
		first();
		first(); // a second release frees nothing more
		(await second)();
		(await third)();
		expect(order).toEqual(['second', 'third']);
		expect({ running: gate.running, waiting: gate.waiting }).toEqual({ running: 0, waiting: 0 });
	});
});
