/**
 * Debian's Chromium driven by playwright-core, kept off the network: every request that is not for
 * the site under test (or a host page on another loopback port) is recorded and refused.
 */
import {
	chromium,
	type Browser,
	type BrowserContext,
	type BrowserContextOptions,
	type Page
} from 'playwright-core';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export interface GuardedContext {
	context: BrowserContext;
	/** URLs of requests that went (or tried to go) to any other host. */
	outside: string[];
}

/** A context that refuses and records any request to a host other than `allowedOrigins`. */
export async function guardedContext(
	browser: Browser,
	allowedOrigins: string[],
	options: BrowserContextOptions = {}
): Promise<GuardedContext> {
	const context = await browser.newContext(options);
	const outside: string[] = [];
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith('data:') || allowedOrigins.some((o) => url.startsWith(o + '/') || url === o)) {
			return route.continue();
		}
		outside.push(url);
		return route.abort();
	});
	return { context, outside };
}

/**
 * Reloads `page` (in a context with the browser's cache) until it sets its text in the bundled font,
 * as a returning reader's page does: the font is used only if it is ready before the first paint
 * (src/lib/islands/webFonts.ts), which a busy machine may miss once. At most five loads.
 */
export async function reloadWithCachedFont(page: Page): Promise<void> {
	for (let load = 0; load < 5; load++) {
		await page.reload();
		await page.locator('html[data-fonts]').waitFor({ state: 'attached' });
		if ((await page.locator('html').getAttribute('data-fonts')) === 'web') return;
	}
	throw new Error(`${page.url()} kept the fallback font in five loads from the cache`);
}
