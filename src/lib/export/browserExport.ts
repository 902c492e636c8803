/**
 * Export files made in the browser, where no server can make them: on a static host, a size, period
 * or y scale the folder holds no copy of (src/lib/export/urls.ts, `prerenderedExportPath`). The
 * drawing is the server's (drawing.ts: the same component, props, frame and metadata), mounted in
 * the page instead of rendered by `svelte/server`, and its markup is cleaned by the same `cleanSvg`.
 * The PNG is that SVG drawn on a canvas at the chosen pixel density, with the page's own Source
 * Sans 3 embedded for the drawing (an image sees none of the page's fonts), as resvg draws the
 * server's PNG with it. Loaded as its own chunk when a reader first asks for such a file.
 */
import { flushSync, mount, unmount } from 'svelte';
import Chart from '$lib/components/charts/Chart.svelte';
import MapSvg from '$lib/components/map/MapSvg.svelte';
import type { StoryRecords } from '$lib/data/schema';
import { optionsFor } from '$lib/view/options';
import { exportDrawing, finishExport } from './drawing';
import { exportFilename, exportSize, type ExportId, type ExportOptions } from './urls';

export interface BrowserFile {
	blob: Blob;
	filename: string;
}

/** The standalone SVG, as the server's endpoint would make it for these options. */
export function browserSvg(
	id: ExportId,
	records: StoryRecords,
	options: Partial<ExportOptions>,
	credit: string
): string {
	const o: ExportOptions = { ...optionsFor(records.period), ...options };
	const drawing = exportDrawing(id, records, o, credit);
	// Mounted out of sight for as long as it takes to read its markup, in a box of the drawing's width:
	// LayerCake measures its box in a browser, and must find the size it was given.
	const box = document.createElement('div');
	box.style.cssText = `position:fixed;left:-100000px;top:0;visibility:hidden;width:${drawing.props.width}px`;
	document.body.append(box);
	const app =
		drawing.kind === 'chart'
			? mount(Chart, { target: box, props: drawing.props })
			: mount(MapSvg, { target: box, props: drawing.props });
	flushSync();
	const body = box.innerHTML;
	void unmount(app);
	box.remove();
	return finishExport(body, drawing);
}

function base64(bytes: ArrayBuffer): string {
	let s = '';
	const u8 = new Uint8Array(bytes);
	for (let i = 0; i < u8.length; i += 0x8000) s += String.fromCharCode(...u8.subarray(i, i + 0x8000));
	return btoa(s);
}

/** The page's Source Sans 3 faces as `@font-face` rules with the fonts inline (same-origin files). */
async function embeddedFonts(): Promise<string> {
	const rules: CSSFontFaceRule[] = [];
	for (const sheet of document.styleSheets) {
		try {
			for (const rule of sheet.cssRules) if (rule instanceof CSSFontFaceRule) rules.push(rule);
		} catch {
			// A stylesheet of another origin cannot be read; the site has none.
		}
	}
	const faces = await Promise.all(
		rules
			.filter((r) => r.style.getPropertyValue('font-family').replace(/['"]/g, '') === 'Source Sans 3')
			.map(async (r) => {
				const url = /url\(["']?([^"')]+)["']?\)/.exec(r.style.getPropertyValue('src'))?.[1];
				if (!url) return '';
				const font = await (await fetch(new URL(url, location.href))).arrayBuffer();
				const weight = r.style.getPropertyValue('font-weight') || '400';
				return `@font-face{font-family:'Source Sans 3';font-weight:${weight};src:url(data:font/woff2;base64,${base64(font)}) format('woff2')}`;
			})
	);
	return faces.join('');
}

/** The PNG of an SVG export: `scale` pixels per CSS pixel of its size. */
export async function browserPng(
	svg: string,
	o: Pick<ExportOptions, 'w' | 'h' | 'preset' | 'scale'>
): Promise<Blob> {
	const { width, height } = exportSize(o);
	const withFonts = svg.replace('<style>', `<style>${await embeddedFonts()}`);
	const image = new Image(width, height);
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(withFonts)}`;
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = width * o.scale;
	canvas.height = height * o.scale;
	canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
	return new Promise((done, fail) =>
		canvas.toBlob((blob) => (blob ? done(blob) : fail(new Error('The PNG could not be made'))), 'image/png')
	);
}

/** The file a reader asked for, with the name the server's endpoint would give it. */
export async function browserFile(
	id: ExportId,
	ext: 'svg' | 'png',
	records: StoryRecords,
	options: Partial<ExportOptions>,
	credit: string
): Promise<BrowserFile> {
	const o: ExportOptions = { ...optionsFor(records.period), ...options };
	const svg = browserSvg(id, records, o, credit);
	const blob =
		ext === 'svg' ? new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }) : await browserPng(svg, o);
	return { blob, filename: exportFilename(id, o, ext) };
}
