/**
 * The script of a page with no islands (an article's page, `/sources/<id>`) in the static folder
 * only: a static host sends `/sources/<id>?lang=en` the Dutch copy, so the browser goes to the
 * English one (src/lib/static/address.ts). The Node server renders the address's language itself
 * and its pages do not load this.
 */
import { goToAddressLanguage } from '$lib/static/address';

goToAddressLanguage(document.documentElement.lang);
