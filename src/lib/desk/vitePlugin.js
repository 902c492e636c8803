/**
 * Gives a development server (`npm run dev`, `npm run desk`) the desk's token: the one in DESK_TOKEN,
 * or a new random one, printed with the desk's address as the server starts. The desk's pages read it
 * (src/lib/desk/guard.server.ts); it lives only in this process's memory. Keeps the server on
 * 127.0.0.1, the only address the desk answers on. Plain JavaScript, as vite.config.ts loads it.
 */
import { randomBytes } from 'node:crypto';

/** @returns {import('vite').Plugin} */
export function deskToken() {
	return {
		name: 'desk-token',
		apply: 'serve',
		config: () => ({ server: { host: '127.0.0.1' } }),
		configureServer(server) {
			if (process.env.VITEST) return;
			process.env.DESK_TOKEN ||= randomBytes(24).toString('base64url');
			server.httpServer?.once('listening', () => {
				const address = server.httpServer?.address();
				const port = typeof address === 'object' && address ? address.port : server.config.server.port;
				console.log(`\n  Desk: http://127.0.0.1:${port}/desk#token=${process.env.DESK_TOKEN}\n`);
			});
		}
	};
}
