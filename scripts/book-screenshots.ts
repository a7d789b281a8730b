/**
 * `npm run screenshots:books -- [chapter-slug]`: one page of each edition's
 * book, opened in Chromium with the book's own CSS (the XHTML from the
 * .epub, as a reading system gets it), and that chapter's card per edition,
 * into docs/images/, to look at before calling book or card work done.
 * Needs a built _site (or SITE_DIR).
 */
import { mkdir, copyFile, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { unzipSync } from 'fflate';
import { editionCodes, readPublication } from '../packages/editions/src/model/publication.ts';
import { bookUrl, cardUrl } from '../packages/editions/src/urls.ts';
import { launchOptions, requireChromium } from './lib/chromium.ts';
import { tempDir } from '../packages/editions/tests/helpers/tmp.ts';

const root = path.resolve(import.meta.dirname, '..');
const site = process.env.SITE_DIR ?? path.join(root, '_site');
const slug = process.argv[2] ?? 'the-notes';
const out = path.join(root, 'docs/images');

requireChromium();
await mkdir(out, { recursive: true });
const browser = await chromium.launch(launchOptions);
try {
  for (const lng of editionCodes(readPublication(root))) {
    const dir = await tempDir(`editions-book-${lng}-`);
    for (const [name, data] of Object.entries(unzipSync(readFileSync(path.join(site, bookUrl(lng)))))) {
      if (name.endsWith('/')) continue;
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), data);
    }
    const page = await browser.newPage({ viewport: { width: 960, height: 640 } });
    await page.goto(pathToFileURL(path.join(dir, 'OEBPS/text', `${slug}.xhtml`)).href);
    // A vertical page starts at its right edge, which Chromium's screenshots of a scrolled page miss:
    // widen the window to the whole page and keep its first (right-most) screenful.
    const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
    await page.setViewportSize({ width, height: 640 });
    await page.screenshot({ path: path.join(out, `book-${lng}.png`), clip: { x: width - 960, y: 0, width: 960, height: 640 } });
    await page.close();
    await copyFile(path.join(site, cardUrl(lng, slug)), path.join(out, `card-${lng}.png`));
    console.log(`docs/images/book-${lng}.png docs/images/card-${lng}.png`);
  }
} finally {
  await browser.close();
}
