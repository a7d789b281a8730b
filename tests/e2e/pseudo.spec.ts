/**
 * Every visible string of every page comes from the locale files: walks the
 * pseudo-localized build (PSEUDO_SITE, built by `npm run test:e2e`) and fails
 * on any text that kept plain Latin letters, naming page and text.
 */
import path from 'node:path';
import { expect } from '@playwright/test';
import { findHardCoded } from '../../packages/editions/src/checks/pseudo.ts';
import { formatFinding } from '../../packages/editions/src/errors.ts';
import { serveSite, type Served } from '../../scripts/lib/serve.ts';
import { pages, parallelPages, searchUrls } from './site.ts';
import { test } from './walk.ts';
import { writeInPlace } from './axe.ts';

const siteDir = path.resolve(process.env.PSEUDO_SITE ?? '.build/pseudo-site');
let served: Served;
test.beforeAll(async () => {
  served = await serveSite(siteDir);
});
test.afterAll(async () => {
  await served.close();
});

/** The search pages' script writes text of its own: they are navigated to, so that it runs on each. */
const scripted = new Set(searchUrls);

for (const url of ['/', ...pages.map((p) => p.url), ...parallelPages.map((p) => p.url), ...searchUrls]) {
  // One page per test, on a tab the worker keeps open (walk.ts): the names stay per page, as browser-gates.test.ts selects one.
  test(`no hard-coded text on ${url}`, async ({ keptTab: page }) => {
    if (scripted.has(url)) await page.goto(`${served.origin}${url}`);
    else {
      // Written into the tab (axe.ts writeInPlace): the same HTML and stylesheet, without a navigation's cost.
      if (new URL(page.url()).origin !== served.origin) await page.goto(`${served.origin}/`);
      expect(await page.evaluate(writeInPlace, url), url).toBe(200);
    }
    const texts = await page.evaluate(() => {
      const out: string[] = [document.title];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        // translate="no" marks proper names (the credits), the same in every build.
        if (parent && parent.checkVisibility() && !parent.closest('[translate="no"]') && node.textContent?.trim()) out.push(node.textContent);
      }
      for (const el of document.querySelectorAll('[aria-label], [title], [alt], meta[name="description"], meta[property^="og:title"], meta[property^="og:description"]')) {
        for (const attr of ['aria-label', 'title', 'alt', 'content']) {
          const value = el.getAttribute(attr);
          if (value) out.push(value);
        }
      }
      return out;
    });
    const findings = findHardCoded(url, texts).map(formatFinding);
    expect(findings, findings.join('\n')).toEqual([]);
  });
}
