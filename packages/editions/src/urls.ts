/** Small pure URL helpers, shared by the pages, the checks and the tests. */

/** `pageUrl("ja", "drone-warfare")` → "/ja/drone-warfare/"; `pageUrl("ja", "")` → "/ja/" */
export function pageUrl(locale: string, slug: string): string {
  return slug ? `/${locale}/${slug}/` : `/${locale}/`;
}

/** `feedUrl("ko")` → "/ko/feed.xml": the edition's Atom feed. */
export function feedUrl(locale: string): string {
  return `/${locale}/feed.xml`;
}

/** `notFoundUrl("ko")` → "/ko/404.html": the edition's page for unknown addresses. */
export function notFoundUrl(locale: string): string {
  return `/${locale}/404.html`;
}

/** `localeOfUrl("/ko/the-route/")` → "ko"; null outside an edition. */
export function localeOfUrl(url: string): string | null {
  return /^\/([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\//.exec(url)?.[1] ?? null;
}

/** The slugs of an edition's tool pages, under /<lng>/. */
export const SEARCH_SLUG = 'search';
export const STATUS_SLUG = 'translation-status';

/** `searchUrl("ko")` → "/ko/search/" */
export function searchUrl(locale: string): string {
  return pageUrl(locale, SEARCH_SLUG);
}

/** `statusUrl("ko")` → "/ko/translation-status/" */
export function statusUrl(locale: string): string {
  return pageUrl(locale, STATUS_SLUG);
}

/** The story's own page has no slug: it is the edition's home. `storySlug(story, story.home)` → "" */
export function storySlug(story: { home: unknown }, page: { slug: string }): string {
  return page === story.home ? '' : page.slug;
}

/**
 * The parallel view of a chapter: `first`'s page with `second` beside it, under
 * the first edition's chapter. `parallelUrl("ja", "the-route", "en")` → "/ja/the-route/parallel/en/"
 */
export function parallelUrl(first: string, slug: string, second: string): string {
  return `${pageUrl(first, slug)}parallel/${second}/`;
}

/** `bookUrl("ja")` → "/ja/book.epub": the edition as an EPUB 3 book (src/book/). */
export function bookUrl(locale: string): string {
  return `/${locale}/book.epub`;
}

/** A story page's link-preview image (src/cards/): `cardUrl("ja", "the-route")` → "/ja/the-route/card.png"; `cardUrl("ja", "")` → "/ja/card.png" */
export function cardUrl(locale: string, slug: string): string {
  return `${pageUrl(locale, slug)}card.png`;
}

/** Schemes a content link may name; every other address is a path or fragment of the site itself. */
const LINK_SCHEMES: ReadonlySet<string> = new Set(['https:', 'http:', 'mailto:']);
const SITE = 'https://site.invalid/chapter/';

/**
 * Why a link address written in content/ may not be published, or null.
 * A protocol-relative address (`//host/x`, or `/\host` as browsers read it)
 * looks like one of the site's own paths to a reviewer but leaves the site,
 * and means something else again in a feed reader, an EPUB or a file://
 * preview: it must be written out with its scheme.
 * `contentLinkProblem("//evil.example/x")` → "…protocol-relative…"; `contentLinkProblem("/ja/the-route/")` → null
 */
export function contentLinkProblem(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href, SITE);
  } catch {
    return 'it is not a valid address';
  }
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(href.trim())?.[0].toLowerCase();
  if (scheme !== undefined) return LINK_SCHEMES.has(scheme) ? null : `its scheme "${scheme}" is not https:, http: or mailto:`;
  if (url.host !== new URL(SITE).host) return `it is protocol-relative (it leaves the site for "${url.host}" without saying how); write it with https://`;
  return null;
}

/** The file a URL is written to, relative to the site: `fileOfUrl("/ja/the-route/")` → "ja/the-route/index.html"; "/ko/404.html" stays "ko/404.html". */
export function fileOfUrl(url: string): string {
  const rel = url.replace(/^\//, '');
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
}
