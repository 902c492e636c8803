/**
 * Auto-height for widgets: the widget tells the page that frames it how tall its content is, in our
 * own message and in the three formats newsroom pages already listen for (Pym.js, Datawrapper, AMP).
 * The message builders are pure (tested); `reportHeight` is the action that sends them.
 */

/** Our own message; `static/embed.js` and the embed dialog listen for it. */
export interface EmbedHeightMessage {
	type: 'belarus-embed:height';
	chart: string;
	height: number;
}

export const HEIGHT_MESSAGE_TYPE = 'belarus-embed:height';
/** Sent by `/embed.js` to frames that may have reported their height before it was listening. */
export const MEASURE_MESSAGE_TYPE = 'belarus-embed:measure';

export function embedHeightMessage(chart: string, height: number): EmbedHeightMessage {
	return { type: HEIGHT_MESSAGE_TYPE, chart, height };
}

/** Pym.js joins `pym`, the child's id, the message type and the value with `xPYMx`. */
export function pymHeightMessage(childId: string, height: number): string {
	return ['pym', childId, 'height', String(height)].join('xPYMx');
}

/** Datawrapper's responsive embed script reads `{"datawrapper-height": {<chart id>: <px>}}`. */
export function datawrapperHeightMessage(
	chart: string,
	height: number
): { 'datawrapper-height': Record<string, number> } {
	return { 'datawrapper-height': { [chart]: height } };
}

/** amp-iframe resizes on `embed-size` requests carrying the AMP sentinel. */
export function ampHeightMessage(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
	return { sentinel: 'amp', type: 'embed-size', height };
}

/** Every message a widget posts for one height: ours, Pym's (only when Pym gave a child id), Datawrapper's, AMP's. */
export function heightMessages(chart: string, height: number, childId: string | null = null): unknown[] {
	return [
		embedHeightMessage(chart, height),
		...(childId ? [pymHeightMessage(childId, height)] : []),
		datawrapperHeightMessage(chart, height),
		ampHeightMessage(height)
	];
}

/** True for our own height message with a usable height (what a listener should accept). */
export function isEmbedHeightMessage(data: unknown): data is EmbedHeightMessage {
	if (typeof data !== 'object' || data === null) return false;
	const d = data as Record<string, unknown>;
	return (
		d.type === HEIGHT_MESSAGE_TYPE &&
		typeof d.chart === 'string' &&
		typeof d.height === 'number' &&
		Number.isFinite(d.height) &&
		d.height >= 0 &&
		d.height <= 20_000
	);
}

/** The height of the document's content in whole pixels, whatever the frame's own height is. */
export function contentHeight(doc: Document): number {
	return Math.ceil(doc.documentElement.getBoundingClientRect().height);
}

/**
 * Action for the widget's root: posts the content height to the parent on load and whenever the
 * document's size changes (a ResizeObserver on <html>: new width, opened table, source panel).
 */
export function reportHeight(_node: HTMLElement, params: { chart: string; childId: string | null }) {
	let { chart, childId } = params;
	if (window.parent === window) return {};
	let last = -1;
	let frame = 0;
	const send = () => {
		frame = 0;
		const height = contentHeight(document);
		if (height === last) return;
		last = height;
		// The height is no secret and the parent's origin is not known: any page that frames us may hear it.
		for (const message of heightMessages(chart, height, childId)) window.parent.postMessage(message, '*');
	};
	const schedule = () => {
		if (!frame) frame = requestAnimationFrame(send);
	};
	const onMessage = (event: MessageEvent) => {
		if (
			event.source === window.parent &&
			(event.data as { type?: unknown } | null)?.type === MEASURE_MESSAGE_TYPE
		) {
			last = -1;
			schedule();
		}
	};
	window.addEventListener('message', onMessage);
	const observer = new ResizeObserver(schedule);
	observer.observe(document.documentElement);
	// Web fonts change line heights after the first paint.
	document.fonts?.ready.then(schedule);
	window.addEventListener('load', schedule);
	send();
	return {
		update(next: { chart: string; childId: string | null }) {
			({ chart, childId } = next);
			last = -1;
			schedule();
		},
		destroy() {
			observer.disconnect();
			window.removeEventListener('load', schedule);
			window.removeEventListener('message', onMessage);
			if (frame) cancelAnimationFrame(frame);
		}
	};
}
