/**
 * The story's texts for this dataset (data/story.json filled in from data/articles.json), on the
 * server only: the pages, widgets, exports and oEmbed read their title, intro and credit here.
 */
import raw from '$data/story.json';
import { dataset } from '$lib/data/dataset';
import type { Lang } from '$lib/view/options';
import { parseStory, storyTexts, type StoryTexts } from './story';

const file = parseStory(raw);

export const story: Record<Lang, StoryTexts> = {
	nl: storyTexts(file, dataset.articles, 'nl'),
	en: storyTexts(file, dataset.articles, 'en')
};
