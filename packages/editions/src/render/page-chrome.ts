/**
 * What every HTML page wears around its `<main>`: the head (policy, title,
 * social tags, alternates, card), the masthead (skip link, story name,
 * language switcher, search box) and the colophon. Written here as strings,
 * as the units are (markup.ts): a template per page for the same few lines
 * cost more than the page's own text. The layouts call `pageTop` and
 * `pageBottom`; what the head says follows the page's kind (page-kinds.ts).
 */
import { bookUrl, feedUrl, pageUrl, searchUrl, statusUrl } from '../urls.ts';
import type { CardView } from '../cards/views.ts';
import type { Credit } from '../model/credits.ts';
import { escapeHtml, namesHtml, type MarkupContext } from './markup.ts';
import type { PageKind } from './page-kinds.ts';
import type { Alternate } from './pages.ts';

/** What the chrome needs of the build, besides the markup's strings and directions. */
export interface ChromeContext extends MarkupContext {
  siteUrl: string;
  /** The Content-Security-Policy of the `<meta>`, first in every head. */
  csp: string;
  kind(name: string): PageKind;
  /** A chrome string, unescaped. */
  raw(lng: string, key: string): string;
  /** A chrome string the publication may leave out: '' then (unescaped). */
  optional(lng: string, key: string): string;
  ogLocale(lng: string): string;
  card(pg: ChromePage): CardView | undefined;
  /** The page's structured data, safe inside `<script>`. */
  jsonLd(pg: ChromePage): string;
  /** Columns of a text, for a field as wide as its placeholder. */
  columns(text: string): number;
}

/** The fields of a page's view the chrome reads; kinds without one leave it out. */
export interface ChromePage {
  kind: string;
  locale: string;
  url: string;
  titleText: string;
  storyTitle: string;
  description?: string;
  heading?: string;
  noindex?: boolean;
  canonical?: string;
  alternates: Alternate[];
  hreflang?: Alternate[];
  xDefault?: string;
  published?: string;
  feedUrl?: string;
  slug?: string;
  editorial?: { byline: Credit[]; translators: Credit[] };
}

/** The links every edition has: its home, search, status page, feed and book. */
export function editionUrls(lng: string) {
  return { home: pageUrl(lng, ''), search: searchUrl(lng), status: statusUrl(lng), feed: feedUrl(lng), book: bookUrl(lng) };
}

/** What every page's `<head>` starts with: the policy first, so it governs everything after it. */
export function headStart(csp: string): string {
  return (
    '<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    '<meta name="color-scheme" content="light">\n' +
    '<link rel="stylesheet" href="/assets/site.css">\n' +
    '<link rel="icon" href="/assets/icon.svg" type="image/svg+xml">\n'
  );
}

/** The page's link preview, drawn at build time in its edition's typeface (src/cards/), and a line's end. */
export function cardMeta(card: CardView | undefined, siteUrl: string): string {
  if (!card) return '\n';
  const site = escapeHtml(siteUrl);
  return (
    `\n<meta property="og:image" content="${site}${escapeHtml(card.url)}">` +
    '\n<meta property="og:image:type" content="image/png">' +
    '\n<meta property="og:image:width" content="1200">' +
    '\n<meta property="og:image:height" content="630">' +
    `\n<meta property="og:image:alt" content="${escapeHtml(card.alt)}">\n`
  );
}

/** From `<!doctype html>` to the end of the masthead. */
export function pageTop(c: ChromeContext, pg: ChromePage): string {
  const kind = c.kind(pg.kind);
  const e = escapeHtml;
  const site = e(c.siteUrl);
  let head = `<!doctype html>\n<html lang="${e(pg.locale)}"${c.dir(pg.locale)}>\n<head>\n${headStart(c.csp)}`;
  head += `\n<title>${kind.titleAlone ? e(pg.titleText) : `${e(pg.titleText)} · ${e(pg.heading || pg.storyTitle)}`}</title>`;
  if (kind.social || pg.canonical) head += `\n<meta name="description" content="${e(pg.description)}">`;
  // A kind that is never indexed, or a page showing a fallback (indexing.ts).
  if (kind.noindex || pg.noindex) head += '\n<meta name="robots" content="noindex">';
  // A view of another page (the parallel view): that page is the one to index.
  if (pg.canonical) head += `\n<link rel="canonical" href="${site}${e(pg.canonical)}">`;
  if (kind.social) head += socialHead(c, pg, site);
  // A parallel view shows its chapter's card; a tool page its edition's home card.
  head += cardMeta(c.card(pg), c.siteUrl);
  head += `\n<link rel="alternate" type="application/atom+xml" href="${e(pg.feedUrl)}" title="${c.t(pg.locale, 'site.feed')}">`;
  // Keeps the language links on the passage being read; the links work without it.
  if (kind.passage) head += '\n<script type="module" src="/assets/passage.js"></script>';
  return `${head}\n</head>\n<body>\n${masthead(c, pg, kind.searchBox)}`;
}

/** Description, canonical, hreflang alternates (only of pages search engines may index: indexing.ts), Open Graph and structured data. */
function socialHead(c: ChromeContext, pg: ChromePage, site: string): string {
  const e = escapeHtml;
  let out = `\n<link rel="canonical" href="${site}${e(pg.url)}">`;
  for (const alt of pg.hreflang || pg.alternates) out += `\n<link rel="alternate" hreflang="${e(alt.locale)}" href="${site}${e(alt.url)}">`;
  out +=
    `\n<link rel="alternate" hreflang="x-default" href="${site}${e(pg.xDefault)}">` +
    '\n<meta property="og:type" content="article">' +
    `\n<meta property="og:site_name" content="${e(pg.storyTitle)}">` +
    `\n<meta property="og:title" content="${e(pg.titleText)}">` +
    `\n<meta property="og:description" content="${e(pg.description)}">` +
    `\n<meta property="og:url" content="${site}${e(pg.url)}">` +
    `\n<meta property="og:locale" content="${e(c.ogLocale(pg.locale))}">`;
  for (const alt of pg.alternates) if (!alt.current) out += `\n<meta property="og:locale:alternate" content="${e(c.ogLocale(alt.locale))}">`;
  out +=
    `\n<meta property="article:published_time" content="${e(pg.published)}">` +
    '\n<meta name="twitter:card" content="summary_large_image">' +
    `\n<meta name="twitter:title" content="${e(pg.titleText)}">` +
    `\n<meta name="twitter:description" content="${e(pg.description)}">`;
  if (pg.editorial) out += `\n<script type="application/ld+json">${c.jsonLd(pg)}</script>`;
  return out;
}

/** The skip link and the header every edition page shares: the story's name, the language switcher and the search box. */
function masthead(c: ChromeContext, pg: ChromePage, searchBox: boolean): string {
  const e = escapeHtml;
  const urls = editionUrls(pg.locale);
  // The name starts with the visible endonym (WCAG 2.5.3, Label in Name); data-passage: assets/passage.js points the link at the passage being read.
  const links = pg.alternates.map((alt) => {
    const to = `<a href="${e(alt.url)}" hreflang="${e(alt.locale)}" lang="${e(alt.locale)}"${c.dir(alt.locale)}`;
    return `\n      <li>${alt.current ? `${to} aria-current="page">${e(alt.endonym)}</a>` : `${to} data-passage>${e(alt.endonym)}<span class="vh"> — ${e(alt.readIn)}</span></a>`}</li>`;
  });
  let out =
    `<a class="skip" href="#story">${c.t(pg.locale, 'site.skip')}</a>\n<header class="masthead">\n` +
    `  <a class="brand" href="${e(urls.home)}">${e(pg.storyTitle)}</a>\n` +
    `  <nav class="switcher" aria-label="${c.t(pg.locale, 'switcher.label')}">\n    <ul>${links.join('')}\n    </ul>\n  </nav>`;
  if (searchBox) {
    // A plain GET form: the search page runs the query; this page stays script-free. Its field is as wide
    // as its words; on a phone the form then takes a row of its own rather than clip them.
    const placeholder = c.t(pg.locale, 'search.title');
    out +=
      `\n  <form class="masthead-search" role="search" action="${e(urls.search)}" method="get">` +
      `\n    <label for="masthead-q">${c.t(pg.locale, 'search.field')}</label>` +
      `\n    <input id="masthead-q" name="q" type="search" enterkeyhint="search" placeholder="${placeholder}" size="${c.columns(c.raw(pg.locale, 'search.title'))}">` +
      `\n    <button type="submit">${c.t(pg.locale, 'search.submit')}</button>\n  </form>`;
  }
  return `${out}\n</header>\n`;
}

/** The colophon and the end of the page. */
export function pageBottom(c: ChromeContext, pg: ChromePage): string {
  const e = escapeHtml;
  const credit = c.optional(pg.locale, 'site.credit');
  let out = '\n<footer class="colophon">';
  if (credit) out += `\n  <p>${e(credit)}</p>`;
  if (pg.editorial) out += `${credits(c, pg.locale, pg.editorial)}\n`;
  const feed = pg.feedUrl ? `<a href="${e(pg.feedUrl)}" type="application/atom+xml">${c.t(pg.locale, 'site.feed')}</a> · ` : '';
  out += `\n  <p>${feed}<a href="${e(editionUrls(pg.locale).status)}">${c.t(pg.locale, 'statusPage.title')}</a></p>\n</footer>\n</body>\n</html>`;
  return out;
}

/** The colophon's credits: the story's byline and this edition's translators (content/credits.yml). */
function credits(c: ChromeContext, lng: string, editorial: { byline: Credit[]; translators: Credit[] }): string {
  const line = (which: 'byline' | 'translators', list: Credit[]) =>
    list.length
      ? `\n  <p class="credits" data-credits="${which}"><span>${c.t(lng, `credits.${which}`)}</span><span class="credit-names">${namesHtml(c, lng, list)}</span></p>`
      : '';
  return line('byline', editorial.byline) + line('translators', editorial.translators);
}
