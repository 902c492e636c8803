/** `npm run check:data`: validates data/ exactly as the build does; exits 1 with every problem found. */
import { DataError, validateDataset } from '../lib/data/validate';
import { readDataFiles } from './read-data';

try {
	const d = validateDataset(readDataFiles());
	console.log(
		`data/ is valid: ${d.articles.length} articles, ${d.places.length} places, ` +
			`${d.figures.length} figures, ${d.events.length} events, the period ${d.period.from} to ${d.period.to}; every quote found in its article.`
	);
} catch (error) {
	if (!(error instanceof DataError)) throw error;
	console.error(error.message);
	process.exit(1);
}
