/**
 * The admission gate in front of the PNG workers: a fixed number of slots, a short line served in
 * order of arrival, and a plain refusal beyond it.
 */
import { describe, expect, it } from 'vitest';
import { createGate, type Release } from '$lib/export/gate';

/** Lets every promise that can settle now settle. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('admission gate', () => {
	it('admits up to its slots, lines up the next few in order, and refuses the rest', async () => {
		const gate = createGate(1, 2);
		const admitted: string[] = [];
		const wait = (name: string) => gate.enter()!.then((release) => (admitted.push(name), release));
		const first = await wait('first');
		const second = wait('second');
		const third = wait('third');
		expect(gate.enter()).toBeNull();
		await settle();
		expect(admitted).toEqual(['first']);

		first();
		first(); // a second release frees nothing more: the third still waits
		await settle();
		expect(admitted).toEqual(['first', 'second']);

		(await second)();
		await settle();
		expect(admitted).toEqual(['first', 'second', 'third']);
		(await third)();
		// All free again: two slots' worth of asking is admitted or lined up, not refused.
		const again: (Promise<Release> | null)[] = [gate.enter(), gate.enter()];
		expect(again.every((p) => p !== null)).toBe(true);
	});
});
