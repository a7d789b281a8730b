/**
 * The quote gate: every quote on every page of every edition is present,
 * non-empty, in the right language and script, not a raw key and not the
 * source text standing in. Failures read as a to-do list for translators.
 *
 * Each test walks a run of one edition's pages with the few tabs its worker
 * keeps open (see walk.ts), so a thousand-chapter story is checked in about
 * a minute; its name gives the run's first and last page.
 */
import { expect, type Page } from '@playwright/test';
import { checkPageQuotes, type PageRef, type RenderedQuote } from '../../src/checks/page-quotes.ts';
import { localeCodes } from '../../src/config.ts';
import { formatFinding } from '../../src/errors.ts';
import { model, pages } from './site.ts';
import { chunks, test } from './walk.ts';

/** Pages per test: few enough to spread over the workers, enough that a test's set-up is rare. */
const PAGES_PER_TEST = 50;

/**
 * What a reader sees of one page's quotes. The page is fetched and written
 * into the tab's document (document.open/write) rather than navigated to:
 * the same HTML, stylesheet and layout in Chromium, for a third of the CPU
 * (a navigation costs ~50 ms of CPU here, whatever the page).
 */
async function readPage(url: string): Promise<{ status: number; lang: string; quotes: RenderedQuote[] }> {
  const response = await fetch(url);
  const html = await response.text();
  document.open();
  document.write(html);
  document.close();
  if (document.readyState !== 'complete') await new Promise((done) => window.addEventListener('load', done, { once: true }));
  return {
    status: response.status,
    lang: document.documentElement.lang,
    quotes: [...document.querySelectorAll('[data-quote]')].map((el) => ({
      id: el.getAttribute('data-quote') ?? '',
      lang: el.getAttribute('lang'),
      text: (el as HTMLElement).innerText,
      status: el.getAttribute('data-status'),
    })),
  };
}

async function checkPage(tab: Page, page: PageRef): Promise<string[]> {
  const seen = await tab.evaluate(readPage, page.url);
  if (seen.status !== 200) return [`${page.url} should load, but answered HTTP ${seen.status}.`];
  if (seen.lang !== page.locale) return [`${page.url} should have <html lang="${page.locale}">, but has "${seen.lang}".`];
  return checkPageQuotes(model, page, seen.quotes).map(formatFinding);
}

for (const locale of localeCodes) {
  for (const run of chunks(pages.filter((p) => p.locale === locale), PAGES_PER_TEST)) {
    const name = run.length === 1 ? run[0]!.url : `${run[0]!.url} … ${run.at(-1)!.url}`;
    test(`quotes read in ${locale}: ${name}`, async ({ walk }) => {
      // A second per page on top of the usual budget, for a busy machine.
      test.setTimeout(30_000 + run.length * 1_000);
      const findings = (await walk(run, checkPage)).flat();
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
