/**
 * The reader keeps their place across editions: reading the middle of a
 * chapter, the masthead's other editions lead to the same paragraph (its id is
 * the same in every edition); Back returns to it; a passage arrived at from a
 * search result is kept; without JavaScript the links lead to the chapter.
 */
import { expect, test, type Page } from '@playwright/test';
import { editionCodes as localeCodes } from './site.ts';
import type { Chapter } from '../../packages/editions/src/model/types.ts';
import { pageUrl } from '../../packages/editions/src/urls.ts';
import { press } from './press.ts';
import { model } from './site.ts';
import { test as kept } from './walk.ts';

/** Chapters with two or more sections, and the paragraph in the middle of each (not a figure's caption). */
const sectioned = model.story.chapters
  .filter((c) => c.units.filter((u) => u.kind === 'heading').length >= 2)
  .map((c: Chapter) => {
    const paragraphs = c.units.filter((u) => u.kind === 'paragraph' && !u.figure);
    return { slug: c.slug, middle: paragraphs[Math.floor(paragraphs.length / 2)]!.id };
  });

/** Scrolls as a reader would, until the paragraph is the first thing under the masthead. */
async function readTo(tab: Page, id: string): Promise<void> {
  await tab.locator(`#${id}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

test('there are chapters with two or more sections to read', () => {
  expect(sectioned.length).toBeGreaterThan(0);
});

for (const { slug, middle } of sectioned) {
  for (const from of localeCodes) {
    // A tab the worker keeps open (walk.ts): the test's own goto starts the page afresh, and Back goes to it.
    kept(`reading the middle of /${from}/${slug}/, the masthead leads to the same paragraph in the other editions`, async ({ keptTab: tab }) => {
      const others = localeCodes.filter((c) => c !== from);
      await tab.goto(pageUrl(from, slug));
      await readTo(tab, middle);
      // While reading, every other edition's link points at the paragraph, and so does the address.
      for (const to of others) {
        await expect(tab.locator(`header nav a[hreflang="${to}"]`)).toHaveAttribute('href', `${pageUrl(to, slug)}#${middle}`);
      }
      await expect(tab).toHaveURL(new RegExp(`${pageUrl(from, slug)}#${middle}$`));

      // One press on the next edition lands on that paragraph, on screen.
      const to = others[0]!;
      await press(tab.locator(`header nav a[hreflang="${to}"]`));
      await expect(tab).toHaveURL(new RegExp(`${pageUrl(to, slug)}#${middle}$`));
      await expect(tab.locator('html')).toHaveAttribute('lang', to);
      await expect(tab.locator(`#${middle}`)).toBeInViewport();

      // Back returns to the place in the first edition.
      await tab.goBack();
      await expect(tab).toHaveURL(new RegExp(`${pageUrl(from, slug)}#${middle}$`));
      await expect(tab.locator(`#${middle}`)).toBeInViewport();
    });
  }
}

test('a click straight after scrolling already carries the passage', async ({ page: tab }) => {
  const { slug, middle } = sectioned[0]!;
  await tab.goto(pageUrl('ja', slug));
  await readTo(tab, middle);
  // No wait for the links to follow the scroll: the click itself takes the place.
  await press(tab.locator('header nav a[hreflang="ko"]'));
  await expect(tab).toHaveURL(new RegExp(`${pageUrl('ko', slug)}#${middle}$`));
});

test('from the keyboard too: focusing the masthead link does not lose the place', async ({ page: tab }) => {
  const { slug, middle } = sectioned.at(-1)!;
  await tab.goto(pageUrl('en', slug));
  await readTo(tab, middle);
  await tab.locator('header nav a[hreflang="ja"]').focus();
  await tab.keyboard.press('Enter');
  await expect(tab).toHaveURL(new RegExp(`${pageUrl('ja', slug)}#${middle}$`));
});

test('arriving at a passage from a search result keeps it for the other editions', async ({ page: tab }) => {
  // The last paragraph of a chapter: the page cannot scroll it to the top, and its place is kept all the same.
  const chapter = model.story.chapters.find((c) => c.slug === sectioned[0]!.slug)!;
  const last = chapter.units.filter((u) => u.kind === 'paragraph' && !u.figure).at(-1)!.id;
  await tab.goto(`${pageUrl('ko', chapter.slug)}#${last}`);
  await expect(tab.locator('header nav a[hreflang="en"]')).toHaveAttribute('href', `${pageUrl('en', chapter.slug)}#${last}`);
  await expect(tab).toHaveURL(new RegExp(`#${last}$`));
  await expect(tab.locator(`#${last}`)).toBeInViewport();
});

test('back at the top of the chapter, the links lead to the top of the other editions', async ({ page: tab }) => {
  const { slug, middle } = sectioned[0]!;
  await tab.goto(pageUrl('en', slug));
  await readTo(tab, middle);
  await expect(tab.locator('header nav a[hreflang="ja"]')).toHaveAttribute('href', `${pageUrl('ja', slug)}#${middle}`);
  await tab.evaluate(() => window.scrollTo(0, 0));
  await expect(tab.locator('header nav a[hreflang="ja"]')).toHaveAttribute('href', pageUrl('ja', slug));
  await expect(tab).toHaveURL(new RegExp(`${pageUrl('en', slug)}$`));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  // Every sectioned chapter in one test: one context without JavaScript, not one per chapter; each failure names its page.
  test('the masthead of every sectioned /ja/ chapter still leads to the chapter in the other editions', async ({ page: tab }) => {
    for (const { slug, middle } of sectioned) {
      const url = pageUrl('ja', slug);
      await tab.goto(url);
      await readTo(tab, middle);
      for (const to of ['en', 'ko']) await expect(tab.locator(`header nav a[hreflang="${to}"]`), `${url}: the ${to} link`).toHaveAttribute('href', pageUrl(to, slug));
      await tab.locator('header nav a[hreflang="en"]').click();
      await expect(tab, `${url}: the en link`).toHaveURL(new RegExp(`${pageUrl('en', slug)}$`));
      await expect(tab.locator('h1'), `${pageUrl('en', slug)}: the chapter`).toBeVisible();
    }
  });
});

test('scrolling back up to "read side by side", and on to "read only in …", keeps the passage read', async ({ page: tab }) => {
  const { slug, middle } = sectioned[0]!;
  await tab.goto(pageUrl('ja', slug));
  await readTo(tab, middle);
  await expect(tab.locator('header nav a[hreflang="ko"]')).toHaveAttribute('href', `${pageUrl('ko', slug)}#${middle}`);
  await tab.evaluate(() => window.scrollTo(0, 0));
  // The masthead leads to the top (the place on screen); the chapter's own link to the passage read.
  await expect(tab.locator('header nav a[hreflang="ko"]')).toHaveAttribute('href', pageUrl('ko', slug));
  const sideBySide = tab.locator('.parallel-links a[data-parallel="ko"]');
  await expect(sideBySide).toHaveAttribute('href', new RegExp(`#${middle}$`));
  await press(sideBySide);
  await expect(tab).toHaveURL(new RegExp(`/parallel/ko/#${middle}$`));
  await expect(tab.locator(`#${middle}`)).toBeInViewport();
  // In the parallel view, back up to "read only in Korean": the same passage.
  await expect(tab).toHaveURL(new RegExp(`#${middle}$`));
  await tab.waitForTimeout(300);
  await tab.evaluate(() => window.scrollTo(0, 0));
  const only = tab.locator('.parallel-chapters a[hreflang="ko"]');
  await expect(only).toHaveAttribute('href', `${pageUrl('ko', slug)}#${middle}`);
  await press(only);
  await expect(tab).toHaveURL(new RegExp(`${pageUrl('ko', slug)}#${middle}$`));
  await expect(tab.locator(`#${middle}`)).toBeInViewport();
});

test("at the contents below the home's corrections, the switcher leads to a passage of the story, never a correction", async ({ page: tab }) => {
  for (const from of localeCodes) {
    await tab.goto(pageUrl(from, ''));
    await tab.locator('nav.contents').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await tab.waitForTimeout(250);
    for (const a of await tab.locator('header nav a[data-passage], article a[data-passage]').all()) {
      expect(await a.getAttribute('href'), `${from}: ${await a.textContent()}`).not.toMatch(/#correction-/);
    }
    await tab
      .locator('.corrections')
      .evaluate((el) => el.scrollIntoView({ block: 'start' }))
      .catch(() => {});
    await tab.waitForTimeout(250);
    expect(tab.url()).not.toMatch(/#correction-/);
  }
});
