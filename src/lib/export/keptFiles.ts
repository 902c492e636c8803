/**
 * Files made by the export workers, kept by request: up to a number of bytes (the least recently
 * asked for go first, so however many different requests a client makes, memory stays bounded), and identical
 * requests while a file is made share its one making. What could not be made (the pool busy, a
 * render stopped) is not kept, nor what `keeps` declines (the pages kept: an error page).
 */
import type { Outcome } from './workerPool';

export interface KeptFiles<T> {
	get(key: string, make: () => Promise<Outcome<T>>): Promise<Outcome<T>>;
	/** Bytes kept and files kept: for the tests that hold the store to its bound. */
	readonly bytes: number;
	readonly size: number;
}

export function createKeptFiles<T>(
	maxBytes: number,
	bytesOf: (file: T) => number,
	keeps: (file: T) => boolean = () => true
): KeptFiles<T> {
	const files = new Map<string, T>();
	const making = new Map<string, Promise<Outcome<T>>>();
	let bytes = 0;

	function keep(key: string, file: T) {
		files.set(key, file);
		bytes += bytesOf(file);
		for (const [oldKey, old] of files) {
			if (bytes <= maxBytes) break;
			files.delete(oldKey);
			bytes -= bytesOf(old);
		}
	}

	return {
		get(key, make) {
			const kept = files.get(key);
			if (kept) {
				// The newest again: a file readers keep asking for stays.
				files.delete(key);
				files.set(key, kept);
				return Promise.resolve({ ok: true, value: kept });
			}
			let made = making.get(key);
			if (!made) {
				made = make()
					.then((outcome) => {
						if (outcome.ok && keeps(outcome.value)) keep(key, outcome.value);
						return outcome;
					})
					.finally(() => making.delete(key));
				making.set(key, made);
			}
			return made;
		},
		get bytes() {
			return bytes;
		},
		get size() {
			return files.size;
		}
	};
}
