/**
 * What a reader's first search costs, per edition, on a built site: every
 * file under /pagefind/ and /assets/search/ the search page downloads from
 * opening to showing the results of the edition's first query of
 * tests/search/<lng>.json (in Chromium, as `npm run search:eval` measures
 * it), and the largest chunk of the edition's word index, which a query
 * falling in it downloads whole.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { editionCodes, readPublication } from '../packages/editions/src/model/publication.ts';
import { launchOptions, requireChromium } from '../scripts/lib/chromium.ts';
import { querySet, searchDownloads, searchPage } from '../tests/e2e/search-run.ts';
import { serveSite } from '../scripts/lib/serve.ts';

export interface SearchWeight {
  query: string;
  /** Bytes downloaded by the first search, as served (uncompressed). */
  firstSearchBytes: number;
  /** Of which the word index (entry, metadata, chunks, filters). */
  indexBytes: number;
  chunks: number;
  largestChunkBytes: number;
}

export async function searchWeights(siteDir: string): Promise<Record<string, SearchWeight>> {
  requireChromium();
  const indexDir = path.join(siteDir, 'pagefind', 'index');
  const chunkSizes = new Map<string, number[]>();
  for (const name of await readdir(indexDir)) {
    const lng = name.split('_')[0]!;
    chunkSizes.set(lng, [...(chunkSizes.get(lng) ?? []), (await stat(path.join(indexDir, name))).size]);
  }
  const served = await serveSite(siteDir);
  const browser = await chromium.launch(launchOptions);
  const out: Record<string, SearchWeight> = {};
  try {
    for (const lng of editionCodes(readPublication(path.resolve(import.meta.dirname, '..')))) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const query = querySet(lng)[0]!.query;
      const transfers = await searchDownloads(page, () => searchPage(page, served.origin, lng, query));
      const bytes = (re: RegExp) => transfers.filter((t) => re.test(t.url)).reduce((sum, t) => sum + t.bytes, 0);
      const sizes = chunkSizes.get(lng) ?? [];
      out[lng] = {
        query,
        firstSearchBytes: bytes(/./),
        indexBytes: bytes(/entry\.json|pf_meta|pf_index|pf_filter/),
        chunks: sizes.length,
        largestChunkBytes: Math.max(0, ...sizes),
      };
      await context.close();
    }
  } finally {
    await browser.close();
    await served.close();
  }
  return out;
}
