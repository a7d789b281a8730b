/**
 * The quote gate: every quote on every page of every edition is present,
 * non-empty, in the right language and script, not a raw key and not the
 * source text standing in. Failures read as a to-do list for translators.
 *
 * Each test walks a run of one edition's pages with a few tabs of one
 * browser (see walk.ts), so a thousand-chapter story is checked in about a
 * minute; its name lists the run's first and last page.
 */
import { expect, test } from '@playwright/test';
import { checkPageQuotes, type PageRef, type RenderedQuote } from '../../src/checks/page-quotes.ts';
import { localeCodes } from '../../src/config.ts';
import { formatFinding } from '../../src/errors.ts';
import { model, pages } from './site.ts';
import { chunks, walk } from './walk.ts';

/** Pages per test: few enough to spread over the workers, enough that a test's set-up is rare. */
const PAGES_PER_TEST = 50;

async function checkPage(tab: import('@playwright/test').Page, page: PageRef): Promise<string[]> {
  const response = await tab.goto(page.url);
  if (response?.status() !== 200) return [`${page.url} should load, but answered HTTP ${response?.status()}.`];
  const lang = await tab.locator('html').getAttribute('lang');
  if (lang !== page.locale) return [`${page.url} should have <html lang="${page.locale}">, but has "${lang}".`];
  const rendered: RenderedQuote[] = await tab.locator('[data-quote]').evaluateAll((els) =>
    els.map((el) => ({
      id: el.getAttribute('data-quote') ?? '',
      lang: el.getAttribute('lang'),
      text: (el as HTMLElement).innerText,
      status: el.getAttribute('data-status'),
    })),
  );
  return checkPageQuotes(model, page, rendered).map(formatFinding);
}

for (const locale of localeCodes) {
  for (const run of chunks(pages.filter((p) => p.locale === locale), PAGES_PER_TEST)) {
    const name = run.length === 1 ? run[0]!.url : `${run[0]!.url} … ${run.at(-1)!.url}`;
    test(`quotes read in ${locale}: ${name}`, async ({ browser, baseURL }) => {
      // A second per page on top of the usual budget, for a busy machine.
      test.setTimeout(30_000 + run.length * 1_000);
      const findings = (await walk(browser, baseURL, run, checkPage)).flat();
      expect(findings, findings.join('\n')).toEqual([]);
    });
  }
}

test('every edition shows the same quotes on the same chapter', async ({ request }) => {
  const idsBySlug = new Map<string, Map<string, string[]>>();
  for (const page of pages) {
    const html = await (await request.get(page.url)).text();
    const ids = [...html.matchAll(/data-quote="([^"]+)"/g)].map((m) => m[1]!);
    const bySlug = idsBySlug.get(page.slug) ?? new Map<string, string[]>();
    bySlug.set(page.locale, ids);
    idsBySlug.set(page.slug, bySlug);
  }
  for (const [slug, byLocale] of idsBySlug) {
    const [first, ...rest] = [...byLocale.entries()];
    for (const [locale, ids] of rest) {
      expect(ids, `/${locale}/${slug}/ should show the same quotes as /${first![0]}/${slug}/`).toEqual(first![1]);
    }
  }
});
