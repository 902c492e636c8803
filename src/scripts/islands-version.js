/**
 * The build's version: a hash of the islands' scripts, so that the same code gives the same version
 * on every build and every instance. svelte.config.js gives it to Kit (`version`, written into each
 * script URL as `?v=`); src/scripts/serve.js computes it again from the build to know which `?v=` it
 * may let caches keep for a year.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {string} dir the islands' folder (static/islands, or build/client/islands)
 * @returns {string | null} null when the islands are not built yet
 */
export function islandsVersion(dir) {
	if (!existsSync(dir)) return null;
	const hash = createHash('sha256');
	const files = readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.js'))
		.map((e) => join(e.parentPath, e.name))
		.sort();
	for (const file of files) hash.update(file.slice(dir.length)).update(readFileSync(file));
	return hash.digest('hex').slice(0, 12);
}
