/**
 * How fast the extractor reads articles: a synthetic corpus of 1,000 articles, made from the sentences of
 * the five real ones (shuffled with a seeded generator, so every run reads the same corpus), each about
 * as long as a real article. One thread; after a warm-up run, the median of five timed runs.
 *
 *   npx tsx src/scripts/bench-extract.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractCandidates } from '../lib/extract/extract';
import type { PlaceName } from '../lib/extract/places';
import { splitSentences } from '../lib/extract/sentences';

const articleCount = 1_000;
const timedRuns = 5;
const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data');
const articleDays = ['2020-08-17', '2020-10-12', '2020-08-16', '2020-08-15', '2020-09-14'];

/** mulberry32: a small seeded generator, enough to shuffle sentences reproducibly. */
function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

function shuffle<T>(items: T[], random: () => number): T[] {
	const shuffled = [...items];
	for (let i = shuffled.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
	}
	return shuffled;
}

function syntheticCorpus(): { text: string; articleDay: string }[] {
	const articleDir = path.join(dataDir, 'articles');
	const texts = readdirSync(articleDir)
		.filter((file) => file.endsWith('.txt'))
		.sort()
		.map((file) => readFileSync(path.join(articleDir, file), 'utf8'));
	const sentences = texts.flatMap((text) => splitSentences(text).map((sentence) => sentence.text));
	const meanLength = texts.reduce((sum, text) => sum + text.length, 0) / texts.length;
	const random = seededRandom(2020);
	let pool: string[] = [];
	const corpus: { text: string; articleDay: string }[] = [];
	for (let article = 0; article < articleCount; article++) {
		const parts: string[] = [];
		let length = 0;
		while (length < meanLength) {
			if (pool.length === 0) pool = shuffle(sentences, random);
			const sentence = pool.pop()!;
			parts.push(sentence);
			length += sentence.length + 1;
		}
		// Paragraphs of three sentences, as in the real articles.
		const text = parts.map((sentence, i) => (i % 3 === 2 ? `${sentence}\n\n` : `${sentence} `)).join('');
		corpus.push({ text, articleDay: articleDays[article % articleDays.length] });
	}
	return corpus;
}

function loadPlaces(): PlaceName[] {
	try {
		const places = JSON.parse(readFileSync(path.join(dataDir, 'places.json'), 'utf8')) as {
			id: string;
			name_nl: string;
			aliases: string[];
		}[];
		return places.map((place) => ({ id: place.id, names: [place.name_nl, ...place.aliases] }));
	} catch {
		return [];
	}
}

export async function benchExtract(): Promise<{ articles: number; seconds: number; perSecond: number }> {
	const corpus = syntheticCorpus();
	const places = loadPlaces();
	const run = () => {
		let candidates = 0;
		for (const article of corpus) {
			candidates += extractCandidates(article.text, { articleDay: article.articleDay, places }).length;
		}
		return candidates;
	};
	run();
	const durations: number[] = [];
	for (let i = 0; i < timedRuns; i++) {
		const start = performance.now();
		run();
		durations.push((performance.now() - start) / 1000);
	}
	const seconds = durations.sort((a, b) => a - b)[Math.floor(timedRuns / 2)];
	return { articles: corpus.length, seconds, perSecond: corpus.length / seconds };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
	const result = await benchExtract();
	console.log(
		`${result.articles} articles in ${result.seconds.toFixed(3)} s (median of ${timedRuns}): ` +
			`${Math.round(result.perSecond)} articles/s`
	);
}
