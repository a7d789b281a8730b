/**
 * Search, through the real search page in Chromium: every query of every
 * locale's query set (tests/search/<lng>.json) finds its chapter in the top 3;
 * each edition finds only its own pages; navigation is not indexed; results
 * link to the passage; filters narrow; and what a first search costs.
 */
import { expect, test } from '@playwright/test';
import { axeBuilder } from './axe.ts';
import { editionCodes as localeCodes } from './site.ts';
import { chapterOf, querySet, searchDownloads, searchPage } from './search-run.ts';
import { pages } from './site.ts';

for (const lng of localeCodes) {
  test(`every ${lng} query finds its chapter in the top 3 (tests/search/${lng}.json)`, async ({ page, baseURL }) => {
    for (const c of querySet(lng)) {
      const urls = await searchPage(page, baseURL!, lng, c.query);
      for (const url of urls) expect(url, `"${c.query}" on /${lng}/search/ must stay in the ${lng} edition`).toMatch(new RegExp(`^/${lng}/`));
      expect.soft(urls.slice(0, 3).map(chapterOf), `"${c.query}" (${c.kind}) on /${lng}/search/ should find ${c.expect}`).toContain(c.expect);
    }
  });
}

/** A word of each edition's language, which its own edition has and the other must not find. */
const ownWords: Record<string, string[]> = { ja: ['ドローン', 'チョン・ギョンホン', 'クルスク州'], ko: ['드론', '정경홍', '쿠르스크주'] };

for (const [lng, other] of [
  ['ja', 'ko'],
  ['ko', 'ja'],
] as const) {
  test(`${lng} words find nothing in the ${other} edition`, async ({ page, baseURL }) => {
    // All of one edition's searches, then the other's: each search page (and its index) loads once.
    for (const word of ownWords[lng]!) expect(await searchPage(page, baseURL!, lng, word), `"${word}" in its own edition`).not.toEqual([]);
    for (const word of ownWords[lng]!) {
      expect(await searchPage(page, baseURL!, other, word), `"${word}" on /${other}/search/`).toEqual([]);
      await expect(page.locator('#search-status')).not.toBeEmpty();
    }
  });
}

test('each index holds the chapters of its edition, not navigation, the switcher or other pages', async ({ page, baseURL, request }) => {
  for (const lng of localeCodes) {
    // Everything in the index: a search with no words lists every page, with the text Pagefind indexed for it.
    await page.goto(`${baseURL}/${lng}/search/`);
    const indexed = await page.evaluate(async () => {
      const pagefind = await import('/pagefind/pagefind.js' as string);
      const all = await pagefind.search(null);
      return Promise.all(
        all.results.map(async (r: { data(): Promise<{ url: string; content: string }> }) => {
          const { url, content } = await r.data();
          return { url, content };
        }),
      );
    });
    expect(indexed.map((i) => i.url).sort()).toEqual(
      pages
        .filter((p) => p.locale === lng)
        .map((p) => p.url)
        .sort(),
    );

    // The chrome around the story is not in any page's indexed text.
    const html = await (await request.get(`/${lng}/the-route/`)).text();
    const contents = /<nav class="contents"[\s\S]*?<h2[^>]*>([^<]+)</.exec(html)![1]!;
    // A section link: the endonym, then the rest of its name (visually hidden).
    const endonyms = [...html.matchAll(/class="section-switch"[\s\S]*?<\/a><\/span>/g)].flatMap((m) =>
      [...m[0].matchAll(/>([^<]+)<span class="vh">([^<]+)<\/span><\/a>/g)].flatMap((a) => [a[1]!, a[2]!.replace(/^ — /, '')]),
    );
    expect(endonyms.length, `/${lng}/the-route/ has section links`).toBeGreaterThan(0);
    for (const word of [contents, ...new Set(endonyms)]) {
      const leaks = indexed.filter((i) => i.content.includes(word)).map((i) => i.url);
      expect(leaks, `"${word}" indexed on ${lng} pages`).toEqual([]);
    }
  }
});

test('a result links to the passage that matched', async ({ page, baseURL }) => {
  await searchPage(page, baseURL!, 'ko', '스마트폰을');
  const first = page.locator('#search-results li').first();
  await expect(first.locator('mark').first()).toContainText('스마트폰');
  await first.locator('a.result-title').click();
  await expect(page).toHaveURL(/\/ko\/hidden-identities\/#p-e44d43$/);
  await expect(page.locator(':target')).toContainText('스마트폰');
});

test('filters narrow the results by chapter and by quoted speaker', async ({ page, baseURL }) => {
  const all = await searchPage(page, baseURL!, 'en', 'soldiers');
  const narrowed = await searchPage(page, baseURL!, 'en', 'soldiers', { chapter: 'the-route' });
  expect(new Set(all.map(chapterOf)).size).toBeGreaterThan(1);
  expect(narrowed.map(chapterOf)).toEqual(['the-route']);
  // A speaker alone lists the chapters that quote them.
  const lee = await searchPage(page, baseURL!, 'ja', '', { speaker: 'lee-hyunseung' });
  expect(lee.map(chapterOf).sort()).toEqual(['drone-warfare', 'the-notes']);
  await expect(page.locator('#search-speaker')).toHaveValue('lee-hyunseung');
});

test('the search page runs one external module script and no inline script or style', async ({ page, baseURL }) => {
  for (const lng of localeCodes) {
    await searchPage(page, baseURL!, lng, querySet(lng)[0]!.query);
    await expect(page.locator('script')).toHaveCount(1);
    await expect(page.locator('script[type="module"][src="/assets/search/search.js"]')).toHaveCount(1);
    await expect(page.locator('style, [style]')).toHaveCount(0);
    await expect(page.locator('#search-results li')).not.toHaveCount(0);
  }
});

test('the header search box leads to the search page of the same edition', async ({ page, baseURL }) => {
  await page.goto(`${baseURL}/ja/the-notes/`);
  await page.locator('header input[type="search"]').fill('ドローン');
  await page.locator('header form[role="search"] button').click();
  await expect(page).toHaveURL(/\/ja\/search\/\?q=/);
  await expect(page.locator('#search-results li').first()).toBeVisible();
});

test('a first search downloads a bounded number of bytes', async ({ page, baseURL }, info) => {
  for (const lng of localeCodes) {
    const query = querySet(lng)[0]!.query;
    const transfers = await searchDownloads(page, () => searchPage(page, baseURL!, lng, query));
    const total = transfers.reduce((sum, t) => sum + t.bytes, 0);
    info.annotations.push({ type: 'first-search bytes', description: `${lng} "${query}": ${total} bytes in ${transfers.length} files` });
    // Engine (pagefind.js, its worker and WebAssembly) + index metadata + one word chunk + result fragments.
    expect(total, transfers.map((t) => `${t.url} ${t.bytes}`).join('\n')).toBeLessThan(400_000);
  }
});

test('the search page with results, and the header search box, pass an accessibility audit', async ({ page, baseURL }) => {
  // Six audits in one test: room for a busy machine.
  test.setTimeout(120_000);
  for (const lng of localeCodes) {
    await searchPage(page, baseURL!, lng, querySet(lng)[1]!.query);
    const onSearch = await axeBuilder(page).analyze();
    expect(onSearch.violations.map((v) => `/${lng}/search/ ${v.id}: ${v.help}`)).toEqual([]);
    await page.goto(`${baseURL}/${lng}/the-notes/`);
    const header = await axeBuilder(page).include('header').analyze();
    expect(header.violations.map((v) => `/${lng}/the-notes/ header ${v.id}: ${v.help}`)).toEqual([]);
  }
});
