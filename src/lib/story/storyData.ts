/**
 * The story's texts for this dataset (data/story.json, validated with the dataset, filled in from
 * data/articles.json), on the server only: the pages, widgets, exports and oEmbed read their title,
 * intro and credit here.
 */
import { dataset } from '$lib/data/dataset';
import type { Lang } from '$lib/view/options';
import { storyTexts, type StoryTexts } from './story';

export const story: Record<Lang, StoryTexts> = {
	nl: storyTexts(dataset.story, dataset.articles, 'nl'),
	en: storyTexts(dataset.story, dataset.articles, 'en')
};
