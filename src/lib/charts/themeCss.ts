import { chartCss, palettes, paletteVariables } from './palette';

/**
 * The page's colours as CSS variables (light by default, dark when the system asks or the page sets
 * `data-theme`), and the chart classes' rules on those variables. Written into every page's <head>
 * by the server hook, so the palette code is not part of the browser's JavaScript.
 */
export const themeCss =
	`:root,[data-theme=light],[data-theme=transparent]{${paletteVariables(palettes.light)}}` +
	`[data-theme=dark]{${paletteVariables(palettes.dark)}}` +
	`@media (prefers-color-scheme: dark){:root:not([data-theme=light]):not([data-theme=transparent]){${paletteVariables(palettes.dark)}}}` +
	chartCss((name) => `var(--c-${name})`);
