/**
 * The readers' pages kept as rendered (src/lib/server/keptPages.ts): the next request for an address
 * gets the same page without a render, an error is rendered again, and the store stays in its bound.
 */
import { describe, expect, it } from 'vitest';
import { createKeptPages, pageKey } from '$lib/server/keptPages';

function renderer(status = 200, body = '<p>page</p>') {
	const counted = { renders: 0 };
	const render = () => {
		counted.renders++;
		return Promise.resolve(
			new Response(body, {
				status,
				headers: { 'content-type': 'text/html', 'cache-control': 'public, max-age=300' }
			})
		);
	};
	return Object.assign(counted, { render });
}

describe('kept pages', () => {
	it('answer the next request for the same address with the same page, without rendering it', async () => {
		const kept = createKeptPages(1_000_000);
		const page = renderer();
		const first = await kept('/embed/arrests', page.render);
		const second = await kept('/embed/arrests', page.render);
		expect(page.renders).toBe(1);
		expect(await second.text()).toBe('<p>page</p>');
		expect(second.status).toBe(200);
		expect(second.headers.get('cache-control')).toBe('public, max-age=300');
		expect(second.headers.get('content-type')).toBe('text/html');
		expect(await first.text()).toBe('<p>page</p>');
		await kept('/embed/arrests?lang=en', page.render);
		expect(page.renders).toBe(2);
	});

	it('render an error again: a 400 is not kept', async () => {
		const kept = createKeptPages(1_000_000);
		const page = renderer(400, 'from: a day of the period');
		expect((await kept('/?from=x', page.render)).status).toBe(400);
		expect((await kept('/?from=x', page.render)).status).toBe(400);
		expect(page.renders).toBe(2);
	});

	it('share one render among the requests that come while it renders', async () => {
		const kept = createKeptPages(1_000_000);
		const page = renderer();
		const answers = await Promise.all([1, 2, 3].map(() => kept('/', page.render)));
		expect(page.renders).toBe(1);
		expect(await Promise.all(answers.map((a) => a.text()))).toEqual(Array(3).fill('<p>page</p>'));
	});

	it('keep at most their bytes, however many addresses are asked for', async () => {
		const kept = createKeptPages(1000);
		const page = renderer(200, 'x'.repeat(300));
		for (let i = 0; i < 20; i++) await kept(`/?from=${i}`, page.render);
		await kept('/?from=19', page.render);
		expect(page.renders).toBe(20);
		await kept('/?from=0', page.render);
		expect(page.renders).toBe(21);
	});

	it('are kept by their options: a link with tracking or other ignored parameters is the same page', () => {
		const key = (url: string) => pageKey(new URL(url));
		const plain = key('https://news.example/embed/arrests?theme=dark&from=2020-09-01');
		expect(
			key('https://news.example/embed/arrests?utm_source=x&from=2020-09-01&ref=t&theme=dark&fbclid=1')
		).toBe(plain);
		expect(key('https://news.example/embed/arrests?theme=light&from=2020-09-01')).not.toBe(plain);
		expect(key('https://news.example/embed/protests?theme=dark&from=2020-09-01')).not.toBe(plain);
		expect(key('https://other.example/embed/arrests?theme=dark&from=2020-09-01')).not.toBe(plain);
		// An option of another page is still in the key: that page answers it with a 400.
		expect(key('https://news.example/embed/sanctions?yscale=linear')).not.toBe(
			key('https://news.example/embed/sanctions')
		);
	});
});
