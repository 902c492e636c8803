/**
 * What the presenter's pack (`/export/pack.zip`) holds besides its pictures, pure and tested: the
 * records of the period as the dashboard shows them (`packRecords`), and the texts that go with
 * them: `SOURCES.md` (each article with the sentences used, and how each vague count is drawn) and
 * `README.md` (what the pack is, its period, the files, the licence terms).
 */
import { figureBounds } from '$lib/charts/bounds';
import { articleShortId } from '$lib/data/articleRef';
import { overlaps, type DayRange } from '$lib/charts/range';
import type { Article, Event, Figure, Records } from '$lib/data/schema';
import { widgetRecords } from '$lib/embed/widgetRecords';
import { formatDate, formatDateSpan, formatNumber, formatValue } from '$lib/i18n/format';
import { ATTRIBUTION, DATA_LICENCE, QUOTES_NOTICE } from '$lib/api/licence';
import type { Lang } from '$lib/view/options';
import type { ExportId } from './urls';

export interface PackRecords {
	figures: Figure[];
	events: Event[];
	/** The articles they come from, oldest first. */
	articles: Article[];
}

/**
 * The records the pack's charts and map show for the period, and the records that tell more about
 * one of them (`describes`: shown in its source panel), in the order of `/data/figures.csv`. Only
 * those of the period: a chart draws a claim once, and another report of it dated outside the
 * period (shown in the mark's source panel) is left out, so the pack's CSV is `/data/figures.csv`
 * cut to the period.
 */
export function packRecords(d: Records, range: DayRange, charts: readonly ExportId[]): PackRecords {
	const shown = new Set<string>();
	for (const id of charts) {
		const r = widgetRecords(id, d, range);
		for (const x of [...r.figures, ...r.events]) shown.add(x.id);
	}
	const included = (r: Figure | Event) =>
		overlaps(r, range) && (shown.has(r.id) || (r.describes ?? []).some((id) => shown.has(id)));
	const figures = d.figures.filter(included);
	const events = d.events.filter(included);
	const cited = new Set([...figures, ...events].map((r) => r.article));
	const articles = d.articles.filter((a) => cited.has(a.id)).sort((a, b) => (a.date < b.date ? -1 : 1));
	return { figures, events, articles };
}

const words = {
	nl: {
		sources: 'Bronnen',
		intro: (n: number, period: string) =>
			`${n === 1 ? 'Het artikel' : `De ${n} artikelen`} waar de cijfers en gebeurtenissen van ${period} uit komen, met de zinnen die zijn gebruikt (letterlijk, in het Nederlands).`,
		counts: (records: number, articles: number) =>
			`${records} ${records === 1 ? 'record' : 'records'} uit ${articles} ${articles === 1 ? 'artikel' : 'artikelen'}`,
		article: 'Artikel',
		day: 'Dag van het artikel',
		drawn: 'Getekend als',
		range: (lo: string, hi: string) => `bandbreedte ${lo}–${hi}`,
		open: (lo: string) => `staaf vanaf ${lo} met open bovenkant (geen bovengrens)`,
		point: (v: string) => `precies ${v}`,
		vague:
			'Vage aantallen blijven vaag: "duizenden" wordt een bandbreedte (2 tot 10 keer de eenheid) met het woord erbij, "meer dan 700" een staaf met een open bovenkant, "ongeveer" ±10 %.',
		readmeTitle: 'Alles voor mijn dia’s',
		what: (period: string, size: string) =>
			`Alle grafieken en de kaart van ${period}, als SVG en PNG van ${size} pixels, met de cijfers die ze tonen en hun bronnen.`,
		files: 'Bestanden',
		svg: 'SVG: te bewerken in PowerPoint, Keynote, Illustrator; tekst blijft tekst, de records en citaten staan in `<metadata>`.',
		png: 'PNG: voor elke presentatie.',
		csv: '`figures.csv`: precies de records die de grafieken en de kaart tonen, in de kolommen van `/data/figures.csv`.',
		json: '`figures.json`: dezelfde records, met hun artikelen en plaatsen.',
		sourcesFile: '`SOURCES.md`: elk artikel met de gebruikte zinnen, en hoe vage aantallen getekend zijn.',
		licence: 'Licentie',
		credit: (a: string) =>
			`Vermeld bij gebruik: "${a}". Bron en credit staan op elke afbeelding; laat ze staan.`
	},
	en: {
		sources: 'Sources',
		intro: (n: number, period: string) =>
			`The ${n === 1 ? 'article' : `${n} articles`} the figures and events of ${period} come from, with the sentences used (verbatim, in Dutch, with our translation).`,
		counts: (records: number, articles: number) =>
			`${records} ${records === 1 ? 'record' : 'records'} from ${articles} ${articles === 1 ? 'article' : 'articles'}`,
		article: 'Article',
		day: 'Day of the article',
		drawn: 'Drawn as',
		range: (lo: string, hi: string) => `range ${lo}–${hi}`,
		open: (lo: string) => `bar from ${lo} with an open top (no upper bound)`,
		point: (v: string) => `exactly ${v}`,
		vague:
			'Vague counts stay vague: "duizenden" (thousands) is drawn as a range (2 to 10 times its unit) labelled with its word, "meer dan 700" (more than 700) as a bar with an open top, "ongeveer" (about) ±10 %.',
		readmeTitle: 'Everything for my slides',
		what: (period: string, size: string) =>
			`Every chart and the map of ${period}, as SVG and PNG of ${size} pixels, with the figures they show and their sources.`,
		files: 'Files',
		svg: 'SVG: editable in PowerPoint, Keynote, Illustrator; text stays text, the records and quotes are in `<metadata>`.',
		png: 'PNG: for any presentation.',
		csv: '`figures.csv`: exactly the records the charts and the map show, in the columns of `/data/figures.csv`.',
		json: '`figures.json`: the same records, with their articles and places.',
		sourcesFile: '`SOURCES.md`: each article with the sentences used, and how vague counts are drawn.',
		licence: 'Licence',
		credit: (a: string) =>
			`Credit when you use it: "${a}". Each image carries its source line and credit; keep them.`
	}
} as const;

export function periodText(range: DayRange, lang: Lang): string {
	return formatDateSpan(range.from, range.to === range.from ? null : range.to, lang);
}

/** The metrics a chart draws as bars and ranges (the others are named in panels and the map, not drawn to scale). */
const CHARTED = new Set<Figure['metric']>(['arrests', 'protest_size']);

/** How a figure is drawn, in words: the range, the open bar, or the number. */
function drawnAs(f: Figure, lang: Lang): string {
	const w = words[lang];
	const b = figureBounds(f);
	const n = (v: number) => formatNumber(Math.round(v), lang);
	if (b.open) return w.open(n(b.lower));
	if (b.lower !== b.upper) return w.range(n(b.lower), n(b.upper));
	return w.point(n(b.lower));
}

/** A quote as a Markdown block quote, every line marked (a quote never ends the list it is in). */
const blockQuote = (s: string) =>
	s
		.split('\n')
		.map((l) => `> ${l}`)
		.join('\n');

export function sourcesMarkdown(p: PackRecords, range: DayRange, lang: Lang): string {
	const w = words[lang];
	const out = [
		`# ${w.sources}: ${ATTRIBUTION}`,
		'',
		w.intro(p.articles.length, periodText(range, lang)),
		'',
		w.vague,
		''
	];
	for (const a of p.articles) {
		out.push(`## ${articleShortId(a.id)} ${lang === 'en' ? a.title_en : a.title}`, '');
		if (lang === 'en') out.push(`*${a.title}*`, '');
		out.push(`- ${w.article}: \`${a.id}\``, `- ${w.day}: ${formatDate(a.date, lang)} (${a.date})`, '');
		const records: (Figure | Event)[] = [...p.figures, ...p.events].filter((r) => r.article === a.id);
		for (const r of records.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))) {
			const what =
				'metric' in r
					? `${formatValue(r, lang)} (${r.metric})` +
						(CHARTED.has(r.metric) ? `; ${w.drawn.toLowerCase()}: ${drawnAs(r, lang)}` : '')
					: lang === 'en'
						? r.title_en
						: r.title_nl;
			out.push(
				`### ${formatDateSpan(r.date, r.date_end, lang)}: ${what}`,
				'',
				`\`${r.id}\``,
				'',
				blockQuote(r.quote),
				''
			);
			if (lang === 'en') out.push(blockQuote(`*${r.quote_en}*`), '');
		}
	}
	return out.join('\n');
}

export interface PackReadmeInput {
	range: DayRange;
	lang: Lang;
	size: { width: number; height: number };
	records: PackRecords;
	files: string[];
}

export function packReadme({ range, lang, size, records, files }: PackReadmeInput): string {
	const w = words[lang];
	const count = records.figures.length + records.events.length;
	return [
		`# ${w.readmeTitle}: ${ATTRIBUTION}`,
		'',
		w.what(periodText(range, lang), `${size.width}×${size.height}`),
		'',
		`${range.from} – ${range.to} · ${w.counts(count, records.articles.length)}`,
		'',
		`## ${w.files}`,
		'',
		...files.map((f) => `- \`${f}\``),
		'',
		`- ${w.svg}`,
		`- ${w.png}`,
		`- ${w.csv}`,
		`- ${w.json}`,
		`- ${w.sourcesFile}`,
		'',
		`## ${w.licence}`,
		'',
		`${DATA_LICENCE.title} (${DATA_LICENCE.name}), ${DATA_LICENCE.path}. ${w.credit(ATTRIBUTION)}`,
		'',
		QUOTES_NOTICE,
		''
	].join('\n');
}
