/**
 * The licences every data download names: CC BY 4.0 for the curated records (data/LICENSE.md),
 * MIT for the code (src/LICENSE); the quotes remain their publishers' text. One place for the words,
 * so the JSON, the CSV's headers, the spreadsheet and the data package say the same.
 */

export const DATA_LICENCE = {
	name: 'CC-BY-4.0',
	title: 'Creative Commons Attribution 4.0 International',
	path: 'https://creativecommons.org/licenses/by/4.0/'
} as const;

export const CODE_LICENCE = {
	name: 'MIT',
	title: 'MIT License',
	path: 'https://opensource.org/license/mit'
} as const;

/** Where the site serves the data's licence text (data/LICENSE.md). */
export const DATA_LICENCE_URL = '/data/LICENSE.md';

export const QUOTES_NOTICE =
	'The quotes (field quote) remain the text of their publishers, quoted for attribution; CC BY 4.0 does not cover them.';

export const ATTRIBUTION = 'Belarus 2020: the protests in figures';

/** What a JSON download says of itself. */
export function licenceNotice(origin: string) {
	return {
		license: DATA_LICENCE.name,
		license_title: DATA_LICENCE.title,
		license_url: DATA_LICENCE.path,
		license_text: origin + DATA_LICENCE_URL,
		attribution: ATTRIBUTION,
		quotes: QUOTES_NOTICE
	};
}

/** The headers every data file goes out with: its type and charset, a download name, and its licence (RFC 8288). */
export function dataFileHeaders(contentType: string, filename: string): Record<string, string> {
	return {
		'content-type': contentType,
		'content-disposition': `attachment; filename="${filename}"`,
		link: `<${DATA_LICENCE.path}>; rel="license", <${DATA_LICENCE_URL}>; rel="license"; type="text/markdown"`,
		'cache-control': 'public, max-age=300, stale-while-revalidate=86400',
		'access-control-allow-origin': '*'
	};
}
