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
import { pageQuoteErrors, type PageRef, type RenderedQuote } from '../../packages/editions/src/checks/page-quotes.ts';
import { editionCodes as localeCodes } from './site.ts';
import { formatFinding, problems } from '../../packages/editions/src/errors.ts';
import { model, pages } from './site.ts';
import { chunks, test } from './walk.ts';

/** Pages per test: few enough to spread over the workers, enough that a test's set-up is rare. */
const PAGES_PER_TEST = 50;

/** Pages a tab reads per round trip to the browser: fewer messages, the same pages. */
const PAGES_PER_CALL = 5;

/**
 * What a reader sees of each page's quotes. Each page is fetched and written
 * into the tab's document (document.open/write) rather than navigated to:
 * the same HTML, stylesheet and layout in Chromium, for a third of the CPU
 * (a navigation costs ~50 ms of CPU here, whatever the page). The stylesheet
 * stays in the browser's cache between pages, as `_headers` lets it.
 */
async function readPages(urls: string[]): Promise<{ url: string; status: number; lang: string; quotes: RenderedQuote[] }[]> {
  const seen = [];
  for (const url of urls) {
    const response = await fetch(url);
    const html = await response.text();
    document.open();
    document.write(html);
    document.close();
    if (document.readyState !== 'complete') await new Promise((done) => window.addEventListener('load', done, { once: true }));
    seen.push({
      url,
      status: response.status,
      lang: document.documentElement.lang,
      quotes: [...document.querySelectorAll('[data-quote]')].map((el) => ({
        id: el.getAttribute('data-quote') ?? '',
        lang: el.getAttribute('lang'),
        text: (el as HTMLElement).innerText,
        status: el.getAttribute('data-status'),
      })),
    });
  }
  return seen;
}

async function checkPages(tab: Page, pages: PageRef[]): Promise<string[]> {
  const seen = await tab.evaluate(
    readPages,
    pages.map((p) => p.url),
  );
  return pages.flatMap((page, i) => {
    const { status, lang, quotes } = seen[i]!;
    if (status !== 200) return [`${page.url} should load, but answered HTTP ${status}.`];
    if (lang !== page.locale) return [`${page.url} should have <html lang="${page.locale}">, but has "${lang}".`];
    return pageQuoteErrors(model, page, quotes).map(formatFinding);
  });
}

for (const locale of localeCodes) {
  for (const run of chunks(
    pages.filter((p) => p.locale === locale),
    PAGES_PER_TEST,
  )) {
    const name = run.length === 1 ? run[0]!.url : `${run[0]!.url} … ${run.at(-1)!.url}`;
    test(`quotes read in ${locale}: ${name}`, async ({ walk }) => {
      // A second per page on top of the usual budget, for a busy machine.
      test.setTimeout(30_000 + run.length * 1_000);
      const findings = (await walk(chunks(run, PAGES_PER_CALL), checkPages)).flat();
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

test('the gate reads what a reader sees: a quote the page hides is reported as empty', async ({ page: tab }) => {
  const page = pages.find((p) => p.url === '/ja/the-letter/')!;
  const shown = '<blockquote data-quote="letter-kim" lang="ja"><p>';
  await tab.route(`**${page.url}`, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    expect(html, 'the fixture page shows the quote').toContain(shown);
    // Still in the HTML (textContent would find it), but a reader sees nothing.
    await route.fulfill({ response, body: html.replace(shown, shown.replace('<p>', '<p hidden>')) });
  });
  await tab.goto('/');
  const at = { page: page.url, locale: 'ja', id: 'letter-kim', file: 'locales/ja/quotes.json', key: 'quote.letter-kim' };
  expect(await checkPages(tab, [page])).toEqual([formatFinding(problems.quoteEmpty(at))]);
});
