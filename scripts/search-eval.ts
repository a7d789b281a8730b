/**
 * `npm run search:eval`: how well search finds what readers type, per locale.
 * Builds the site once, then runs every query of tests/search/<lng>.json in
 * Chromium three ways and prints the share whose expected chapter is in the
 * top 3:
 *   defaults  Pagefind's defaults: pages indexed as built, the query as typed
 *   index     the tuned index (src/render/search-forms.ts), the query as typed
 *   shipped   the tuned index through the search page (query normalization too)
 * Then the index size per edition and the bytes a first search downloads.
 */
import { cp, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { editionCodes, readPublication } from '../packages/editions/src/model/publication.ts';
import { build } from '../packages/editions/src/cli/build.ts';
import { indexSizes, writeSearchIndex } from '../packages/editions/src/render/search-index.ts';
import { indexedPages } from '../packages/editions/src/render/page-kinds.ts';
import { loadModel } from '../packages/editions/src/model/load.ts';
import { launchOptions, requireChromium } from './lib/chromium.ts';
import { chapterOf, inTopThree, querySet, searchDownloads, searchPage, searchRaw } from '../tests/e2e/search-run.ts';
import { serveSite } from './lib/serve.ts';

const localeCodes = editionCodes(readPublication(path.resolve(import.meta.dirname, '..')));

requireChromium();
const root = process.cwd();
const work = path.join(root, '.build', 'search-eval');
const tunedDir = path.join(work, 'tuned');
const plainDir = path.join(work, 'plain');
await rm(work, { recursive: true, force: true });
await mkdir(work, { recursive: true });
await build({ root, out: path.relative(root, tunedDir), draft: false });
await cp(tunedDir, plainDir, { recursive: true });
await rm(path.join(plainDir, 'pagefind'), { recursive: true });
await writeSearchIndex(plainDir, indexedPages((await loadModel(root)).model), { tuned: false });

const tuned = await serveSite(tunedDir);
const plain = await serveSite(plainDir);
const browser = await chromium.launch(launchOptions);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
try {
  type Way = 'defaults' | 'index' | 'shipped';
  const rows: string[] = [];
  const misses: string[] = [];
  for (const lng of localeCodes) {
    const cases = querySet(lng);
    const hits: Record<Way, number> = { defaults: 0, index: 0, shipped: 0 };
    const ways: [Way, (page: Page, query: string) => Promise<string[]>][] = [
      ['defaults', (page, q) => searchRaw(page, q)],
      ['index', (page, q) => searchRaw(page, q)],
      ['shipped', (page, q) => searchPage(page, tuned.origin, lng, q)],
    ];
    for (const [way, run] of ways) {
      const page = await browser.newPage();
      if (way !== 'shipped') await page.goto(`${way === 'defaults' ? plain.origin : tuned.origin}/${lng}/search/`);
      for (const c of cases) {
        const urls = await run(page, c.query);
        if (inTopThree(urls, c.expect)) hits[way]++;
        else
          misses.push(
            `  ${way.padEnd(8)} ${lng} "${c.query}" (${c.kind}) → ${
              urls
                .slice(0, 3)
                .map(chapterOf)
                .map((s) => s || 'home')
                .join(', ') || 'nothing'
            }; wanted ${c.expect}`,
          );
      }
      await page.close();
    }
    const pct = (n: number) => `${n}/${cases.length} (${Math.round((100 * n) / cases.length)}%)`;
    rows.push(`${lng.padEnd(6)} ${pct(hits.defaults).padEnd(14)} ${pct(hits.index).padEnd(14)} ${pct(hits.shipped)}`);
  }
  console.log('\nQueries whose chapter is in the top 3');
  console.log(`${'locale'.padEnd(6)} ${'defaults'.padEnd(14)} ${'index'.padEnd(14)} shipped`);
  for (const row of rows) console.log(row);
  if (misses.length) console.log(`\nMisses:\n${misses.join('\n')}`);

  const sizes = { tuned: await indexSizes(tunedDir), plain: await indexSizes(plainDir) };
  console.log('\nIndex size per edition: metadata, word chunks, filters and fragments, in bytes as written (Pagefind gzips these files itself)');
  for (const lng of localeCodes) console.log(`${lng.padEnd(6)} ${kb(sizes.tuned[lng] ?? 0).padEnd(10)} (defaults: ${kb(sizes.plain[lng] ?? 0)})`);

  console.log(
    '\nA first search: every file under /pagefind/ and /assets/search/ from opening the search page to its results, in bytes as served\n(uncompressed here; the JavaScript shrinks to about a quarter under HTTP compression, the WebAssembly and index are gzipped already)',
  );
  for (const lng of localeCodes) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const query = querySet(lng)[0]!.query;
    const transfers = await searchDownloads(page, () => searchPage(page, tuned.origin, lng, query));
    const total = transfers.reduce((sum, t) => sum + t.bytes, 0);
    const part = (re: RegExp) => kb(transfers.filter((t) => re.test(t.url)).reduce((sum, t) => sum + t.bytes, 0));
    console.log(
      `${lng.padEnd(6)} "${query}": ${kb(total)} in ${transfers.length} files ` +
        `(engine ${part(/pagefind(-worker)?\.js$|\.pagefind$/)}, search page script ${part(/^\/assets\//)}, ` +
        `index ${part(/entry\.json|pf_meta|pf_index|pf_filter/)}, results ${part(/pf_fragment/)})`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  await tuned.close();
  await plain.close();
}
