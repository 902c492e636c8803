import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Adapter, Builder } from '@sveltejs/kit';
import { withoutEmptyChunkNotice } from '../../../src/scripts/quiet-adapter.js';

/** An adapter that warns as adapter-node's Rollup does, then as anything else might. */
const noisy = (warnings: string[]): Adapter => ({
	name: 'noisy',
	async adapt() {
		for (const w of warnings) console.warn(w);
	}
});

describe('the build adapter without Rollup’s empty-chunk notice', () => {
	afterEach(() => vi.restoreAllMocks());

	it('drops only "Generated an empty chunk" and passes every other warning on', async () => {
		const seen: unknown[][] = [];
		const warn = vi.spyOn(console, 'warn').mockImplementation((...args) => void seen.push(args));
		const adapter = withoutEmptyChunkNotice(
			noisy([
				'Generated an empty chunk: "chunks/env.js".',
				'Generated an empty chunk: "chunks/server3.js".',
				'Circular dependency: a.js -> b.js -> a.js',
				'Generated an empty chunk: "x.js". And then something else'
			])
		);
		await adapter.adapt({} as Builder);
		expect(seen).toEqual([
			['Circular dependency: a.js -> b.js -> a.js'],
			['Generated an empty chunk: "x.js". And then something else']
		]);
		// console.warn is the real one again once the adapter is done.
		expect(console.warn).toBe(warn);
		expect(adapter.name).toBe('noisy');
	});

	it('gives console.warn back when the adapter fails', async () => {
		const before = console.warn;
		const failing = withoutEmptyChunkNotice({
			name: 'failing',
			async adapt() {
				throw new Error('disk full');
			}
		});
		await expect(failing.adapt({} as Builder)).rejects.toThrow('disk full');
		expect(console.warn).toBe(before);
	});
});
