/** The interface's words in Dutch (first) and English. Quotes from the articles are never translated. */
import type { EventKind, Metric } from '$lib/data/schema';
import type { FigureSeriesId } from '$lib/charts/figureSeries';
import type { Lang } from '$lib/view/options';

const nl = {
	siteTitle: 'Belarus 2020: de protesten in cijfers',
	intro:
		'Augustus tot oktober 2020: arrestaties, demonstraties, EU-sancties en diplomatie rond Loekasjenko, uit vijf Nederlandstalige nieuwsartikelen. Elk cijfer leidt naar de zin waar het staat.',
	language: 'Taal',
	otherLang: 'English',
	range: 'Periode',
	presets: {
		all: 'Alles',
		election_week: 'Verkiezingsweek',
		august: 'Augustus',
		september: 'September',
		october: 'Oktober'
	} as Record<string, string>,
	from: 'Van',
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
			subtitle: 'Van het besluit van de ministers tot een pakket tegen Loekasjenko persoonlijk',
			yLabel: 'Stap'
		},
		timeline: {
			title: 'Gebeurtenissen',
			subtitle: 'Telefoongesprekken, ontmoetingen, oefeningen, verkiezing en stakingen',
			yLabel: 'Soort'
		},
		map: {
			title: 'Kaart',
			subtitle: 'Plaatsen die de artikelen noemen; grootte naar het aantal cijfers en gebeurtenissen'
		}
	},
	series: {
		nationwide: 'Heel Belarus',
		minsk: 'Minsk',
		opposition: 'Oppositie',
		government: 'Pro-regering'
	} satisfies Record<FigureSeriesId, string>,
	steps: { decision: 'Besluit', summit: 'Top', personal_package: 'Pakket tegen Loekasjenko' },
	kinds: {
		sanctions: 'Sancties',
		meeting: 'Ontmoeting',
		call: 'Telefoongesprek',
		military_exercise: 'Militaire oefening',
		election: 'Verkiezing',
		strike: 'Staking',
		statement: 'Verklaring',
		death: 'Dode'
	} satisfies Record<EventKind, string>,
	metrics: {
		arrests: 'Arrestaties',
		protest_size: 'Omvang protest',
		deaths: 'Doden',
		vote_share: 'Stemmenaandeel',
		loan: 'Lening',
		years_in_power: 'Jaren aan de macht',
		released: 'Vrijgelaten'
	} satisfies Record<Metric, string>,
	source: 'Bron',
	sources: 'Bronnen',
	article: 'Artikel',
	showTable: 'Toon tabel',
	hideTable: 'Verberg tabel',
	table: { date: 'Datum', value: 'Waarde', place: 'Plaats', what: 'Wat', quote: 'Citaat', source: 'Bron' },
	noData: 'Geen gegevens in deze periode.',
	sourcePanel: 'Bron van dit cijfer',
	close: 'Sluiten',
	alsoReported: 'Ook gemeld in',
	readArticle: 'Lees het hele artikel',
	credit: 'Belarus 2020 · cijfers uit vijf nieuwsartikelen',
	getData: 'Download de gegevens (CSV)',
	viewDashboard: 'Bekijk op het dashboard',
	embed: 'Insluiten',
	download: 'Downloaden',
	legend: { open: 'meer dan / minstens', range: 'vaag aantal (bandbreedte)' },
	mapLoading: 'Kaart laden…',
	describe: {
		figures: (title: string, n: number, from: string, to: string) =>
			`${title}: ${n} cijfers van ${from} tot ${to}.`,
		events: (title: string, n: number, from: string, to: string) =>
			`${title}: ${n} gebeurtenissen van ${from} tot ${to}.`
	}
};

type Messages = typeof nl;

const en: Messages = {
	siteTitle: 'Belarus 2020: the protests in figures',
	intro:
		'August to October 2020: arrests, demonstrations, EU sanctions and diplomacy around Lukashenko, from five Dutch news articles. Every figure leads to the sentence it stands in.',
	language: 'Language',
	otherLang: 'Nederlands',
	range: 'Period',
	presets: {
		all: 'All',
		election_week: 'Election week',
		august: 'August',
		september: 'September',
		october: 'October'
	},
	from: 'From',
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
			subtitle: "From the ministers' decision to a package against Lukashenko personally",
			yLabel: 'Step'
		},
		timeline: {
			title: 'Events',
			subtitle: 'Phone calls, meetings, exercises, the election and strikes',
			yLabel: 'Kind'
		},
		map: {
			title: 'Map',
			subtitle: 'Places the articles name; size by number of figures and events'
		}
	},
	series: { nationwide: 'All Belarus', minsk: 'Minsk', opposition: 'Opposition', government: 'Pro-government' },
	steps: { decision: 'Decision', summit: 'Summit', personal_package: 'Package on Lukashenko' },
	kinds: {
		sanctions: 'Sanctions',
		meeting: 'Meeting',
		call: 'Phone call',
		military_exercise: 'Military exercise',
		election: 'Election',
		strike: 'Strike',
		statement: 'Statement',
		death: 'Death'
	},
	metrics: {
		arrests: 'Arrests',
		protest_size: 'Protest size',
		deaths: 'Deaths',
		vote_share: 'Vote share',
		loan: 'Loan',
		years_in_power: 'Years in power',
		released: 'Released'
	},
	source: 'Source',
	sources: 'Sources',
	article: 'Article',
	showTable: 'Show table',
	hideTable: 'Hide table',
	table: { date: 'Date', value: 'Value', place: 'Place', what: 'What', quote: 'Quote', source: 'Source' },
	noData: 'No data in this period.',
	sourcePanel: 'Source of this figure',
	close: 'Close',
	alsoReported: 'Also reported in',
	readArticle: 'Read the whole article',
	credit: 'Belarus 2020 · figures from five news articles',
	getData: 'Get the data (CSV)',
	viewDashboard: 'View on the dashboard',
	embed: 'Embed',
	download: 'Download',
	legend: { open: 'more than / at least', range: 'vague count (range)' },
	mapLoading: 'Loading map…',
	describe: {
		figures: (title, n, from, to) => `${title}: ${n} figures from ${from} to ${to}.`,
		events: (title, n, from, to) => `${title}: ${n} events from ${from} to ${to}.`
	}
};

export const messages: Record<Lang, Messages> = { nl, en };
export type { Messages };

/** Names that the two languages spell differently, for labels we write ourselves. */
export const names: Record<Lang, Record<string, string>> = {
	nl: { lukashenko: 'Loekasjenko', tichanovskaja: 'Tichanovskaja', putin: 'Poetin' },
	en: { lukashenko: 'Lukashenko', tichanovskaja: 'Tsikhanouskaya', putin: 'Putin' }
};
