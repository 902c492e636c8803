/** Reads the data files from disk for the node scripts (check:data, extract, bench). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RawDataFiles } from '../lib/data/validate';

export function readDataFiles(dir = 'data'): RawDataFiles {
	const json = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));
	const texts: Record<string, string> = {};
	for (const file of readdirSync(join(dir, 'articles'))) {
		if (file.endsWith('.txt')) texts[file] = readFileSync(join(dir, 'articles', file), 'utf8');
	}
	return {
		articles: json('articles.json'),
		places: json('places.json'),
		figures: json('figures.json'),
		events: json('events.json'),
		story: json('story.json'),
		texts
	};
}
