/**
 * Admission to a fixed number of slots with a short waiting line. `enter()` gives the promise of a
 * slot (at once when one is free, in order of arrival otherwise), or `null` when every slot is taken
 * and the line is full: the caller answers "busy" instead of waiting. A slot is freed by calling the
 * release it came with (again is a no-op), which hands it to the first in line.
 */
export type Release = () => void;

export interface Gate {
	enter(): Promise<Release> | null;
}

export function createGate(slots: number, lineLength: number): Gate {
	let running = 0;
	const line: ((release: Release) => void)[] = [];

	function grant(): Release {
		running++;
		let released = false;
		return () => {
			if (released) return;
			released = true;
			running--;
			line.shift()?.(grant());
		};
	}

	return {
		enter() {
			if (running < slots) return Promise.resolve(grant());
			if (line.length >= lineLength) return null;
			return new Promise<Release>((resolve) => line.push(resolve));
		}
	};
}
