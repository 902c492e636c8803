/**
 * The interface's words in Dutch (first) and English. Quotes from the articles are never replaced: an
 * English view shows a record's curated translation (`quote_en`) under the verbatim original.
 * The story's title, intro and credit are data (data/story.json, src/lib/story/).
 */
import type { EventKind, Metric } from '$lib/data/schema';
import type { FigureSeriesId } from '$lib/charts/figureSeries';
import type { Lang } from '$lib/view/options';

/** "1 stap", "2 stappen". */
function plural(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}

const nl = {
	skipLink: 'Naar de cijfers',
	/** The brush's handles: named apart from the day fields. */
	brushFrom: 'Begin van de periode',
	brushTo: 'Einde van de periode',
	/** A headline whose count is 1 ("1 stap"): its label in the singular. */
	headlinesOne: {
		sanction_steps: 'Stap in EU-sancties',
		days_since_election: 'Dag sinds de verkiezing'
	} as Partial<Record<string, string>>,
	hints: {
		chart:
			'Toetsenbord: Tab naar de grafiek, pijltjes van punt naar punt, Home/End naar het eerste of laatste, Enter opent de bron. Aanwijzen toont het citaat.',
		brush:
			'Sleep over de balk om een periode te kiezen, of sleep de periode. Op een greep: pijltjes een dag, Page Up/Down een week, Home/End naar begin of eind.',
		map: 'Toetsenbord: Tab naar de kaart, pijltjes verschuiven, + en − zoomen. Tab naar de plaatsen, pijltjes van plaats naar plaats, Enter opent de lijst met citaten.'
	},
	/** What the live region says after a range change. */
	rangeStatus: (
		period: string,
		counts: { arrests: number; protests: number; sanctions: number; events: number }
	) =>
		`${period}: ${plural(counts.arrests, 'arrestatiecijfer', 'arrestatiecijfers')}, ${plural(counts.protests, 'protestcijfer', 'protestcijfers')}, ${plural(counts.sanctions, 'sanctiestap', 'sanctiestappen')}, ${plural(counts.events, 'gebeurtenis', 'gebeurtenissen')}.`,
	/** A magnitude's drawn range, said in words ("duizenden, getekend als 2.000 tot 10.000"). */
	drawnAs: (word: string, low: string, high: string) => `${word} (getekend als ${low} tot ${high})`,
	series_column: 'Reeks',
	step_column: 'Stap',
	takeaway: {
		arrests: (value: string, date: string, series: string) =>
			`Het hoogste gemelde aantal: ${value} op ${date} (${series}).`,
		protests: (value: string, date: string, series: string) =>
			`De grootste gemelde demonstratie: ${value} op ${date} (${series}).`,
		sanctions: (steps: number, last: string, date: string) =>
			`De EU zette ${plural(steps, 'stap', 'stappen')}; de laatste: ${last} op ${date}.`,
		timeline: (kind: string, n: number) => `Het vaakst gemeld: ${kind.toLowerCase()} (${n}×).`,
		none: 'Geen gegevens in deze periode.'
	},
	otherLang: 'English',
	range: 'Periode',
	presets: {
		all: 'Alles',
		election_week: 'Verkiezingsweek'
	} as Record<string, string>,
	from: 'Van',
	apply: 'Toon',
	to: 'Tot en met',
	headlines: {
		largest_protest: 'Grootste protest',
		largest_arrests: 'Meeste arrestaties op één dag',
		sanction_steps: 'Stappen in EU-sancties',
		loan: 'Russische lening',
		days_since_election: 'Dagen sinds de verkiezing'
	},
	charts: {
		arrests: {
			title: 'Arrestaties',
			subtitle: 'Gemelde aantallen opgepakte demonstranten; vage aantallen als bandbreedte',
			yLabel: 'Aantal mensen (logaritmische schaal)',
			yLabelLinear: 'Aantal mensen'
		},
		protests: {
			title: 'Omvang van de demonstraties',
			subtitle: 'Oppositieprotesten en steunbetogingen voor Loekasjenko',
			yLabel: 'Aantal deelnemers (logaritmische schaal)',
			yLabelLinear: 'Aantal deelnemers'
		},
		sanctions: {
			title: 'EU-sancties, stap voor stap',
			subtitle:
				'Van het besluit van de ministers tot het groene licht voor een pakket, ook tegen Loekasjenko persoonlijk',
			yLabel: 'Stap'
		},
		timeline: {
			title: 'Gebeurtenissen',
			subtitle:
				'Verkiezing, protest zonder aantal, geweld, stakingen, gesprekken, ontmoetingen, oefeningen en verklaringen',
			yLabel: 'Soort'
		},
		map: {
			title: 'Kaart',
			subtitle:
				'Plaatsen die de artikelen noemen; grootte naar het aantal cijfers en gebeurtenissen. Gestippeld: de artikelen noemen geen plaats; de stip is een plaatsvervanger.'
		}
	},
	series: {
		nationwide: 'Heel Belarus',
		minsk: 'Minsk',
		opposition: 'Oppositie',
		government: 'Pro-regering'
	} satisfies Record<FigureSeriesId, string>,
	steps: { decision: 'Besluit', personal_package: 'Groen licht voor pakket, ook tegen Loekasjenko' },
	/** The story's notes on the charts (src/lib/charts/notes.ts): short, for the room beside a mark. */
	notes: {
		election: 'Verkiezingsdag',
		arrested: (n: string) => `${n} opgepakt`,
		protesters: (n: string) => `${n} demonstranten`,
		meeting: (place: string) => `Ontmoeting in ${place}`,
		meetingLoan: (place: string, n: string) => `${place}: lening van ${n}`,
		personalPackage: 'Groen licht: sancties ook tegen Loekasjenko'
	},
	kinds: {
		sanctions: 'Sancties',
		meeting: 'Ontmoeting',
		call: 'Telefoongesprek',
		military_exercise: 'Militaire oefening',
		election: 'Verkiezing',
		protest: 'Protest (zonder aantal)',
		violence: 'Geweld',
		release: 'Vrijlating',
		strike: 'Staking',
		statement: 'Verklaring',
		death: 'Dode'
	} satisfies Record<EventKind, string>,
	metrics: {
		arrests: 'Arrestaties',
		protest_size: 'Omvang protest',
		movement_size: 'Omvang van de beweging',
		deaths: 'Doden',
		vote_share: 'Stemmenaandeel',
		loan: 'Lening',
		years_in_power: 'Jaren aan de macht',
		house_arrest: 'Naar huisarrest',
		duration: 'Duur'
	} satisfies Record<Metric, string>,
	place: {
		none: 'geen plaats genoemd',
		standIn: (name: string) => `geen plaats genoemd; op de kaart: ${name}`
	},
	source: 'Bron',
	sources: 'Bronnen',
	/** The link to an article at its publisher, where the data has its address. */
	atPublisher: 'bij de uitgever',
	article: 'Artikel',
	showTable: 'Toon tabel',
	table: { date: 'Datum', value: 'Waarde', place: 'Plaats', what: 'Wat', quote: 'Citaat', source: 'Bron' },
	noData: 'Geen gegevens in deze periode.',
	sourcePanel: 'Bron van dit cijfer',
	close: 'Sluiten',
	/** Above the curated English translation under a quote (English views only). */
	translation: 'Vertaling (van ons, niet de woorden van het artikel)',
	dayWords: 'Dag, vertaald',
	alsoReported: 'Ook gemeld in',
	// The source panel's other links of a record (provenance.ts).
	related: {
		describedBy: 'Meer hierover',
		describes: 'Gaat over',
		deniedBy: 'Ontkend',
		denies: 'Ontkent'
	},
	getData: 'Download de gegevens (CSV)',
	viewDashboard: 'Bekijk op het dashboard',
	embed: 'Insluiten',
	download: 'Downloaden',
	// Download menu of a chart or the map (DownloadMenu.svelte).
	exportMenu: {
		size: 'Formaat',
		theme: 'Kleuren',
		presets: {
			'slide-1080': 'Dia 16:9 (1920 × 1080)',
			'slide-720': 'Dia 16:9 (1280 × 720)',
			square: 'Vierkant (1080 × 1080)',
			portrait: 'Staand 4:5 (1080 × 1350)',
			/** `{w}` and `{h}` are filled in by the page's script once it has measured the chart. */
			screen: 'Zoals op het scherm ({w} × {h})'
		},
		themes: { light: 'Licht', dark: 'Donker', transparent: 'Transparant' },
		file: (chart: string, type: string) => `${chart} als ${type} downloaden`,
		ownWords: 'Eigen woorden op de afbeelding (optioneel)',
		ownWordsHint: 'Bron en credit blijven er altijd op staan.',
		headline: 'Titel',
		subtitle: 'Ondertitel',
		note: 'Noot',
		limit: (n: number) => `hoogstens ${n} tekens`,
		everything: 'Alles voor mijn dia’s',
		everythingHint:
			'zip: alle grafieken en de kaart als SVG en PNG in dit formaat, de cijfers en hun bronnen',
		printAll: 'Alles afdrukken'
	},
	legend: { open: 'meer dan / minstens', range: 'vaag aantal (bandbreedte)', weekend: 'weekend' },
	// embed: the widgets and the embed dialog (added by the embed helper)
	embedKit: {
		dialogTitle: (title: string) => `‘${title}’ insluiten`,
		intro:
			'Zet deze grafiek in uw eigen artikel. Hij past zich aan de breedte aan en laadt geen cookies, trackers of externe bestanden.',
		language: 'Taal',
		theme: 'Thema',
		themes: { auto: 'Volgt de lezer', light: 'Licht', dark: 'Donker', transparent: 'Transparant' },
		showTitle: 'Titel tonen',
		showSource: 'Bronregel tonen',
		range: 'Periode',
		rangeCurrent: (from: string, to: string) => `Huidige periode (${from} – ${to})`,
		rangeAll: 'De hele periode',
		yscale: 'Schaal',
		yscales: { log: 'Logaritmisch', linear: 'Lineair' },
		preview: 'Voorbeeld',
		iframeCode: 'Code met iframe',
		iframeHint: 'Werkt in elk CMS dat iframes toestaat.',
		scriptCode: 'Code met script',
		scriptHint: 'Hoogte en grafiek passen zich vanaf het begin aan de kolom aan, ook op telefoons.',
		copy: 'Kopiëren',
		copied: 'Gekopieerd',
		copyFailed: 'Kopiëren lukte niet: selecteer de code en kopieer die zelf.',
		headlinesTitle: 'Kerncijfers',
		period: (from: string, to: string) => `Van ${from} tot en met ${to}`
	},
	printView: {
		title: (period: string) => `Alle grafieken van ${period}`,
		howTo:
			'Druk deze pagina af (Ctrl+P of ⌘P) en kies ‘Opslaan als PDF’; elke grafiek blijft op één pagina, op A4 en Letter.',
		articles: 'Artikelen',
		sentences: 'De gebruikte zinnen',
		back: 'Terug naar het dashboard'
	},
	sourcesView: {
		highlighted: (n: number) =>
			`${n === 1 ? '1 cijfer of gebeurtenis' : `${n} cijfers en gebeurtenissen`} gemarkeerd`,
		dateReasoning: 'Hoe de publicatiedag is bepaald'
	},
	map: {
		label: 'Kaart van Belarus en de buurlanden met de plaatsen uit de artikelen',
		records: (n: number) => (n === 1 ? '1 cijfer of gebeurtenis' : `${n} cijfers en gebeurtenissen`),
		place: (name: string, n: number, standIn: boolean) =>
			`${name}: ${n === 1 ? '1 cijfer of gebeurtenis' : `${n} cijfers en gebeurtenissen`}${standIn ? ' (de artikelen noemen geen plaats; de stip is een plaatsvervanger)' : ''}`,
		standIn: 'De artikelen noemen geen plaats; de stip is een plaatsvervanger.',
		describe: (places: number, records: number, from: string, to: string) =>
			`Kaart: ${plural(places, 'plaats', 'plaatsen')} met samen ${records === 1 ? '1 cijfer of gebeurtenis' : `${records} cijfers en gebeurtenissen`} van ${from} tot ${to}.`,
		showSource: 'Toon bron',
		zoomIn: 'Inzoomen',
		zoomOut: 'Uitzoomen',
		table: { place: 'Plaats', count: 'Aantal', records: 'Cijfers en gebeurtenissen' }
	},
	describe: {
		figures: (title: string, n: number, from: string, to: string) =>
			`${title}: ${plural(n, 'cijfer', 'cijfers')} van ${from} tot ${to}.`,
		events: (title: string, n: number, from: string, to: string) =>
			`${title}: ${plural(n, 'gebeurtenis', 'gebeurtenissen')} van ${from} tot ${to}.`
	}
};

type Messages = typeof nl;

const en: Messages = {
	skipLink: 'Skip to the figures',
	brushFrom: 'Start of the period',
	brushTo: 'End of the period',
	headlinesOne: { sanction_steps: 'Step in EU sanctions', days_since_election: 'Day since the election' },
	hints: {
		chart:
			'Keyboard: Tab to the chart, arrow keys from mark to mark, Home/End to the first or last, Enter opens the source. Pointing shows the quote.',
		brush:
			'Drag across the bar to choose a period, or drag the period. On a handle: arrow keys a day, Page Up/Down a week, Home/End to the start or end.',
		map: 'Keyboard: Tab to the map, arrow keys pan, + and − zoom. Tab to the places, arrow keys from place to place, Enter opens the list of quotes.'
	},
	rangeStatus: (period, counts) =>
		`${period}: ${plural(counts.arrests, 'arrest figure', 'arrest figures')}, ${plural(counts.protests, 'protest figure', 'protest figures')}, ${plural(counts.sanctions, 'sanction step', 'sanction steps')}, ${plural(counts.events, 'event', 'events')}.`,
	drawnAs: (word, low, high) => `${word} (drawn as ${low} to ${high})`,
	series_column: 'Series',
	step_column: 'Step',
	takeaway: {
		arrests: (value, date, series) => `The highest count reported: ${value} on ${date} (${series}).`,
		protests: (value, date, series) => `The largest protest reported: ${value} on ${date} (${series}).`,
		sanctions: (steps, last, date) =>
			`The EU took ${plural(steps, 'step', 'steps')}; the last: ${last} on ${date}.`,
		timeline: (kind, n) => `Reported most often: ${kind.toLowerCase()} (${n}×).`,
		none: 'No data in this period.'
	},
	otherLang: 'Nederlands',
	range: 'Period',
	presets: {
		all: 'All',
		election_week: 'Election week'
	},
	from: 'From',
	apply: 'Show',
	to: 'To',
	headlines: {
		largest_protest: 'Largest protest',
		largest_arrests: 'Most arrests in one day',
		sanction_steps: 'Steps in EU sanctions',
		loan: 'Russian loan',
		days_since_election: 'Days since the election'
	},
	charts: {
		arrests: {
			title: 'Arrests',
			subtitle: 'Reported numbers of detained protesters; vague counts as ranges',
			yLabel: 'People (log scale)',
			yLabelLinear: 'People'
		},
		protests: {
			title: 'Size of the demonstrations',
			subtitle: 'Opposition protests and rallies in support of Lukashenko',
			yLabel: 'Participants (log scale)',
			yLabelLinear: 'Participants'
		},
		sanctions: {
			title: 'EU sanctions, step by step',
			subtitle:
				"From the ministers' decision to the green light for a package, also against Lukashenko personally",
			yLabel: 'Step'
		},
		timeline: {
			title: 'Events',
			subtitle:
				'The election, protests without a count, violence, strikes, calls, meetings, exercises and statements',
			yLabel: 'Kind'
		},
		map: {
			title: 'Map',
			subtitle:
				'Places the articles name; size by number of figures and events. Dashed: the articles name no place; the mark is a stand-in.'
		}
	},
	series: {
		nationwide: 'All Belarus',
		minsk: 'Minsk',
		opposition: 'Opposition',
		government: 'Pro-government'
	},
	steps: { decision: 'Decision', personal_package: 'Green light for a package, also on Lukashenko' },
	notes: {
		election: 'Election day',
		arrested: (n) => `${n} arrested`,
		protesters: (n) => `${n} protesters`,
		meeting: (place) => `Meeting in ${place}`,
		meetingLoan: (place, n) => `${place}: loan of ${n}`,
		personalPackage: 'Green light: sanctions on Lukashenko too'
	},
	kinds: {
		sanctions: 'Sanctions',
		meeting: 'Meeting',
		call: 'Phone call',
		military_exercise: 'Military exercise',
		election: 'Election',
		protest: 'Protest (no count)',
		violence: 'Violence',
		release: 'Release',
		strike: 'Strike',
		statement: 'Statement',
		death: 'Death'
	},
	metrics: {
		arrests: 'Arrests',
		protest_size: 'Protest size',
		movement_size: 'Size of the movement',
		deaths: 'Deaths',
		vote_share: 'Vote share',
		loan: 'Loan',
		years_in_power: 'Years in power',
		house_arrest: 'Moved to house arrest',
		duration: 'Length'
	},
	place: {
		none: 'no place named',
		standIn: (name) => `no place named; on the map: ${name}`
	},
	source: 'Source',
	sources: 'Sources',
	atPublisher: 'at the publisher',
	article: 'Article',
	showTable: 'Show table',
	table: { date: 'Date', value: 'Value', place: 'Place', what: 'What', quote: 'Quote', source: 'Source' },
	noData: 'No data in this period.',
	sourcePanel: 'Source of this figure',
	close: 'Close',
	translation: 'Translation (ours, not the article’s words)',
	dayWords: 'Day words, translated',
	alsoReported: 'Also reported in',
	related: {
		describedBy: 'More on this',
		describes: 'About',
		deniedBy: 'Denied',
		denies: 'Denies'
	},
	getData: 'Get the data (CSV)',
	viewDashboard: 'View on the dashboard',
	embed: 'Embed',
	download: 'Download',
	exportMenu: {
		size: 'Size',
		theme: 'Colours',
		presets: {
			'slide-1080': 'Slide 16:9 (1920 × 1080)',
			'slide-720': 'Slide 16:9 (1280 × 720)',
			square: 'Square (1080 × 1080)',
			portrait: 'Portrait 4:5 (1080 × 1350)',
			screen: 'As on screen ({w} × {h})'
		},
		themes: { light: 'Light', dark: 'Dark', transparent: 'Transparent' },
		file: (chart, type) => `Download ${chart} as ${type}`,
		ownWords: 'Your own words on the image (optional)',
		ownWordsHint: 'The source line and credit always stay on it.',
		headline: 'Title',
		subtitle: 'Subtitle',
		note: 'Note',
		limit: (n) => `at most ${n} characters`,
		everything: 'Everything for my slides',
		everythingHint: 'zip: every chart and the map as SVG and PNG at this size, the figures and their sources',
		printAll: 'Print all'
	},
	legend: { open: 'more than / at least', range: 'vague count (range)', weekend: 'weekend' },
	// embed: the widgets and the embed dialog (added by the embed helper)
	embedKit: {
		dialogTitle: (title) => `Embed ‘${title}’`,
		intro:
			'Put this chart in your own article. It fits any width and loads no cookies, trackers or outside files.',
		language: 'Language',
		theme: 'Theme',
		themes: { auto: "Follows the reader's system", light: 'Light', dark: 'Dark', transparent: 'Transparent' },
		showTitle: 'Show title',
		showSource: 'Show source line',
		range: 'Period',
		rangeCurrent: (from, to) => `Current period (${from} – ${to})`,
		rangeAll: 'The whole period',
		yscale: 'Scale',
		yscales: { log: 'Logarithmic', linear: 'Linear' },
		preview: 'Preview',
		iframeCode: 'Code with iframe',
		iframeHint: 'Works in any CMS that allows iframes.',
		scriptCode: 'Code with script',
		scriptHint: 'Height and chart fit the column from the start, on phones too.',
		copy: 'Copy',
		copied: 'Copied',
		copyFailed: 'Copying failed: select the code and copy it yourself.',
		headlinesTitle: 'Key figures',
		period: (from, to) => `From ${from} to ${to}`
	},
	printView: {
		title: (period) => `Every chart of ${period}`,
		howTo:
			'Print this page (Ctrl+P or ⌘P) and choose ‘Save as PDF’; every chart stays on one page, on A4 and Letter.',
		articles: 'Articles',
		sentences: 'The sentences used',
		back: 'Back to the dashboard'
	},
	sourcesView: {
		highlighted: (n) => `${n === 1 ? '1 figure or event' : `${n} figures and events`} highlighted`,
		dateReasoning: 'How the publication day was found'
	},
	map: {
		label: 'Map of Belarus and its neighbours with the places in the articles',
		records: (n) => (n === 1 ? '1 figure or event' : `${n} figures and events`),
		place: (name, n, standIn) =>
			`${name}: ${n === 1 ? '1 figure or event' : `${n} figures and events`}${standIn ? ' (the articles name no place; the mark is a stand-in)' : ''}`,
		standIn: 'The articles name no place; the mark is a stand-in.',
		describe: (places, records, from, to) =>
			`Map: ${plural(places, 'place', 'places')} with ${records === 1 ? '1 figure or event' : `${records} figures and events`} in all from ${from} to ${to}.`,
		showSource: 'Show source',
		zoomIn: 'Zoom in',
		zoomOut: 'Zoom out',
		table: { place: 'Place', count: 'Number', records: 'Figures and events' }
	},
	describe: {
		figures: (title, n, from, to) => `${title}: ${plural(n, 'figure', 'figures')} from ${from} to ${to}.`,
		events: (title, n, from, to) => `${title}: ${plural(n, 'event', 'events')} from ${from} to ${to}.`
	}
};

export const messages: Record<Lang, Messages> = { nl, en };
export type { Messages };
