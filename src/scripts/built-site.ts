/**
 * Starts the built site (build/ or BUILD_DIR) with `npm run serve`'s server (src/scripts/serve.js:
 * compression and cache headers included) for the benchmarks and the server tests: on `port` (a
 * free one when 0), with extra environment (e.g. PNG_WORKERS). Resolves once the site answers, and
 * tells the peak resident memory (the kernel's VmHWM, Linux) of the server and of its PNG workers
 * (child processes) that are still running.
 */
import { printed } from './printed';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export interface BuiltSite {
	url: string;
	/** The server has not exited. */
	running(): boolean;
	/** Peak resident memory so far, in MB: the server process, and its worker processes together. */
	peakRssMb(): { server: number; workers: number };
	stop(): void;
}

export function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => done(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

/** VmHWM of a process in kB, or 0 once it has exited. */
function peakKb(pid: number): number {
	try {
		return Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
	} catch {
		return 0;
	}
}

export async function startBuiltSite(port = 0, env: Record<string, string> = {}): Promise<BuiltSite> {
	const dir = resolve(env.BUILD_DIR ?? process.env.BUILD_DIR ?? 'build');
	if (!existsSync(`${dir}/index.js`)) throw new Error(`No build in ${dir}: run npm run build first`);
	const url = `http://localhost:${port || (await freePort())}`;
	const child = spawn(process.execPath, ['src/scripts/serve.js'], {
		// ORIGIN in `env` names a public origin other than the one it listens on (the static build's).
		env: { ...process.env, ORIGIN: url, ...env, BUILD_DIR: dir, PORT: new URL(url).port, HOST: '127.0.0.1' },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const running = () => child.exitCode === null && child.signalCode === null;
	await printed(child, /^Listening on /m).catch((e: Error) => {
		throw new Error(`The built site did not start at ${url}: ${e.message}`);
	});
	const children = () =>
		readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8')
			.split(' ')
			.filter(Boolean)
			.map(Number);
	return {
		url,
		running,
		peakRssMb: () => ({
			server: Math.round(peakKb(child.pid!) / 1024),
			workers: Math.round(children().reduce((sum, pid) => sum + peakKb(pid), 0) / 1024)
		}),
		stop: () => child.kill()
	};
}
