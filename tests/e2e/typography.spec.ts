/**
 * Typography per script, as the browser computes it: each language's faces
 * (also for text in another language than the page), line breaking rules,
 * and the edition's quotation marks around quotes.
 */
import { expect, test, type Locator } from '@playwright/test';
import { test as kept } from './walk.ts';

const style = (el: Locator, prop: string, pseudo?: string) => el.evaluate((e, [p, ps]) => getComputedStyle(e, ps ?? null).getPropertyValue(p!), [prop, pseudo] as const);

// Reading one page: on a tab the worker keeps open (walk.ts), no context of its own.
kept('Japanese is set with strict line breaking and Japanese faces, quotes in 「」', async ({ keptTab: tab }) => {
  await tab.goto('/ja/the-notes/');
  const paragraph = tab.locator('article > p').first();
  expect(await style(paragraph, 'line-break')).toBe('strict');
  expect(await style(paragraph, 'font-family')).toMatch(/^"Hiragino Mincho ProN"/);
  const quote = tab.locator('blockquote[data-quote]').first();
  expect(await style(quote, 'quotes')).toMatch(/^"「" "」"/);
  expect(await style(quote.locator('p').first(), 'content', '::before')).toBe('open-quote');
  expect(await style(quote.locator('p').last(), 'content', '::after')).toBe('close-quote');
});

kept('Korean breaks between words only, in Korean faces', async ({ keptTab: tab }) => {
  await tab.goto('/ko/the-notes/');
  const paragraph = tab.locator('article > p').first();
  expect(await style(paragraph, 'word-break')).toBe('keep-all');
  expect(await style(paragraph, 'font-family')).toMatch(/^AppleMyungjo/);
  expect(await style(tab.locator('blockquote[data-quote]').first(), 'quotes')).toMatch(/^"“" "”"/);
});

test("text in another language than the page gets its own language's faces", async ({ page: tab }) => {
  await tab.route('**/en/the-notes/', async (route) => {
    const response = await route.fetch();
    const quote = '<figure class="quote"><blockquote data-quote="x" lang="ko"><p>당의 사랑</p></blockquote></figure>';
    await route.fulfill({ response, body: (await response.text()).replace('</article>', `${quote}</article>`) });
  });
  await tab.goto('/en/the-notes/');
  expect(await style(tab.locator('article > p').first(), 'font-family')).toMatch(/^"Iowan Old Style"/);
  expect(await style(tab.locator('blockquote[lang="ko"] p'), 'font-family')).toMatch(/^AppleMyungjo/);
  // The switcher's Japanese link, in the sans-serif header, is set in a Japanese sans face.
  expect(await style(tab.locator('header a[lang="ja"]'), 'font-family')).toMatch(/^"Hiragino Sans"/);
  // Quotation marks follow the edition, whatever the quote's language.
  expect(await style(tab.locator('blockquote[lang="ko"]'), 'quotes')).toMatch(/^"“" "”"/);
});
