/**
 * `npm run bench`: every budget the issues name, measured. Builds first when there is no build.
 * Each part runs on its own so that one failing part still lets the others report.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const parts: [string, string, string][] = [
	['extractor', './bench-extract.ts', 'benchExtract'],
	['dashboard', './bench-dashboard.ts', 'benchDashboard'],
	['embeds', './bench-embed.ts', 'benchEmbed'],
	['first paint', './bench-first-paint.ts', 'benchFirstPaint'],
	['static folder', './bench-static.ts', 'benchStatic'],
	['export', './bench-export.ts', 'benchExport'],
	['lighthouse', './bench-lighthouse.ts', 'benchLighthouse']
];

if (!existsSync(`${process.env.BUILD_DIR ?? 'build'}/index.js`))
	execSync('npm run build', { stdio: 'inherit' });

for (const [name, file, fn] of parts) {
	const path = new URL(file, import.meta.url);
	if (!existsSync(path)) continue;
	console.log(`\n## ${name}`);
	try {
		const mod = await import(pathToFileURL(path.pathname).href);
		console.dir(await mod[fn](), { depth: 4 });
	} catch (error) {
		console.error(`${name} failed:`, error);
		process.exitCode = 1;
	}
}
