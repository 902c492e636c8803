import { error } from '@sveltejs/kit';
import { dataset } from '$lib/data/dataset';
import { highlightPieces } from '$lib/data/quoteContext';
import { parseOptions } from '$lib/view/options';
import { optionErrorMessage } from '$lib/view/optionError';

export function load({ params, url }) {
	const article = dataset.articles.find((a) => a.id === params.id);
	if (!article)
		error(404, `No article with that id. Articles: ${dataset.articles.map((a) => a.id).join(', ')}.`);
	const parsed = parseOptions(url.searchParams, ['lang'], dataset.period, 'ignore');
	if (!parsed.ok) error(400, optionErrorMessage(parsed.error));
	const records = [...dataset.figures, ...dataset.events].filter((r) => r.article === article.id);
	const text = dataset.texts[article.id];
	// Paragraphs keep their pieces apart, so each becomes its own <p>.
	const paragraphs = text.split(/\n\s*\n/).map((p) => highlightPieces(p, records));
	return {
		article,
		paragraphs,
		records: records.map((r) => ({ id: r.id, date: r.date, title: 'metric' in r ? r.metric : r.kind })),
		lang: parsed.options.lang
	};
}
