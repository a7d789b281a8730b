/**
 * The fields of content/story.md that become URLs, file names and feed
 * dates: chapter slugs and `published:`. Checked where they are read, so a
 * bad one is an error at its line of content/story.md, never a broken site.
 */
import { fixedNamespaces, paths } from '../config.ts';
import { problems, type Finding } from '../errors.ts';
import { slug as slugSchema } from './schema.ts';

/**
 * Names the site already uses beside chapters: the namespaces every locale
 * has (a chapter's translations are locales/<lng>/<slug>.json), the pages
 * and files of each edition (/<lng>/search/, /<lng>/feed.xml, /<lng>/404.html)
 * and of the root (/assets/, /pagefind/, /sitemap.xml).
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  ...Object.values(fixedNamespaces),
  'search',
  'translation-status',
  'parallel',
  'feed',
  'feed.xml',
  '404',
  '404.html',
  'index',
  'index.html',
  'assets',
  'pagefind',
  'sitemap',
  'sitemap.xml',
  'robots.txt',
  '_headers',
  '_redirects',
  '_sources',
]);

/** The problem with a slug, or null: `slugProblem("ui")` → reserved; `slugProblem("a&b")` → bad. */
export function slugProblem(slug: string): 'bad' | 'reserved' | null {
  // The format is the story schema's (src/model/schema.ts), which content/story.md is read with.
  if (!slugSchema.safeParse(slug).success) return 'bad';
  return RESERVED_SLUGS.has(slug) ? 'reserved' : null;
}

/**
 * `published:` as an ISO calendar date, or null with a finding at its line.
 * `publishedDate("2025-02-30", …)` → null (no such day).
 */
export function publishedDate(value: unknown, storyText: () => string | null, findings: Finding[]): string | null {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (date && date.toISOString().slice(0, 10) === text) return text;
  const lines = (storyText() ?? '').replace(/\r\n?/g, '\n').split('\n');
  const index = lines.findIndex((l) => /^published\s*:/.test(l));
  findings.push(problems.badDate({ file: paths.story, line: index >= 0 ? index + 1 : 2 }, 'published', text));
  return null;
}
