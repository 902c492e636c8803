/**
 * A widget's script (`/islands/widget.js`), small, for article pages that carry many widgets. At
 * once it reports the widget's height to the page that frames it (ours, Pym's, Datawrapper's and
 * AMP's messages, `reportHeight`) and makes links that leave the widget open in a new tab, not
 * inside the article's frame. The chart is already drawn by the server: its islands (Svelte and the
 * chart code, `widgetIslands.ts`) load when a reader first points at, focuses, taps or types in the
 * widget, or when the frame's width is far from the one the server drew for; the events that came
 * before they ran are then handed to them, in order. The map widget, which loads Leaflet anyway,
 * hydrates at once, and so does any widget of the static folder whose address carries options other
 * than Pym's, which its islands apply (src/lib/static/address.ts).
 */
import { needsNewDrawing } from '$lib/embed/drawingFit';
import { handOnClick, handOnFocus } from './handOn';
import { reportHeight } from '$lib/embed/height';
import { addressHasOptions, applyAddressTheme, goToAddressLanguage, onStaticHost } from '$lib/static/address';
import { optionSpecs } from '$lib/view/options';
import { useWebFonts } from './webFonts';

const main = document.querySelector<HTMLElement>('main.widget');

function linksLeaveInNewTab() {
	document.addEventListener(
		'click',
		(event) => {
			const a = event.target instanceof Element ? event.target.closest('a[href]') : null;
			if (!(a instanceof HTMLAnchorElement) || a.target) return;
			if (a.origin !== location.origin || a.pathname !== location.pathname) {
				a.target = '_blank';
				a.rel = 'noopener';
			}
		},
		true
	);
}

/** What the islands listen on: an early event is handed again to the one it reached. */
const INTERACTIVE = 'a.mark, a.headline, .panel-slot a.close';
const FIRST_USE = ['pointerover', 'focusin', 'click', 'keydown'] as const;

/** The event the islands' own listeners take for `event`, seen before they ran. */
function replay(event: Event, el: Element | null): void {
	const enter = event.type === 'keydown' && (event as KeyboardEvent).key === 'Enter' && el;
	if (event.type === 'keydown' && !enter) {
		const { key, code, shiftKey, altKey, ctrlKey, metaKey } = event as KeyboardEvent;
		const init = { key, code, shiftKey, altKey, ctrlKey, metaKey, bubbles: true, cancelable: true };
		document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', init));
	} else if (!el?.isConnected) return;
	// Enter on a link is its click: the synthetic key would have no default.
	else if (event.type === 'click' || enter) handOnClick(el);
	// Only if the pointer is still there: it may have passed over and left meanwhile.
	// As the browser does: `pointerover`, which bubbles to the marks' listeners, then `pointerenter`.
	else if (event.type === 'pointerover' && el.matches(':hover')) {
		el.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
		el.dispatchEvent(new PointerEvent('pointerenter'));
	} else if (event.type === 'focusin' && el === document.activeElement) handOnFocus(el);
}

/** The keys the islands act on: others (Tab among them) go on as they are. */
const ISLAND_KEYS = new Set([
	'Enter',
	'Escape',
	'ArrowLeft',
	'ArrowRight',
	'ArrowUp',
	'ArrowDown',
	'Home',
	'End'
]);

function hydrateOnFirstUse(id: string, now: boolean) {
	let state: 'waiting' | 'loading' | 'done' | 'failed' = 'waiting';
	const early: [Event, Element | null][] = [];
	const stopListening = () => {
		for (const type of FIRST_USE) document.removeEventListener(type, onEarly, true);
	};
	const start = () => {
		if (state !== 'waiting') return;
		state = 'loading';
		import('./widgetIslands')
			// Each island in a task of its own (a narrow frame hydrates at once, on a phone too); events
			// that come meanwhile wait with the early ones.
			.then((m) => m.hydrateWidget(id))
			.then(() => {
				state = 'done';
				stopListening();
				for (const [event, el] of early.splice(0)) replay(event, el);
			})
			.catch((error) => {
				// Offline or a failed deploy: the server's widget stays as it is without JavaScript, and a
				// link the reader chose meanwhile is followed.
				console.warn('The widget could not start; its links still work.', error);
				state = 'failed';
				stopListening();
				const link = early.find(
					([e, el]) => el && (e.type === 'click' || (e as KeyboardEvent).key === 'Enter')
				)?.[1];
				if (link instanceof HTMLAnchorElement) location.assign(link.href);
				else if (link instanceof SVGAElement) location.assign(new URL(link.href.baseVal, location.href).href);
			});
	};
	function onEarly(event: Event) {
		if (state === 'done' || state === 'failed') return;
		const el = event.target instanceof Element ? event.target.closest(INTERACTIVE) : null;
		const key = event.type === 'keydown' ? (event as KeyboardEvent).key : null;
		if (key !== null && !ISLAND_KEYS.has(key)) return;
		// A tap on a mark (or the panel's close link) acts in place once the islands run, not as a new
		// page; a key the islands act on waits for them too.
		const held = (event.type === 'click' || key !== null) && el !== null;
		if (held) event.preventDefault();
		if (held || event.type !== 'click') early.push([event, el]);
		start();
	}
	for (const type of FIRST_USE) document.addEventListener(type, onEarly, true);
	const box = document.querySelector<HTMLElement>('.chart-box');
	const drawn = () =>
		document.querySelector<SVGSVGElement>('.chart-box svg.chart-svg')?.viewBox.baseVal?.width ?? 0;
	// The islands' code loads in the task after the first frame: the server's drawing is painted first.
	requestAnimationFrame(() =>
		setTimeout(() => {
			if (now || (box && needsNewDrawing(box.clientWidth, drawn()))) start();
			// A frame of a width far from the drawing's: the islands lay the chart out for it.
			else if (box)
				new ResizeObserver(() => needsNewDrawing(box.clientWidth, drawn()) && start()).observe(box);
		}, 0)
	);
}

/**
 * Pym's id for the widget: the server writes it into the page; on a static host, whose page is the
 * same for every address, it is read from the address as the server reads it.
 */
function childId(main: HTMLElement): string | null {
	if (main.dataset.childId) return main.dataset.childId;
	const asked = onStaticHost() ? new URLSearchParams(location.search).get('childId') : null;
	return (asked !== null && optionSpecs.childId.parse(asked)) || null;
}

// A static host sends every language the same file: the address's language is the other copy.
if (main && !goToAddressLanguage(document.documentElement.lang)) {
	const id = main.dataset.widget ?? '';
	applyAddressTheme();
	reportHeight(main, { chart: id, childId: childId(main) });
	linksLeaveInNewTab();
	useWebFonts();
	// On a static host, options in the address (a range, a height…) are the islands' to draw: at once.
	hydrateOnFirstUse(id, id === 'map' || addressHasOptions());
}
