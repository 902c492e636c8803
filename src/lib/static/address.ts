/**
 * A page of the static folder was rendered with the defaults, whatever its address says (a static
 * host ignores the query string). The browser applies the address's options here, parsed by the
 * server's own `parseOptions`, so that `?from=…&to=…&theme=dark` means on a static host what it
 * means on the Node server. On the Node server the page was rendered for its address already:
 * everything here is then a no-op (`staticAddressOptions` is null).
 */
import type { Period } from '$lib/story/period';
import {
	optionSpecs,
	parseOptions,
	pymOptions,
	type Lang,
	type OptionName,
	type Options
} from '$lib/view/options';
import { hostOf, langOfPath, langPath } from './staticSite';

export function onStaticHost(): boolean {
	return hostOf(document.documentElement) === 'static';
}

/** The language the address asks for: its `lang`, else the language of its path (`/en/…`). */
function addressLang(params: URLSearchParams): Lang {
	const asked = params.get('lang');
	return (asked !== null && optionSpecs.lang.parse(asked)) || langOfPath(location.pathname);
}

/**
 * On a static host, when the address asks for the other language than the page's: the browser goes
 * to the folder's copy in that language, keeping the query and fragment (true: the page is left).
 */
export function goToAddressLanguage(pageLang: string): boolean {
	if (!onStaticHost()) return false;
	const lang = addressLang(new URLSearchParams(location.search));
	if (lang === pageLang) return false;
	location.replace(langPath(location.pathname, lang) + location.search + location.hash);
	return true;
}

/**
 * The options of the address, on a static host; null on the Node server, and for an address the
 * server would answer with a 400 (the page then stays as rendered: the defaults).
 */
export function staticAddressOptions(names: readonly OptionName[], period: Period): Options | null {
	if (!onStaticHost()) return null;
	const params = new URLSearchParams(location.search);
	const parsed = parseOptions(params, names, period, 'ignore');
	return parsed.ok ? { ...parsed.options, lang: addressLang(params) } : null;
}

/**
 * On a static host, whether the address carries options for the page to apply (a range, a height…):
 * any but Pym's, which name the frame (its id, its width) and not what is drawn.
 */
export function addressHasOptions(): boolean {
	if (!onStaticHost()) return false;
	const pym: readonly string[] = pymOptions;
	return [...new URLSearchParams(location.search).keys()].some((name) => !pym.includes(name));
}

/** The address's theme, set on the page as the server sets it (`<html data-theme>`, hooks.server.ts). */
export function applyAddressTheme(): void {
	if (!onStaticHost()) return;
	const asked = new URLSearchParams(location.search).get('theme');
	const theme = asked === null ? undefined : optionSpecs.theme.parse(asked);
	if (theme) document.documentElement.dataset.theme = theme;
}
