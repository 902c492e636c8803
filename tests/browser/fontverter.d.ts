/** fontverter ships no types: the one function the font test uses. */
declare module 'fontverter' {
	const fontverter: { convert(font: Buffer, to: 'sfnt' | 'woff' | 'woff2'): Promise<Buffer> };
	export default fontverter;
}
