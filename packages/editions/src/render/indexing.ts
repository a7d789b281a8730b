/**
 * Which pages search engines may index. A page that shows any unit in the
 * source language instead of its own (a draft edition's missing or outdated
 * passage) is `noindex` until it is complete, and no page names it as an
 * hreflang alternate, in its head or in the sitemap: a half-translated page
 * must never be indexed as that language.
 */
import type { Alternate, PageView } from './pages.ts';

/** Sets `noindex` and `hreflang` on every page; returns the pages whose head changed. */
export function settleIndexing(pages: PageView[]): PageView[] {
  const hidden = new Set(pages.filter((p) => p.fallbacks > 0).map((p) => p.url));
  const changed: PageView[] = [];
  for (const page of pages) {
    const noindex = hidden.has(page.url);
    const hreflang = page.alternates.filter((a) => !hidden.has(a.url));
    if (page.noindex !== noindex || !sameUrls(page.hreflang, hreflang)) changed.push(page);
    page.noindex = noindex;
    page.hreflang = hreflang;
  }
  return changed;
}

function sameUrls(a: Alternate[] | undefined, b: Alternate[]): boolean {
  return a !== undefined && a.length === b.length && a.every((x, i) => x.url === b[i]!.url);
}
