/**
 * Starts the built site (build/ or BUILD_DIR) with `npm run serve`'s server (scripts/serve.js:
 * compression and cache headers included) for the benchmarks, on the given port or a free one.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export async function freePort(): Promise<number> {
	return new Promise((done, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => done(port));
		});
	});
}

export async function startBuiltSite(port?: number) {
	const dir = resolve(process.env.BUILD_DIR ?? 'build');
	if (!existsSync(`${dir}/index.js`)) throw new Error(`No build in ${dir}: run npm run build first`);
	port ??= await freePort();
	const url = `http://localhost:${port}`;
	const child = spawn(process.execPath, ['scripts/serve.js'], {
		env: { ...process.env, BUILD_DIR: dir, PORT: String(port), HOST: '127.0.0.1', ORIGIN: url },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const until = Date.now() + 15_000;
	for (;;) {
		try {
			if ((await fetch(url + '/data/figures.json')).ok) break;
		} catch {
			// not up yet
		}
		if (Date.now() > until) throw new Error(`The site did not start at ${url}`);
		await new Promise((r) => setTimeout(r, 100));
	}
	return { url, stop: () => child.kill() };
}
