/**
 * The extractor's full output over the five articles, compared with a checked-in, human-reviewed file.
 * A change in any candidate fails the test and writes candidates.snapshot-changed.json beside the
 * snapshot: compare the two, and if the new output is right, replace the snapshot with it.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { expect, it } from 'vitest';
import { extractCandidates } from '../../../src/lib/extract/extract';
import type { PlaceName } from '../../../src/lib/extract/places';

/** The articles' publication days, as decided in data/articles.json. */
const articleDays: Record<string, string> = {
	'000_f11f0454d77a2b02.txt': '2020-08-17',
	'001_94b4341cbd3b6ace.txt': '2020-10-12',
	'002_e80c7a13b4d753be.txt': '2020-08-16',
	'003_8cc9d30fe68c87ab.txt': '2020-08-15',
	'004_4113c25ad55cc416.txt': '2020-09-14'
};

const snapshotFile = fileURLToPath(new URL('candidates.snapshot.json', import.meta.url));
const changedFile = fileURLToPath(new URL('candidates.snapshot-changed.json', import.meta.url));
const placesFile = fileURLToPath(new URL('../../../data/places.json', import.meta.url));

function loadPlaces(): PlaceName[] {
	if (!existsSync(placesFile)) return [];
	const places = JSON.parse(readFileSync(placesFile, 'utf8')) as {
		id: string;
		name_nl: string;
		aliases: string[];
	}[];
	return places.map((place) => ({ id: place.id, names: [place.name_nl, ...place.aliases] }));
}

it('extracts the reviewed candidates from the five articles', () => {
	const places = loadPlaces();
	const output: Record<string, ReturnType<typeof extractCandidates>> = {};
	for (const [file, articleDay] of Object.entries(articleDays)) {
		const text = readFileSync(new URL(`../../../data/articles/${file}`, import.meta.url), 'utf8');
		output[file] = extractCandidates(text, { articleDay, places });
	}
	// Compared as data, not as text, so the snapshot may be laid out by prettier like any other file.
	const actual = JSON.parse(JSON.stringify(output)) as unknown;
	const expected = existsSync(snapshotFile)
		? (JSON.parse(readFileSync(snapshotFile, 'utf8')) as unknown)
		: null;
	if (isDeepStrictEqual(actual, expected)) {
		rmSync(changedFile, { force: true });
		return;
	}
	writeFileSync(changedFile, `${JSON.stringify(output, null, '\t')}\n`);
	expect.fail(
		expected === null
			? `no snapshot yet: review ${changedFile} and rename it to candidates.snapshot.json`
			: `the candidates changed: compare ${changedFile} with candidates.snapshot.json, and replace the ` +
					'snapshot if the new output is right'
	);
});
