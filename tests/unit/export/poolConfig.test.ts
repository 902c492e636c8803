/**
 * The PNG workers' settings from the environment: defaults from the cores, explicit values taken,
 * and a wrong value refused with the variable's name and what is allowed.
 */
import { describe, expect, it } from 'vitest';
import { pngPoolConfig } from '$lib/export/poolConfig';

describe('PNG pool settings', () => {
	it('leaves a core to the pages, up to 4 workers, each with 4 places in the queue, 10 s a render', () => {
		expect(pngPoolConfig({}, 1)).toEqual({ workers: 1, queue: 4, timeoutMs: 10_000 });
		expect(pngPoolConfig({}, 2)).toEqual({ workers: 1, queue: 4, timeoutMs: 10_000 });
		expect(pngPoolConfig({}, 4)).toEqual({ workers: 3, queue: 12, timeoutMs: 10_000 });
		expect(pngPoolConfig({}, 32)).toEqual({ workers: 4, queue: 16, timeoutMs: 10_000 });
	});

	it('takes PNG_WORKERS, PNG_QUEUE and PNG_TIMEOUT_MS', () => {
		const env = { PNG_WORKERS: '2', PNG_QUEUE: '0', PNG_TIMEOUT_MS: '1500' };
		expect(pngPoolConfig(env, 2)).toEqual({ workers: 2, queue: 0, timeoutMs: 1500 });
		expect(pngPoolConfig({ PNG_WORKERS: '3', PNG_QUEUE: '' }, 2)).toEqual({
			workers: 3,
			queue: 12,
			timeoutMs: 10_000
		});
	});

	it.each([
		['PNG_WORKERS', '0', 'PNG_WORKERS must be a whole number from 1 to 64'],
		['PNG_WORKERS', 'many', 'PNG_WORKERS must be a whole number from 1 to 64'],
		['PNG_QUEUE', '-1', 'PNG_QUEUE must be a whole number from 0 to 1000'],
		['PNG_TIMEOUT_MS', '2.5', 'PNG_TIMEOUT_MS must be a whole number from 1 to 600000']
	])('refuses %s=%s, naming what is allowed', (name, value, message) => {
		expect(() => pngPoolConfig({ [name]: value }, 2)).toThrow(message);
	});
});
