/**
 * Starts the built site (`build/`, or BUILD_DIR) with the server `npm run serve` runs
 * (src/scripts/serve.js: compression and cache headers included) on TEST_PORT (default 4173) for the
 * browser tests, and gives them its URL as `baseUrl`. `npm test` builds first.
 */
import { printed } from '../../src/scripts/printed';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

export default async function setup(project: TestProject) {
	const port = Number(process.env.TEST_PORT ?? 4173);
	const buildDir = resolve(process.env.BUILD_DIR ?? 'build');
	if (!existsSync(`${buildDir}/index.js`))
		throw new Error(`No build in ${buildDir}: run npm run build first`);
	const baseUrl = `http://localhost:${port}`;
	const server: ChildProcess = spawn(process.execPath, ['src/scripts/serve.js'], {
		env: { ...process.env, BUILD_DIR: buildDir, PORT: String(port), HOST: '127.0.0.1', ORIGIN: baseUrl },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await printed(server, /^Listening on /m);
	project.provide('baseUrl', baseUrl);
	return () => {
		server.kill();
	};
}
