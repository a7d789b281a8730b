/**
 * The parallel view, over every chapter and ordered pair of editions: every
 * unit once per language with its `lang`, linked from the chapter, not for
 * search engines nor the site's search, and the switcher keeps the passage.
 * (Axe, the CSP, landmarks and the weight budget walk these pages too.)
 */
import { expect, test } from '@playwright/test';
import { pageUrl, parallelUrl } from '../../packages/editions/src/urls.ts';
import { model, pages, parallelPages } from './site.ts';
import { test as walking } from './walk.ts';
import { press } from './press.ts';
import { writePage } from './axe.ts';

/** What a parallel view must pair: every unit of the chapter except figures, which it shows once. */
const pairedUnits = new Map(model.story.chapters.map((c) => [c.slug, c.units.filter((u) => u.kind !== 'figure').map((u) => u.id)]));

walking('every parallel view pairs each unit of its chapter, once per language, with the right lang', async ({ walk }) => {
  const problems = (
    await walk(parallelPages, async (tab, view) => {
      expect(await writePage(tab, view.url), view.url).toBe(200);
      const found = await tab.evaluate(() => ({
        lang: document.documentElement.lang,
        robots: document.querySelector('meta[name="robots"]')?.getAttribute('content'),
        canonical: new URL((document.querySelector('link[rel="canonical"]') as HTMLLinkElement).href).pathname,
        indexed: document.querySelectorAll('[data-pagefind-body]').length,
        hreflang: document.querySelectorAll('head link[rel="alternate"][hreflang]').length,
        units: [...document.querySelectorAll('[data-unit]')].map((el) => `${el.getAttribute('data-unit')} ${el.getAttribute('lang')}`),
        ids: [...document.querySelectorAll('[id]')].map((el) => el.id),
      }));
      const out: string[] = [];
      const say = (what: string) => out.push(`${view.url}: ${what}`);
      if (found.lang !== view.locale) say(`<html lang="${found.lang}">`);
      if (found.robots !== 'noindex') say(`robots is ${found.robots}`);
      if (found.canonical !== pageUrl(view.locale, view.slug)) say(`canonical is ${found.canonical}`);
      if (found.indexed) say('has data-pagefind-body');
      if (found.hreflang) say('states hreflang alternates (only indexable pages do)');
      const expected = pairedUnits.get(view.slug)!.flatMap((id) => [`${id} ${view.locale}`, `${id} ${view.other}`]);
      const counts = new Map<string, number>();
      for (const u of found.units) counts.set(u, (counts.get(u) ?? 0) + 1);
      for (const key of expected) if (counts.get(key) !== 1) say(`[data-unit][lang] "${key}" appears ${counts.get(key) ?? 0} times`);
      for (const key of counts.keys()) if (!expected.includes(key)) say(`unexpected [data-unit][lang] "${key}"`);
      const dupes = found.ids.filter((id, i) => found.ids.indexOf(id) !== i);
      if (dupes.length) say(`duplicate ids ${dupes.join(', ')}`);
      return out;
    })
  ).flat();
  expect(problems, problems.join('\n')).toEqual([]);
});

walking('every chapter links to its parallel view with each other edition', async ({ walk }) => {
  const chapters = pages.filter((p) => p.kind === 'chapter');
  const problems = (
    await walk(chapters, async (tab, page) => {
      expect(await writePage(tab, page.url), page.url).toBe(200);
      const links = await tab.locator('a[data-parallel]').evaluateAll((as) => as.map((a) => [a.getAttribute('data-parallel')!, a.getAttribute('href')!]));
      const expected = parallelPages.filter((v) => v.locale === page.locale && v.slug === page.slug).map((v) => [v.other, v.url]);
      return JSON.stringify(links) === JSON.stringify(expected) ? [] : [`${page.url}: ${JSON.stringify(links)}, expected ${JSON.stringify(expected)}`];
    })
  ).flat();
  expect(problems, problems.join('\n')).toEqual([]);
});

test('no parallel view is in the sitemap', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/the-route/');
  for (const view of parallelPages) expect(sitemap, view.url).not.toContain(view.url);
  expect(sitemap).not.toContain('/parallel/');
});

walking("no parallel view is in any edition's search index", async ({ keptTab: page }) => {
  for (const lng of new Set(parallelPages.map((v) => v.locale))) {
    await page.goto(`/${lng}/search/`);
    const urls: string[] = await page.evaluate(async () => {
      const pagefind = await import('/pagefind/pagefind.js' as string);
      const all = await pagefind.search(null);
      return Promise.all(all.results.map(async (r: { data(): Promise<{ url: string }> }) => (await r.data()).url));
    });
    expect(urls.length, `the ${lng} index lists its chapters`).toBeGreaterThan(0);
    expect(
      urls.filter((u) => u.includes('/parallel/')),
      `${lng} index`,
    ).toEqual([]);
  }
});

test('in a parallel view the switcher keeps the pair and the passage', async ({ page: tab }) => {
  const view = parallelPages.find((v) => v.locale === 'ja' && v.other === 'en' && v.slug === 'the-notes')!;
  const chapter = model.story.chapters.find((c) => c.slug === view.slug)!;
  const paragraphs = chapter.units.filter((u) => u.kind === 'paragraph' && !u.figure);
  const middle = paragraphs[Math.floor(paragraphs.length / 2)]!.id;
  await tab.goto(view.url);
  await tab.locator(`#${middle}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  // Korean first, beside English; English first, beside Japanese; and the single chapters at the same place.
  await expect(tab.locator('header nav a[hreflang="ko"]')).toHaveAttribute('href', `${parallelUrl('ko', view.slug, 'en')}#${middle}`);
  await expect(tab.locator('header nav a[hreflang="en"]')).toHaveAttribute('href', `${parallelUrl('en', view.slug, 'ja')}#${middle}`);
  await expect(tab.locator('.parallel-chapters a[hreflang="en"]')).toHaveAttribute('href', `${pageUrl('en', view.slug)}#${middle}`);
  await press(tab.locator('header nav a[hreflang="ko"]'));
  await expect(tab).toHaveURL(new RegExp(`${parallelUrl('ko', view.slug, 'en')}#${middle}$`));
  await expect(tab.locator(`#${middle}`)).toBeInViewport();
  await expect(tab.locator(`#${middle} [lang="ko"]`)).toBeVisible();

  // From a chapter's middle, "side by side" opens the view at the same paragraph.
  await tab.goto(pageUrl('ko', view.slug));
  await tab.locator(`#${middle}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expect(tab.locator('a[data-parallel="ja"]')).toHaveAttribute('href', `${parallelUrl('ko', view.slug, 'ja')}#${middle}`);
});

test('two columns on a wide screen, one unit after the other on a phone', async ({ page: tab }) => {
  const view = parallelPages.find((v) => v.locale === 'ko' && v.other === 'ja')!;
  const id = model.story.chapters.find((c) => c.slug === view.slug)!.units.find((u) => u.kind === 'paragraph')!.id;
  await tab.setViewportSize({ width: 1280, height: 900 });
  await tab.goto(view.url);
  const boxes = async () => Promise.all(['ko', 'ja'].map((l) => tab.locator(`#${id} > [lang="${l}"]`).boundingBox()));
  const [ko, ja] = await boxes();
  expect(ko!.x).toBeLessThan(ja!.x);
  expect(Math.abs(ko!.y - ja!.y)).toBeLessThan(2);
  await tab.setViewportSize({ width: 390, height: 844 });
  const [koPhone, jaPhone] = await boxes();
  expect(jaPhone!.y).toBeGreaterThan(koPhone!.y + koPhone!.height - 1);
  // Each side in its own script's typography: Korean keeps words whole, Japanese breaks strictly.
  expect(await tab.locator(`#${id} > [lang="ko"]`).evaluate((el) => getComputedStyle(el).wordBreak)).toBe('keep-all');
  expect(await tab.locator(`#${id} > [lang="ja"]`).evaluate((el) => getComputedStyle(el).lineBreak)).toBe('strict');
});
