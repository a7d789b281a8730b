/**
 * Which pages search engines may index. A page that shows any unit in the
 * source language instead of its own (a draft edition's missing or outdated
 * passage) is `noindex` until it is complete, and no page names it as an
 * hreflang alternate, in its head or in the sitemap: a half-translated page
 * must never be indexed as that language.
 */
import type { PageView } from './pages.ts';
/** Sets `noindex` and `hreflang` on every page; returns the pages whose head changed. */
export declare function settleIndexing(pages: PageView[]): PageView[];
