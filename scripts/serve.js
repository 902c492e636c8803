// `npm run serve`: serves the built site (build/) on PORT (default 3000) and HOST (default 0.0.0.0).
// adapter-node assumes https unless ORIGIN is set; links the site writes about itself (oEmbed,
// social cards) need the real origin, so default it to what we listen on.
import { existsSync } from 'node:fs';

if (!existsSync(new URL('../build/index.js', import.meta.url))) {
	console.error('No build found: run `npm run build` first (or `npm start`, which builds and serves).');
	process.exit(1);
}
process.env.PORT ||= '3000';
process.env.ORIGIN ||= `http://localhost:${process.env.PORT}`;
await import('../build/index.js');
