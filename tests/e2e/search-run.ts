/**
 * Running searches in a real browser, shared by the search spec and
 * `npm run search:eval`: through the search page as a reader does, or
 * straight through Pagefind's API (to measure Pagefind's defaults).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Response } from '@playwright/test';

export interface QueryCase {
  query: string;
  /** The chapter slug that must be among the first three results. */
  expect: string;
  kind: 'name' | 'place' | 'noun' | 'particle' | 'number' | 'quote' | 'phrase';
  note?: string;
}

const setsDir = path.resolve(import.meta.dirname, '../search');

/** tests/search/<lng>.json */
export function querySet(lng: string): QueryCase[] {
  return JSON.parse(readFileSync(path.join(setsDir, `${lng}.json`), 'utf8')) as QueryCase[];
}

/** "/ja/the-route/#p-53d4cd" → "the-route"; "/ja/" → "" */
export function chapterOf(url: string): string {
  return url.split('#')[0]!.split('/').filter(Boolean).slice(1).join('/');
}

/** True when `expect` is among the first three results. */
export function inTopThree(urls: string[], expect: string): boolean {
  return urls.slice(0, 3).some((u) => chapterOf(u) === expect);
}

/**
 * Searches on /<lng>/search/ as a reader does: arrives with ?q= (as from the
 * header form), or, already there with no filter, types the query and presses
 * Enter. Returns the result links in order.
 */
export async function searchPage(page: Page, origin: string, lng: string, query: string, filters: Record<string, string> = {}): Promise<string[]> {
  const here = page.url().startsWith(`${origin}/${lng}/search/`) && !/[?&](chapter|speaker)=/.test(page.url());
  if (here && Object.keys(filters).length === 0) {
    await page.locator('#search-q').fill(query);
    await page.locator('#search-q').press('Enter');
  } else {
    await page.goto(`${origin}/${lng}/search/?${new URLSearchParams({ q: query, ...filters })}`);
  }
  const results = page.locator('#search-results');
  await page.waitForFunction((q) => {
    const list = document.getElementById('search-results');
    return list?.dataset.state === 'done' && list.dataset.query === q;
  }, query);
  return results.locator('li a.result-title').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

/** Pagefind's API with the query as typed, on a page of the edition (its <html lang> picks the index). */
export async function searchRaw(page: Page, query: string): Promise<string[]> {
  return page.evaluate(async (q) => {
    const pagefind = await import('/pagefind/pagefind.js' as string);
    const search = await pagefind.search(q);
    return Promise.all(search.results.slice(0, 10).map(async (r: { data(): Promise<{ url: string }> }) => (await r.data()).url));
  }, query);
}

export interface Transfer {
  url: string;
  bytes: number;
}

/** Every response under /pagefind/ and /assets/search/ while `action` runs: what a first search downloads. */
export async function searchDownloads(page: Page, action: () => Promise<unknown>): Promise<Transfer[]> {
  const pending: Promise<Transfer | null>[] = [];
  const listener = (response: Response) => {
    const url = new URL(response.url());
    if (!/^\/(pagefind|assets\/search)\//.test(url.pathname)) return;
    pending.push(
      response.body().then(
        (body) => ({ url: url.pathname, bytes: body.length }),
        () => null,
      ),
    );
  };
  page.on('response', listener);
  try {
    await action();
  } finally {
    page.off('response', listener);
  }
  return (await Promise.all(pending)).filter((t): t is Transfer => t !== null);
}
