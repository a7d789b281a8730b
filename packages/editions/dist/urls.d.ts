/** Small pure URL helpers, shared by the pages, the checks and the tests. */
/** `pageUrl("ja", "drone-warfare")` → "/ja/drone-warfare/"; `pageUrl("ja", "")` → "/ja/" */
export declare function pageUrl(locale: string, slug: string): string;
/** `feedUrl("ko")` → "/ko/feed.xml": the edition's Atom feed. */
export declare function feedUrl(locale: string): string;
/** `notFoundUrl("ko")` → "/ko/404.html": the edition's page for unknown addresses. */
export declare function notFoundUrl(locale: string): string;
/** `localeOfUrl("/ko/the-route/")` → "ko"; null outside an edition. */
export declare function localeOfUrl(url: string): string | null;
/** The slugs of an edition's tool pages, under /<lng>/. */
export declare const SEARCH_SLUG = "search";
export declare const STATUS_SLUG = "translation-status";
/** `searchUrl("ko")` → "/ko/search/" */
export declare function searchUrl(locale: string): string;
/** `statusUrl("ko")` → "/ko/translation-status/" */
export declare function statusUrl(locale: string): string;
/** The story's own page has no slug: it is the edition's home. `storySlug(story, story.home)` → "" */
export declare function storySlug(story: {
    home: unknown;
}, page: {
    slug: string;
}): string;
/**
 * The parallel view of a chapter: `first`'s page with `second` beside it, under
 * the first edition's chapter. `parallelUrl("ja", "the-route", "en")` → "/ja/the-route/parallel/en/"
 */
export declare function parallelUrl(first: string, slug: string, second: string): string;
