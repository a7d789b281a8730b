/**
 * Accessibility: axe over every page of every edition (zero violations; each
 * failure names its page and the count), then keyboard use and structure.
 * The per-page checks walk runs of pages with the worker's open tabs (walk.ts);
 * axe audits each page written into a tab where it stays loaded (axe.ts).
 */
import { expect, type Page } from '@playwright/test';
import { auditPage, writePage } from './axe.ts';
import { everyPage, pages } from './site.ts';
import { pageRuns, test, walkTimeout } from './walk.ts';

// Axe is the heaviest check (seconds of CPU per page under load): shorter runs, more time per page.
for (const { name, run } of pageRuns(everyPage, 10)) {
  test(`axe finds no violation on ${name}`, async ({ walk }) => {
    test.setTimeout(walkTimeout(run.length, 15_000));
    const found = (await walk(run, (tab, page) => auditPage(tab, page.url))).flat();
    expect(found, found.join('\n')).toEqual([]);
  });
}

test('the axe check catches a fault (an image without alt text)', async ({ page: tab }) => {
  await tab.route('**/en/the-notes/', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace('</article>', '<img src="/assets/none.png"></article>') });
  });
  const found = await auditPage(tab, '/en/the-notes/');
  expect(found).toHaveLength(1);
  expect(found[0]).toMatch(/^\/en\/the-notes\/: \d+ axe violation\(s\):(\n.*)*\nimage-alt \(/);
});

for (const page of pages.filter((p) => p.kind === 'home' || p.slug === 'the-route')) {
  // A tab the worker keeps open (walk.ts): the test's own goto starts the page afresh.
  test(`keyboard: skip link, visible focus, switcher and navigation on ${page.url}`, async ({ keptTab: tab }) => {
    await tab.goto(page.url);
    // The first Tab shows the skip link, on screen and outlined.
    await tab.keyboard.press('Tab');
    const skip = tab.locator('a.skip');
    await expect(skip).toBeFocused();
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.x >= 0, 'the focused skip link is on screen').toBe(true);
    expect(await skip.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');

    // Then the story's name, and every edition in the switcher, in order.
    await tab.keyboard.press('Tab');
    await expect(tab.locator('header a.brand')).toBeFocused();
    for (const link of await tab.locator('header nav a[hreflang]').all()) {
      await tab.keyboard.press('Tab');
      await expect(link).toBeFocused();
      expect(await link.evaluate((el) => getComputedStyle(el).outlineStyle), 'focus is visible').toBe('solid');
    }

    // The skip link moves on to the story: the next Tab lands inside <main>.
    await tab.goto(page.url);
    await tab.keyboard.press('Tab');
    await tab.keyboard.press('Enter');
    await expect(tab).toHaveURL(/#story$/);
    await tab.keyboard.press('Tab');
    expect(await tab.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);

    // The chapter navigation can be reached and followed from the keyboard.
    const next = tab.locator('nav.pager a[rel="next"]');
    await next.focus();
    const href = await next.getAttribute('href');
    await tab.keyboard.press('Enter');
    await expect(tab).toHaveURL(new RegExp(`${href}$`));
  });
}

/** What is wrong with a page's landmarks and heading order, each problem naming the page. */
async function structureProblems(tab: Page, url: string): Promise<string[]> {
  const problems: string[] = [];
  const count = (selector: string) => tab.locator(selector).count();
  const mains = await count('main');
  if (mains !== 1) problems.push(`${url}: ${mains} <main> elements, expected 1`);
  const h1s = await count('h1');
  if (h1s !== 1) problems.push(`${url}: ${h1s} <h1> elements, expected 1`);
  const banners = await count('body > header');
  if (banners > 1) problems.push(`${url}: ${banners} banners, at most one`);
  const levels = await tab.locator('h1, h2, h3, h4').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  if (levels[0] !== 1) problems.push(`${url}: the first heading is h${levels[0]}, not the h1`);
  levels.forEach((level, i) => {
    if (i > 0 && level > levels[i - 1]! + 1) problems.push(`${url}: heading ${i + 1} (h${level}) skips a level after h${levels[i - 1]}`);
  });
  return problems;
}

for (const { name, run } of pageRuns(everyPage)) {
  test(`landmarks and heading order on ${name}`, async ({ walk }) => {
    test.setTimeout(walkTimeout(run.length));
    const problems = (
      await walk(run, async (tab, page) => {
        // The page written into the tab (axe.ts): the same document, without a navigation's cost.
        const status = await writePage(tab, page.url);
        return status === 200 ? structureProblems(tab, page.url) : [`${page.url}: answered HTTP ${status}`];
      })
    ).flat();
    expect(problems, problems.join('\n')).toEqual([]);
  });
}

test('the landmark check catches a fault (a second h1, a skipped level)', async ({ page: tab }) => {
  await tab.route('**/en/the-notes/', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace('</article>', '<h1>Again</h1><h4>Deep</h4></article>') });
  });
  expect(await writePage(tab, '/en/the-notes/')).toBe(200);
  const problems = await structureProblems(tab, '/en/the-notes/');
  expect(problems).toContain('/en/the-notes/: 2 <h1> elements, expected 1');
  expect(
    problems.some((p) => /^\/en\/the-notes\/: heading \d+ \(h4\) skips a level after h1$/.test(p)),
    problems.join('\n'),
  ).toBe(true);
});

// Regression: axe 4.14 found aria-label="한국어로 읽기" around the visible word 한국어 (WCAG 2.5.3, Label in Name).
test('the language links are named starting with the word a reader sees (label-content-name-mismatch)', async ({ page: tab }) => {
  // What AxeBuilder's withRules(['label-content-name-mismatch']) passes: the rule is experimental, off by default.
  const onlyThatRule = { runOnly: { type: 'rule' as const, values: ['label-content-name-mismatch'] } };
  for (const url of ['/en/the-notes/', '/ja/the-notes/', '/ja/the-notes/parallel/ko/']) {
    expect(await auditPage(tab, url, onlyThatRule), url).toEqual([]);
    const name = await tab.locator('header nav a[hreflang="ko"]').evaluate((a) => a.textContent);
    expect(name, 'visible endonym first, then what the link does').toMatch(/^한국어 — /);
  }
  // The check catches the old markup.
  await tab.route('**/ja/the-notes/', async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      body: (await response.text()).replace(/(<a [^>]*hreflang="ko"[^>]*)>한국어<span class="vh">[^<]*<\/span>/, '$1 aria-label="한국어로 읽기">한국어'),
    });
  });
  const caught = await auditPage(tab, '/ja/the-notes/', onlyThatRule);
  expect(caught.join('\n')).toMatch(/^\/ja\/the-notes\/: 1 axe violation\(s\):\nlabel-content-name-mismatch /);
});
