// The `compression` middleware as src/scripts/serve.js uses it (the package ships no types).
declare module 'compression' {
	import type { IncomingMessage, ServerResponse } from 'node:http';
	import type { BrotliOptions, ZlibOptions } from 'node:zlib';
	type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
	export default function compression(
		options?: ZlibOptions & { threshold?: number; brotli?: BrotliOptions }
	): Middleware;
}
