/**
 * Turns the server render of a chart into a standalone SVG file: takes the `<svg>` out of the page
 * markup and removes what only a live page needs (hydration comments, Svelte's hashed classes,
 * data-/aria- attributes, inline styles), rounds coordinates, and sets the file's size. Pure string
 * work over the markup Svelte writes (attributes always double-quoted, text escaped), no DOM.
 */
import { px } from '$lib/charts/px';

export interface CleanOptions {
	/** The file's size: the root's width, height and viewBox. */
	width: number;
	height: number;
	/**
	 * How much the drawing is scaled up to fill that size: a chart is laid out at a size near the
	 * dashboard's, so its text stays as large relative to the chart as on screen.
	 */
	scale: number;
}

/** The first `<svg …>…</svg>` in `html`, with the `<svg>` elements nested in it. */
export function extractSvg(html: string): string {
	const start = html.indexOf('<svg');
	if (start < 0) throw new Error('The render holds no <svg>');
	const re = /<(\/?)svg\b[^>]*?(\/?)>/g;
	re.lastIndex = start;
	let depth = 0;
	for (let m = re.exec(html); m; m = re.exec(html)) {
		if (m[1]) depth--;
		else if (!m[2]) depth++;
		if (depth === 0) return html.slice(start, m.index + m[0].length);
	}
	throw new Error('The <svg> in the render is not closed');
}

/** Elements that have no place in a file: they run code, hold HTML, or are not drawn. */
const DROPPED_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'audio', 'video', 'canvas']);
/** Elements that may stand before the drawing (the scale group opens after them). */
const HEAD_ELEMENTS = new Set(['title', 'desc', 'metadata', 'style', 'defs']);
/** Attributes that carry words, not numbers: never rounded. */
const TEXT_ATTRIBUTES = new Set(['class', 'id', 'aria-label', 'lang', 'xml:lang']);
/** Root attributes kept for assistive technology when the file is placed inline in a page. */
const ROOT_KEPT = new Set(['role', 'aria-label']);
const XMLNS = 'http://www.w3.org/2000/svg';

/** A comment, a tag (its attributes may hold `>` inside quotes, which Svelte does not escape), or text. */
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:.-]*)((?:[^>"]|"[^"]*")*?)(\/?)>|[^<]+/g;
const ATTRIBUTE = /([^\s=]+)(?:\s*=\s*"([^"]*)")?/g;
const LONG_DECIMAL = /-?\d*\.\d{3,}/g;
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

function roundNumbers(value: string): string {
	return value.replace(LONG_DECIMAL, (s) => px(Number(s)));
}

/** Named HTML entities are not XML: write them as numbers. */
function xmlText(text: string): string {
	return text
		.replace(/&([a-zA-Z][a-zA-Z0-9]*);/g, (all, name: string) =>
			XML_ENTITIES.has(name) ? all : htmlEntity(name)
		)
		.replace(/]]>/g, ']]&gt;');
}
function htmlEntity(name: string): string {
	const known: Record<string, number> = { nbsp: 160, ndash: 8211, mdash: 8212, middot: 183, hellip: 8230 };
	return name in known ? `&#${known[name]};` : `&amp;${name};`;
}

function cleanAttributes(raw: string, root: boolean): [string, string][] {
	const out: [string, string][] = [];
	for (const m of raw.matchAll(ATTRIBUTE)) {
		const name = m[1];
		let value = m[2];
		const lower = name.toLowerCase();
		if (value === undefined || value.trim() === '') continue;
		if (lower.startsWith('data-') || lower.startsWith('on') || lower === 'style' || lower === 'tabindex')
			continue;
		if ((lower.startsWith('aria-') || lower === 'role') && !(root && ROOT_KEPT.has(lower))) continue;
		if ((lower === 'href' || lower === 'xlink:href') && !value.startsWith('#')) continue;
		if (lower === 'class') {
			value = value
				.split(/\s+/)
				.filter((c) => c && !/^svelte-[a-z0-9]+$/.test(c))
				.join(' ');
			if (!value) continue;
		}
		if (!TEXT_ATTRIBUTES.has(lower)) value = roundNumbers(value);
		out.push([name, value]);
	}
	return out;
}

function formatTag(name: string, attributes: [string, string][], selfClosing: boolean): string {
	const attrs = attributes.map(([k, v]) => ` ${k}="${v}"`).join('');
	return `<${name}${attrs}${selfClosing ? '/' : ''}>`;
}

/** The standalone file for the `<svg>` markup of a server render (see the module's note). */
export function cleanSvg(svg: string, o: CleanOptions): string {
	const out: string[] = [];
	/** Open elements, to know the root's children and to skip dropped elements' content. */
	const stack: string[] = [];
	let skipDepth = 0;
	let groupOpen = false;
	const scaled = Math.abs(o.scale - 1) > 1e-9;
	const openGroup = () => {
		if (scaled && !groupOpen) out.push(`<g transform="scale(${px(o.scale)})">`);
		groupOpen = true;
	};

	for (const m of svg.matchAll(TOKEN)) {
		const [token, closing, rawName, rawAttrs = '', selfClose] = m;
		if (token.startsWith('<!--')) continue;
		if (!rawName) {
			if (skipDepth === 0) out.push(xmlText(token));
			continue;
		}
		const name = rawName.toLowerCase();
		if (closing) {
			stack.pop();
			if (skipDepth > 0) {
				skipDepth--;
				continue;
			}
			if (stack.length === 0 && scaled && groupOpen) out.push('</g>');
			out.push(`</${rawName}>`);
			continue;
		}
		if (skipDepth > 0 || DROPPED_ELEMENTS.has(name)) {
			if (!selfClose) {
				stack.push(name);
				skipDepth++;
			}
			continue;
		}
		const root = stack.length === 0;
		let attributes = cleanAttributes(rawAttrs, root);
		if (root) {
			const size: [string, string][] = [
				['xmlns', XMLNS],
				['width', String(o.width)],
				['height', String(o.height)],
				['viewBox', `0 0 ${o.width} ${o.height}`]
			];
			const sized = new Set(size.map(([k]) => k));
			attributes = [...size, ...attributes.filter(([k]) => !sized.has(k))];
		} else if (stack.length === 1 && !HEAD_ELEMENTS.has(name)) {
			openGroup();
		}
		out.push(formatTag(rawName, attributes, Boolean(selfClose)));
		if (!selfClose) stack.push(name);
	}
	return out.join('');
}
