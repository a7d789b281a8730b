import { type Finding } from '../errors.ts';
/**
 * Names the site already uses beside chapters: the namespaces every locale
 * has (a chapter's translations are locales/<lng>/<slug>.json), the pages
 * and files of each edition (/<lng>/search/, /<lng>/feed.xml, /<lng>/404.html)
 * and of the root (/assets/, /pagefind/, /sitemap.xml).
 */
export declare const RESERVED_SLUGS: ReadonlySet<string>;
/** The problem with a slug, or null: `slugProblem("ui")` → reserved; `slugProblem("a&b")` → bad. */
export declare function slugProblem(slug: string): 'bad' | 'reserved' | null;
/**
 * `published:` as an ISO calendar date, or null with a finding at its line.
 * `publishedDate("2025-02-30", …)` → null (no such day).
 */
export declare function publishedDate(value: unknown, storyText: () => string | null, findings: Finding[]): string | null;
