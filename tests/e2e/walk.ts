/**
 * Walks many pages with a few tabs at once in one browser context per
 * worker, kept open across tests: a page load mostly waits on the server and
 * the renderer, so a handful overlap on two cores, and no page pays for a
 * context, a renderer start (and its CJK fonts) or a browser of its own.
 */
import { test as base, type Page } from '@playwright/test';

/** Tabs open at once per worker. */
export const TABS = 4;

/** Splits `items` into runs of at most `size`: `chunks([1, 2, 3], 2)` → [[1, 2], [3]] */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export type Walk = <T, R>(items: readonly T[], visit: (tab: Page, item: T) => Promise<R>) => Promise<R[]>;

/** `walk(items, visit)`: runs `visit` on every item with the worker's tabs; results in the items' order. */
export const test = base.extend<{ walk: Walk }, { tabs: Page[] }>({
  tabs: [async ({ browser }, use, workerInfo) => {
    const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
    const tabs = await Promise.all(Array.from({ length: TABS }, () => context.newPage()));
    // On the site's origin, so a page can be fetched and written in place (see quotes.spec.ts).
    await Promise.all(tabs.map((tab) => tab.goto('/')));
    await use(tabs);
    await context.close();
  }, { scope: 'worker' }],
  walk: async ({ tabs }, use) => {
    await use(async (items, visit) => {
      const results = new Array(items.length);
      let next = 0;
      await Promise.all(tabs.map(async (tab) => {
        for (let i = next++; i < items.length; i = next++) results[i] = await visit(tab, items[i]!);
      }));
      return results;
    });
  },
});
