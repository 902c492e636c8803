/**
 * The PNG workers' settings, from the environment:
 *
 * - `PNG_WORKERS`: PNGs drawn at once, each on its own thread. Default: one per core but one (left to
 *   the pages), at least 1, at most 4 (a 36-megapixel file needs ~450 MB while it is drawn).
 * - `PNG_QUEUE`: requests that wait for a worker. Default: 4 per worker. Any more are answered 503.
 * - `PNG_TIMEOUT_MS`: the time limit of one render. Default: 10000. A render past it is stopped.
 *
 * A value that is not a whole number in range is an error naming the variable and what is allowed.
 */
export interface PoolConfig {
	workers: number;
	queue: number;
	timeoutMs: number;
}

type Env = Record<string, string | undefined>;

function whole(env: Env, name: string, min: number, max: number, fallback: number): number {
	const raw = env[name]?.trim();
	if (!raw) return fallback;
	const n = Number(raw);
	if (!/^\d+$/.test(raw) || n < min || n > max)
		throw new Error(`${name} must be a whole number from ${min} to ${max} (or unset for ${fallback}).`);
	return n;
}

export function pngPoolConfig(env: Env, cores: number): PoolConfig {
	const workers = whole(env, 'PNG_WORKERS', 1, 64, Math.min(4, Math.max(1, cores - 1)));
	return {
		workers,
		queue: whole(env, 'PNG_QUEUE', 0, 1000, 4 * workers),
		timeoutMs: whole(env, 'PNG_TIMEOUT_MS', 1, 600_000, 10_000)
	};
}
