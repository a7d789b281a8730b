/**
 * `npm run screenshots -- [page paths] [--full]`: PNGs of the root and of
 * pages in every edition, desktop and phone, plus each figure on them on its
 * own, into screenshots/ (ignored by git), to look at before calling
 * reader-facing work done. Needs a built _site (or SITE_DIR).
 *   npm run screenshots -- the-route/ --full
 *   npm run screenshots -- "ja:search/?q=1万人"
 * A path is taken in every edition; "<lng>:path" in that edition only.
 * Search pages are taken once their results are shown.
 */
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import path from 'node:path';
import { editionCodes, readPublication } from '../packages/editions/src/model/publication.ts';
import { launchOptions, requireChromium } from './lib/chromium.ts';
import { serveSite } from './lib/serve.ts';

const localeCodes = editionCodes(readPublication(path.resolve(import.meta.dirname, '..')));

const args = process.argv.slice(2);
const fullPage = args.includes('--full');
const paths = args.filter((a) => !a.startsWith('--'));
const pages = paths.length ? paths : ['', 'the-notes/'];
const viewports = { desktop: { width: 1280, height: 1600 }, phone: { width: 390, height: 1400 } };

requireChromium();
await mkdir('screenshots', { recursive: true });
const served = await serveSite(process.env.SITE_DIR ?? '_site');
const browser = await chromium.launch(launchOptions);
try {
  for (const [name, viewport] of Object.entries(viewports)) {
    const page = await browser.newPage({ viewport });
    await page.goto(`${served.origin}/`);
    await page.screenshot({ path: `screenshots/root-${name}.png`, fullPage });
    for (const lng of localeCodes) {
      for (const [i, entry] of pages.entries()) {
        const [only, p] = /^[a-z]{2,3}:/.test(entry) ? (entry.split(/:(.*)/s) as [string, string]) : [lng, entry];
        if (only !== lng) continue;
        await page.goto(`${served.origin}/${lng}/${p}`);
        await page
          .locator('#search-results[data-state="done"]')
          .waitFor({ state: 'attached', timeout: 10_000 })
          .catch(() => {});
        const base = `screenshots/${lng}-${p.replace(/\W+/g, '') || 'home'}${p.includes('?') ? `-${i}` : ''}`;
        await page.screenshot({ path: `${base}-${name}.png`, fullPage });
        console.log(`${base}-${name}.png`);
        for (const figure of await page.locator('figure[data-figure]').all()) {
          const file = `${base}-figure-${await figure.getAttribute('data-figure')}-${name}.png`;
          await figure.screenshot({ path: file });
          console.log(file);
        }
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  await served.close();
}
