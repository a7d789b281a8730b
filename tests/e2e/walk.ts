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
export const test = base.extend<{ walk: Walk; keptTab: Page }, { tabs: Page[] }>({
  tabs: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
      const tabs = await Promise.all(Array.from({ length: TABS }, () => context.newPage()));
      // On the site's origin, so a page can be fetched and written in place (see quotes.spec.ts).
      await Promise.all(tabs.map((tab) => tab.goto('/')));
      await use(tabs);
      await context.close();
    },
    { scope: 'worker' },
  ],
  /** One of the worker's open tabs, for a test of one page that sets no route, storage or viewport: no context of its own to start. */
  keptTab: async ({ tabs }, use) => {
    await use(tabs[0]!);
  },
  walk: async ({ tabs, baseURL }, use) => {
    // Back on the site's origin any tab a kept-tab test left on another (pseudo.spec.ts serves its own site).
    const origin = new URL(baseURL!).origin;
    await Promise.all(tabs.filter((tab) => new URL(tab.url()).origin !== origin).map((tab) => tab.goto('/')));
    await use(async (items, visit) => {
      const results = new Array(items.length);
      let next = 0;
      await Promise.all(
        tabs.map(async (tab) => {
          for (let i = next++; i < items.length; i = next++) results[i] = await visit(tab, items[i]!);
        }),
      );
      return results;
    });
  },
});

/** Pages per walking test: enough that a test's set-up is rare, few enough to spread over the workers. */
export const PAGES_PER_RUN = 25;

/**
 * The pages split into runs of one edition each, named by their edition and
 * first and last page, for one walking test per run:
 * `pageRuns([{ url: "/ja/", locale: "ja" }, …])` → [{ name: "ja: /ja/ … /ja/the-notes/", run: […] }, …]
 */
export function pageRuns<T extends { url: string; locale: string }>(items: readonly T[], size = PAGES_PER_RUN): { name: string; run: T[] }[] {
  const locales = [...new Set(items.map((i) => i.locale))];
  return locales.flatMap((locale) =>
    chunks(
      items.filter((i) => i.locale === locale),
      size,
    ).map((run) => ({
      name: `${locale}: ${run.length === 1 ? run[0]!.url : `${run[0]!.url} … ${run.at(-1)!.url}`}`,
      run,
    })),
  );
}

/** Time for a walking test: the usual budget, and `perPage` for each page on a busy two-core machine. */
export const walkTimeout = (pages: number, perPage = 3_000) => 30_000 + pages * perPage;
