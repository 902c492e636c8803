/** Starts the built site (build/ or BUILD_DIR) on a port for the benchmarks. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export async function startBuiltSite(port: number) {
	const dir = resolve(process.env.BUILD_DIR ?? 'build');
	if (!existsSync(`${dir}/index.js`)) throw new Error(`No build in ${dir}: run npm run build first`);
	const url = `http://localhost:${port}`;
	const child = spawn(process.execPath, [`${dir}/index.js`], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: url },
		stdio: 'ignore'
	});
	for (let i = 0; i < 150; i++) {
		try {
			if ((await fetch(url + '/data/figures.json')).ok) break;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	return { url, stop: () => child.kill() };
}
