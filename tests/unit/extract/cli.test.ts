import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src/lib/extract/extract';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function runExtract(args: string[]) {
	return spawnSync('npx', ['tsx', 'src/scripts/extract.ts', ...args], {
		cwd: root,
		encoding: 'utf8',
		timeout: 60_000
	});
}

describe('src/scripts/extract.ts', () => {
	it('prints the candidates of an article as JSON', () => {
		const result = runExtract(['data/articles/004_4113c25ad55cc416.txt', '--date', '2020-09-14', '--json']);
		expect(result.status, result.stderr).toBe(0);
		const candidates = JSON.parse(result.stdout) as Candidate[];
		expect(candidates).toContainEqual(
			expect.objectContaining({
				sentence: 'Zondag werden 774 betogers opgepakt, van wie 500 in de hoofdstad Minsk.',
				text: '774',
				value: 774,
				qualifier: 'exact',
				date: '2020-09-13',
				date_precision: 'day'
			})
		);
	}, 60_000);

	it('exits with 2 and says what a day looks like when --date is not one of the calendar', () => {
		const result = runExtract(['data/articles/004_4113c25ad55cc416.txt', '--date', '2020-13-45']);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('--date needs a day as YYYY-MM-DD');
		expect(result.stderr).not.toContain('RangeError');
		expect(result.stdout).toBe('');
	}, 60_000);

	it('exits with 2 and says so when the article file is missing', () => {
		const result = runExtract(['data/articles/no-such-article.txt', '--date', '2020-09-14']);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('no such article file: data/articles/no-such-article.txt');
		expect(result.stdout).toBe('');
	}, 60_000);
});
