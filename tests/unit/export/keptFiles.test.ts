/**
 * The store of files the export workers made (keptFiles.ts), which the PNGs, the presenter's pack and
 * the kept pages use: bounded by bytes whatever the number of different requests, the least recently
 * asked for dropped first, sharing one making among
 * identical requests, and keeping nothing that could not be made.
 */
import { describe, expect, it } from 'vitest';
import { createKeptFiles } from '$lib/export/keptFiles';
import type { Outcome } from '$lib/export/workerPool';

const file = (n: number): Promise<Outcome<Uint8Array>> =>
	Promise.resolve({ ok: true, value: new Uint8Array(n) });

describe('kept files', () => {
	it('keep at most their bytes, dropping the oldest first', async () => {
		const kept = createKeptFiles<Uint8Array>(1000, (f) => f.byteLength);
		for (let i = 0; i < 50; i++) await kept.get(`key ${i}`, () => file(300));
		expect(kept.bytes).toBeLessThanOrEqual(1000);
		expect(kept.size).toBe(3);
		let made = 0;
		await kept.get('key 49', () => (made++, file(300)));
		expect(made).toBe(0);
		await kept.get('key 0', () => (made++, file(300)));
		expect(made).toBe(1);
	});

	it('keep the file readers keep asking for, dropping the one least recently asked for', async () => {
		const kept = createKeptFiles<Uint8Array>(1000, (f) => f.byteLength);
		for (const key of ['a', 'b', 'c']) await kept.get(key, () => file(300));
		let made = 0;
		await kept.get('a', () => (made++, file(300)));
		await kept.get('d', () => (made++, file(300)));
		expect(made).toBe(1);
		await kept.get('a', () => (made++, file(300)));
		expect(made).toBe(1);
		await kept.get('b', () => (made++, file(300)));
		expect(made).toBe(2);
	});

	it('make a file once for requests that come while it is made', async () => {
		const kept = createKeptFiles<Uint8Array>(1000, (f) => f.byteLength);
		let made = 0;
		let finish!: () => void;
		const make = () => {
			made++;
			return new Promise<Outcome<Uint8Array>>((resolve) => {
				finish = () => resolve({ ok: true, value: new Uint8Array(10) });
			});
		};
		const answers = [kept.get('k', make), kept.get('k', make), kept.get('k', make)];
		finish();
		const [a, b, c] = await Promise.all(answers);
		expect(made).toBe(1);
		expect(a).toBe(b);
		expect(b).toBe(c);
	});

	it('keep no refusal: the next request tries again', async () => {
		const kept = createKeptFiles<Uint8Array>(1000, (f) => f.byteLength);
		expect(await kept.get('k', () => Promise.resolve({ ok: false, reason: 'busy' }))).toEqual({
			ok: false,
			reason: 'busy'
		});
		expect(kept.size).toBe(0);
		expect((await kept.get('k', () => file(5))).ok).toBe(true);
	});
});
