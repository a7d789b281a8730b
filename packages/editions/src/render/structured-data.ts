/**
 * Structured data (schema.org JSON-LD) of a story page: the article, its
 * language, its dates and authors, what it translates or which translations
 * it has, who translated it, and its corrections. Written into a
 * `<script type="application/ld+json">` data block, which no browser runs
 * (the Content-Security-Policy allows no inline script, and needs not).
 */
import type { Credit } from '../model/credits.ts';
import type { PageView } from './pages.ts';

type Json = Record<string, unknown>;

function agent(c: Credit): Json {
  return { '@type': c.type === 'organization' ? 'Organization' : 'Person', name: c.name, ...(c.url ? { url: c.url } : {}) };
}

/** The JSON-LD object of a page; `origin` makes its URLs absolute. */
export function articleData(pg: PageView, origin: string): Json {
  const abs = (url: string) => origin + url;
  const { editorial } = pg;
  const isSource = pg.locale === pg.sourceLanguage;
  const sourcePage = pg.alternates.find((a) => a.locale === pg.sourceLanguage);
  const data: Json = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': abs(pg.url),
    url: abs(pg.url),
    mainEntityOfPage: abs(pg.url),
    inLanguage: pg.locale,
    headline: pg.titleText,
    description: pg.description,
    datePublished: pg.published,
    dateModified: editorial.modified,
    author: editorial.byline.map(agent),
  };
  if (pg.kind === 'chapter') data.isPartOf = { '@type': 'CreativeWork', name: pg.storyTitle, url: abs(pg.contents.find((c) => c.number === 0)?.url ?? pg.url) };
  if (!isSource && sourcePage) {
    data.translationOfWork = { '@type': 'NewsArticle', '@id': abs(sourcePage.url), url: abs(sourcePage.url), inLanguage: pg.sourceLanguage };
    if (editorial.translators.length) data.translator = editorial.translators.map(agent);
  }
  if (isSource) {
    // Only the editions search engines may index: a half-translated page is left out (see indexing.ts).
    const translations = pg.hreflang.filter((a) => a.locale !== pg.locale);
    if (translations.length) data.workTranslation = translations.map((a) => ({ '@type': 'NewsArticle', '@id': abs(a.url), url: abs(a.url), inLanguage: a.locale }));
  }
  if (editorial.corrections.length) {
    data.correction = editorial.corrections.map((c) => ({ '@type': 'CorrectionComment', datePublished: c.date, text: c.text }));
  }
  return data;
}

/**
 * JSON safe inside a `<script>` element: `<`, `>` and `&` become \u escapes
 * (still the same JSON), so no string can close the element or open a
 * comment; U+2028 and U+2029 likewise.
 * `scriptJson({a: "</script>"})` → '{"a":"\u003c/script\u003e"}'
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
