/** `npm run check:data`: validates data/ exactly as the build does; exits 1 with every problem found. */
import { readFileSync } from 'node:fs';
import { DataError, validateDataset } from '../lib/data/validate';
import { parseStory } from '../lib/story/story';
import { readDataFiles } from './read-data';

try {
	const d = validateDataset(readDataFiles());
	parseStory(JSON.parse(readFileSync('data/story.json', 'utf8')));
	console.log(
		`data/ is valid: ${d.articles.length} articles, ${d.places.length} places, ` +
			`${d.figures.length} figures, ${d.events.length} events; every quote found in its article.`
	);
} catch (error) {
	if (!(error instanceof DataError)) throw error;
	console.error(error.message);
	process.exit(1);
}
