/**
 * Stops a server on SIGTERM and SIGINT: it takes no new connection, closes the idle ones, and the
 * process exits once the open requests are answered, or after 5 s.
 *
 * @param {import('node:http').Server} server
 */
export function stopOnSignals(server) {
	function shutdown() {
		server.close(() => process.exit(0));
		server.closeIdleConnections();
		setTimeout(() => process.exit(0), 5000).unref();
	}
	process.on('SIGTERM', shutdown);
	process.on('SIGINT', shutdown);
}
