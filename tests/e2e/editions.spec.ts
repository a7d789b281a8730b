/** Language switching, alternates and the no-JavaScript promise, on every page. */
import { expect, test } from '@playwright/test';
import { editionCodes as localeCodes } from './site.ts';
import { pages } from './site.ts';
import { test as kept } from './walk.ts';
import { writePage } from './axe.ts';

for (const page of pages) {
  // Reads one page: written into a tab the worker keeps open (walk.ts, axe.ts), no context or navigation of its own.
  kept(`switcher and alternates on ${page.url}`, async ({ keptTab: tab }) => {
    expect(await writePage(tab, page.url)).toBe(200);
    // Reading needs no JavaScript: the one script keeps the passage when switching (passage.spec.ts), deferred,
    // external; the JSON-LD is a data block, never run.
    await expect(tab.locator('script:not([type="application/ld+json"])')).toHaveCount(1);
    await expect(tab.locator('head script[type="module"][src="/assets/passage.js"]')).toHaveCount(1);

    for (const code of localeCodes) {
      const target = `/${code}/${page.slug ? `${page.slug}/` : ''}`;
      await expect(tab.locator(`head link[rel="alternate"][hreflang="${code}"]`)).toHaveAttribute('href', new RegExp(`${target}$`));
      const link = tab.locator(`header nav a[hreflang="${code}"]`);
      await expect(link).toHaveAttribute('lang', code);
      await expect(link).toHaveAttribute('href', target);
    }
    await expect(tab.locator('head link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1);
    await expect(tab.locator(`header nav a[aria-current]`)).toHaveAttribute('hreflang', page.locale);

    // Every section offers the same passage in the other editions.
    const sections = await tab
      .locator('h2[id] .section-switch a')
      .evaluateAll((links) => links.map((a) => ({ href: a.getAttribute('href')!, hreflang: a.getAttribute('hreflang')!, section: a.closest('h2')!.id })));
    for (const s of sections) {
      expect(s.href, `the ${s.hreflang} link of section #${s.section}`).toBe(`/${s.hreflang}/${page.slug ? `${page.slug}/` : ''}#${s.section}`);
    }
  });
}

kept('a section link lands on the same chapter and passage in the other edition', async ({ walk, request }) => {
  await walk(
    pages.filter((p) => p.slug !== ''),
    async (tab, page) => {
      await tab.goto(page.url);
      const hrefs = await tab.locator('h2[id] .section-switch a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      expect(hrefs.length, `${page.url} should have section links`).toBeGreaterThan(0);
      for (const href of hrefs) {
        const [target, hash] = href.split('#') as [string, string];
        const html = await (await request.get(target)).text();
        expect(html, `${href} should hold the passage #${hash}`).toContain(`id="${hash}"`);
      }
      // And one real click, as a reader would.
      await tab.locator('h2[id] .section-switch a').first().click();
      await expect(tab).toHaveURL(new RegExp(`/${page.slug}/#${hrefs[0]!.split('#')[1]}$`));
    },
  );
});

test('the root page offers every edition without redirecting', async ({ page: tab }) => {
  const response = await tab.goto('/');
  expect(response?.url()).toMatch(/\/$/);
  for (const code of localeCodes) {
    await expect(tab.locator(`main a[hreflang="${code}"][lang="${code}"]`)).toHaveAttribute('href', `/${code}/`);
  }
});
