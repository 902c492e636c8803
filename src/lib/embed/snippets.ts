/**
 * The embed codes a newsroom pastes into its CMS: a plain iframe of a height that fits the widget
 * at every width from 320 px, or a placeholder that `/embed.js` turns into a self-sizing iframe
 * (the same link inside it until then). Used by the embed dialog and the oEmbed answer.
 */

const entities: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** Escapes text for a double-quoted HTML attribute or element content. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => entities[c]);
}

export interface SnippetInput {
	/** The widget's absolute URL. */
	src: string;
	/** The widget's title: the iframe's accessible name and the fallback link's text. */
	title: string;
	/** The iframe's starting height in pixels, before the widget reports its own. */
	height: number;
	/** A width in pixels the iframe should not exceed (oEmbed's maxwidth); by default the column's. */
	maxWidth?: number;
}

export function iframeSnippet({ src, title, height, maxWidth }: SnippetInput): string {
	const style = `width:100%;${maxWidth ? `max-width:${maxWidth}px;` : ''}border:0`;
	return (
		`<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" loading="lazy" scrolling="no" ` +
		`style="${style}" height="${Math.round(height)}"></iframe>`
	);
}

export interface ScriptSnippetInput {
	/** The site's origin, where `/embed.js` and the widget live. */
	origin: string;
	chart: string;
	/** The widget's query string without `?` (`lang=en&theme=dark`), or ''. */
	options: string;
	title: string;
}

export function scriptSnippet({ origin, chart, options, title }: ScriptSnippetInput): string {
	const href = `${origin}/embed/${chart}${options ? `?${options}` : ''}`;
	const data = options ? ` data-options="${escapeHtml(options)}"` : '';
	return (
		`<div data-belarus-embed="${escapeHtml(chart)}"${data}><a href="${escapeHtml(href)}">${escapeHtml(title)}</a></div>\n` +
		`<script src="${escapeHtml(origin)}/embed.js" async></script>`
	);
}
