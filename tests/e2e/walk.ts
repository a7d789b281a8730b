/**
 * Walks many pages in one browser context with a few tabs at once: a page
 * load mostly waits on the server and the renderer, so a handful overlap on
 * two cores, and no page pays for a context or a browser of its own.
 */
import type { Browser, Page } from '@playwright/test';

/** Tabs open at once per walk. */
export const TABS = 4;

/** Splits `items` into runs of at most `size`: `chunks([1, 2, 3], 2)` → [[1, 2], [3]] */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Runs `visit` on every item with up to TABS tabs; results come back in the items' order. */
export async function walk<T, R>(browser: Browser, baseURL: string | undefined, items: readonly T[], visit: (tab: Page, item: T) => Promise<R>): Promise<R[]> {
  const context = await browser.newContext({ baseURL });
  try {
    const results: R[] = new Array(items.length);
    let next = 0;
    const worker = async (tab: Page) => {
      for (let i = next++; i < items.length; i = next++) results[i] = await visit(tab, items[i]!);
    };
    const tabs = await Promise.all(Array.from({ length: Math.min(TABS, items.length) }, () => context.newPage()));
    await Promise.all(tabs.map(worker));
    return results;
  } finally {
    await context.close();
  }
}
