/**
 * The bounded worker pool the PNG export draws in, with a test worker whose tasks wait for an answer
 * the test gives when it wants them to end (so "busy" is a state, not a race) or never end: results
 * come from another process, what is beyond the workers and the queue is refused at once, the waiting
 * run in order, and a task past its time limit is answered `timeout` while its worker is replaced.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkerPool, type WorkerPool } from '$lib/export/workerPool';
import * as heldWorker from './fixtures/heldWorker.js';

type Task = Parameters<typeof heldWorker.default>[0];
type Result = Awaited<ReturnType<typeof heldWorker.default>>;

let pool: WorkerPool<Task, Result> | undefined;
let closeHold: (() => void) | undefined;
afterEach(async () => {
	closeHold?.();
	await pool?.close();
});

/** A hold on loopback: a task asking `url` is `started` once its request is in, and ends on `release()`. */
async function hold() {
	let arrived: (res: ServerResponse) => void;
	const request = new Promise<ServerResponse>((resolve) => (arrived = resolve));
	const server = createServer((_, res) => arrived(res));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	closeHold = () => server.close();
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
		started: request,
		release: async () => (await request).end('go')
	};
}

describe('worker pool', () => {
	it('does a task in another process and answers its result', async () => {
		pool = createWorkerPool(heldWorker, { workers: 1, queue: 0, timeoutMs: 20_000 });
		const outcome = await pool.run(() => ({ value: 42 }));
		expect(outcome).toMatchObject({ ok: true, value: { value: 42 } });
		expect(outcome.ok && outcome.value.pid).not.toBe(process.pid);
	});

	it('refuses at once what is beyond its workers and queue, and runs the waiting in order', async () => {
		pool = createWorkerPool(heldWorker, { workers: 1, queue: 1, timeoutMs: 20_000 });
		const first = await hold();
		const built: string[] = [];
		const running = pool.run(() => (built.push('first'), { value: 1, holdUrl: first.url }));
		await first.started;
		const waiting = pool.run(() => (built.push('second'), { value: 2 }));
		expect(await pool.run(() => (built.push('third'), { value: 3 }))).toEqual({ ok: false, reason: 'busy' });
		// The waiting task is built only when a worker is free for it.
		expect(built).toEqual(['first']);
		await first.release();
		expect(await running).toMatchObject({ ok: true, value: { value: 1 } });
		expect(await waiting).toMatchObject({ ok: true, value: { value: 2 } });
		expect(built).toEqual(['first', 'second']);
	});

	it('stops a task past its time limit, answers timeout, and goes on with a new worker', async () => {
		pool = createWorkerPool(heldWorker, { workers: 1, queue: 1, timeoutMs: 2000 });
		const before = await pool.run(() => ({ value: 0 }));
		const endless = pool.run(() => ({ spin: true }));
		const next = pool.run(() => ({ value: 1 }));
		expect(await endless).toEqual({ ok: false, reason: 'timeout' });
		// Until the stopped process has exited, its slot is taken: nothing else is drawn beside it.
		expect(await pool.run(() => ({ value: 2 }))).toEqual({ ok: false, reason: 'busy' });
		const after = await next;
		expect(after).toMatchObject({ ok: true, value: { value: 1 } });
		expect(before.ok && after.ok && after.value.pid !== before.value.pid).toBe(true);
	});
});
