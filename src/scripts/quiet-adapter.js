/**
 * adapter-node 5 bundles Vite 8's server output again with Rollup, keeping each Vite chunk as a file.
 * Two of Vite's chunks only re-export (svelte/server's `render`, Kit's env module), so Rollup finds
 * them empty and prints "Generated an empty chunk", which reads like a failure on a fresh build.
 * The adapter takes no Rollup log options; this quiets exactly that message while it adapts.
 * @param {import('@sveltejs/kit').Adapter} inner
 * @returns {import('@sveltejs/kit').Adapter}
 */
export function withoutEmptyChunkNotice(inner) {
	return {
		...inner,
		async adapt(builder) {
			const warn = console.warn;
			console.warn = (...args) => {
				if (!/^Generated an empty chunk: "[\w/.-]+"\.$/.test(String(args[0]))) warn(...args);
			};
			try {
				await inner.adapt(builder);
			} finally {
				console.warn = warn;
			}
		}
	};
}
