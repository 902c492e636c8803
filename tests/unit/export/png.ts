/**
 * A small PNG reader for the export tests (no image library is installed): reads the size from IHDR,
 * inflates the IDAT data with node:zlib and undoes the row filters, for 8-bit non-interlaced images
 * (what rsvg-convert and resvg write). Enough to tell a drawn image from a blank one.
 */
import { inflateSync } from 'node:zlib';

export interface DecodedPng {
	width: number;
	height: number;
	/** Bytes per pixel: 1 grey, 2 grey+alpha, 3 RGB, 4 RGBA. */
	channels: number;
	/** Unfiltered pixel rows, `width * channels` bytes each. */
	rows: Uint8Array[];
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/** Width and height from the IHDR chunk, without decoding the pixels. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
	checkSignature(png);
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	if (String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') throw new Error('The first chunk is not IHDR');
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

function checkSignature(png: Uint8Array) {
	if (png.length < 33 || SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('Not a PNG');
}

export function decodePng(png: Uint8Array): DecodedPng {
	checkSignature(png);
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	let width = 0;
	let height = 0;
	let channels = 0;
	const idat: Uint8Array[] = [];
	for (let at = 8; at < png.length;) {
		const length = view.getUint32(at);
		const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
		const data = png.subarray(at + 8, at + 8 + length);
		if (type === 'IHDR') {
			width = view.getUint32(at + 8);
			height = view.getUint32(at + 12);
			const [bitDepth, colourType, , , interlace] = data.subarray(8, 13);
			if (bitDepth !== 8 || interlace !== 0 || !(colourType in CHANNELS)) {
				throw new Error(
					`Unsupported PNG: bit depth ${bitDepth}, colour type ${colourType}, interlace ${interlace}`
				);
			}
			channels = CHANNELS[colourType];
		} else if (type === 'IDAT') idat.push(data);
		else if (type === 'IEND') break;
		at += 12 + length;
	}
	const raw = inflateSync(Buffer.concat(idat));
	const stride = width * channels;
	if (raw.length !== height * (stride + 1))
		throw new Error(`IDAT holds ${raw.length} bytes, expected ${height * (stride + 1)}`);
	const rows: Uint8Array[] = [];
	let prev = new Uint8Array(stride);
	for (let y = 0; y < height; y++) {
		const filter = raw[y * (stride + 1)];
		const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
		const out = new Uint8Array(stride);
		for (let i = 0; i < stride; i++) {
			const a = i >= channels ? out[i - channels] : 0;
			const b = prev[i];
			const c = i >= channels ? prev[i - channels] : 0;
			let v: number;
			switch (filter) {
				case 0:
					v = 0;
					break;
				case 1:
					v = a;
					break;
				case 2:
					v = b;
					break;
				case 3:
					v = (a + b) >> 1;
					break;
				case 4: {
					const p = a + b - c;
					const pa = Math.abs(p - a);
					const pb = Math.abs(p - b);
					const pc = Math.abs(p - c);
					v = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
					break;
				}
				default:
					throw new Error(`Unknown row filter ${filter} in row ${y}`);
			}
			out[i] = (line[i] + v) & 0xff;
		}
		rows.push(out);
		prev = out;
	}
	return { width, height, channels, rows };
}

/** How many distinct pixel values an image has (stops counting at `limit`). */
export function distinctColours(img: DecodedPng, limit = 1000): number {
	const seen = new Set<number>();
	const c = img.channels;
	for (const row of img.rows) {
		for (let i = 0; i < row.length; i += c) {
			let key = 0;
			for (let k = 0; k < c; k++) key = key * 256 + row[i + k];
			seen.add(key);
		}
		if (seen.size >= limit) return limit;
	}
	return seen.size;
}

/** How many rows differ from the first one: a blank or one-colour image has none. */
export function rowsUnlikeFirst(img: DecodedPng): number {
	const first = img.rows[0];
	return img.rows.filter((r) => r.some((v, i) => v !== first[i])).length;
}
