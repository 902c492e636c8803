/**
 * The desk's script (`/islands/desk.js`, only on /desk of a development server): hydrates the desk
 * over the server's HTML. It carries the extractor and the dataset's validation (zod), which check each
 * card in the browser as the reporter types.
 */
import Desk from '$lib/components/desk/Desk.svelte';
import type { PageView } from '$lib/view/pageView';
import { hydrateIslands } from './hydrate';

// The desk shares no view with other islands: only `live`, which hydrateIslands sets.
void hydrateIslands({ Desk }, new Map(), { live: false } as PageView);
