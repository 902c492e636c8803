/**
 * The dataset, read from `data/` at build time by Vite and validated once, when this module loads:
 * a broken data file stops `npm run build` with the messages of `validateDataset`.
 */
import articles from '$data/articles.json';
import places from '$data/places.json';
import figures from '$data/figures.json';
import events from '$data/events.json';
import story from '$data/story.json';
import { validateDataset } from './validate';

const articleFiles = import.meta.glob('/data/articles/*.txt', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

const texts = Object.fromEntries(
	Object.entries(articleFiles).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text])
);

export const dataset = validateDataset({ articles, places, figures, events, story, texts });
