/**
 * The quote gate: every quote on every page of every edition is present,
 * non-empty, in the right language and script, not a raw key and not the
 * source text standing in. Failures read as a to-do list for translators.
 */
import { expect, test } from '@playwright/test';
import { checkPageQuotes, type RenderedQuote } from '../../src/checks/page-quotes.ts';
import { formatFinding } from '../../src/errors.ts';
import { model, pages } from './site.ts';

for (const page of pages) {
  test(`quotes read in ${page.locale}: ${page.url}`, async ({ page: tab }) => {
    const response = await tab.goto(page.url);
    expect(response?.status(), `${page.url} should load`).toBe(200);
    await expect(tab.locator('html')).toHaveAttribute('lang', page.locale);
    const rendered: RenderedQuote[] = await tab.locator('[data-quote]').evaluateAll((els) =>
      els.map((el) => ({
        id: el.getAttribute('data-quote') ?? '',
        lang: el.getAttribute('lang'),
        text: (el as HTMLElement).innerText,
        status: el.getAttribute('data-status'),
      })),
    );
    const findings = checkPageQuotes(model, page, rendered).map(formatFinding);
    expect(findings, findings.join('\n')).toEqual([]);
  });
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
