/**
 * A bounded pool of worker processes (tinypool, child_process runtime) for work the event loop must not
 * wait for. At most `workers` tasks run at once and at most `queue` more wait, in order; a task beyond
 * that is refused at once (`busy`). A task is built (`makeTask`) only when its turn comes, so a waiting
 * request holds nothing but its place in line.
 *
 * A task running past `timeoutMs` is stopped (`timeout`): its worker process is killed and another
 * started when needed. Processes, not threads, because a thread cannot be stopped inside a native call
 * (resvg's render) and leaks that call's memory when terminated; a killed process gives it all back.
 * The slot is free again only when the stopped process has exited, so no more than `workers` tasks
 * ever hold memory at once. Workers run below the server in the scheduler (nice +10), so they take
 * only the CPU the pages leave, and with `--expose-gc`, so a task can free its native memory at once.
 */
import { setPriority } from 'node:os';
import Tinypool, { type TinypoolWorker } from 'tinypool';
import { createGate } from './gate';
import type { PoolConfig } from './poolConfig';

/**
 * A module a worker loads: its default export does one task, `workerUrl` is its own `import.meta.url`
 * (so the address is right in the sources and in the build alike).
 */
export interface WorkerModule<In, Out> {
	default: (input: In) => Out | Promise<Out>;
	workerUrl: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: 'busy' | 'timeout' };

/** Other tasks a worker module exports by name (the presenter's pack besides the PNG). */
export type NamedTasks = Record<string, (input: never) => unknown>;

export interface WorkerPool<In, Out, Named extends NamedTasks = Record<never, never>> {
	run(makeTask: () => In): Promise<Outcome<Out>>;
	/** A task the module exports as `name`, in the same slots and line as the default task. */
	runNamed<K extends keyof Named & string>(
		name: K,
		makeTask: () => Parameters<Named[K]>[0]
	): Promise<Outcome<Awaited<ReturnType<Named[K]>>>>;
	readonly config: PoolConfig;
	close(): Promise<void>;
}

/** An idle worker exits after this long, giving back the memory its last task left behind. */
const IDLE_MS = 30_000;
/** How much lower the workers' scheduling priority is than the server's (Unix `nice`). */
const NICE = 10;

const exited = (worker: TinypoolWorker) =>
	new Promise<void>((resolve) => worker.once('exit', () => resolve()));

/** `worker`: the module itself (imported, which also keeps its task in the build). */
export function createWorkerPool<In, Out, Named extends NamedTasks = Record<never, never>>(
	worker: WorkerModule<In, Out> & NoInfer<Named>,
	config: PoolConfig,
	named: readonly (keyof Named & string)[] = []
): WorkerPool<In, Out, Named> {
	// Read here, the tasks are also kept in the build, where nothing in the server calls them.
	for (const name of ['default', ...named] as const) {
		if (typeof (worker as Record<string, unknown>)[name] !== 'function')
			throw new Error(`${worker.workerUrl} exports no task "${name}"`);
	}
	const gate = createGate(config.workers, config.queue);
	const tinypool = new Tinypool({
		filename: worker.workerUrl,
		runtime: 'child_process',
		// Typed arrays arrive as typed arrays, not as JSON.
		serialization: 'advanced',
		execArgv: ['--expose-gc'],
		minThreads: 0,
		maxThreads: config.workers,
		idleTimeout: IDLE_MS
	});
	// A worker failing outside a task must not take the server down; a task's failure rejects its run.
	tinypool.on('error', (error) => console.error('Export worker failed:', error));

	/** Every worker (a child process; its `threadId` is its pid) below the server in the scheduler. */
	function lowerPriority() {
		for (const { threadId } of tinypool.threads) {
			try {
				setPriority(threadId, NICE);
			} catch {
				// exited meanwhile
			}
		}
	}

	async function run<I, O>(makeTask: () => I, name = 'default'): Promise<Outcome<O>> {
		const entered = gate.enter();
		if (!entered) return { ok: false, reason: 'busy' };
		const release = await entered;
		const abort = new AbortController();
		let stopped: Promise<unknown> = Promise.resolve();
		const timer = setTimeout(() => {
			const before = tinypool.threads;
			abort.abort();
			const gone = before.filter((w) => !tinypool.threads.includes(w));
			stopped = Promise.all(gone.map(exited));
		}, config.timeoutMs);
		try {
			const result: Promise<O> = tinypool.run(makeTask(), { signal: abort.signal, name });
			lowerPriority();
			return { ok: true, value: await result };
		} catch (error) {
			if (abort.signal.aborted) return { ok: false, reason: 'timeout' };
			throw error;
		} finally {
			clearTimeout(timer);
			void stopped.then(release);
		}
	}

	return {
		run: (makeTask) => run(makeTask),
		runNamed: (name, makeTask) => run(makeTask, name),
		config,
		close: () => tinypool.destroy()
	};
}
