/**
 * The views of the site-wide files around the editions: the root chooser, a
 * 404 page per edition, the sitemap with its hreflang alternates and an Atom
 * feed per edition. Pure: built from the page views, so every file states
 * the same URLs and alternates as the pages themselves.
 */
import { fixedNamespaces, type Edition } from '../config.ts';
import type { Translator } from '../translator/i18n.ts';
import type { Alternate, Link, PageView } from './pages.ts';
import { bookUrl, feedUrl, notFoundUrl, pageUrl } from '../urls.ts';

export interface RootEdition {
  locale: string;
  endonym: string;
  url: string;
  title: string;
  description: string;
  readIn: string;
  /** Chooser notes, in the edition's own language. */
  suggested: string;
  remembered: string;
  remember: string;
  forget: string;
  /** "Choose an edition", in the edition's own language. */
  choose: string;
}

export interface RootView {
  url: string;
  /** The language of the page around the editions: the story's source language. */
  locale: string;
  title: string;
  editions: RootEdition[];
  /** hreflang → URL, the same cluster every home page states. */
  alternates: { hreflang: string; url: string }[];
}

export interface NotFoundView {
  locale: string;
  kind: 'notfound';
  url: string;
  storyTitle: string;
  titleText: string;
  message: string;
  home: Link;
  contents: (Link & { current: boolean; number: number })[];
  /** The other editions' home pages, for the switcher. */
  alternates: Alternate[];
  feedUrl: string;
}

/** One `<url>` of the sitemap: a page and its hreflang cluster, absolute. */
export interface SitemapEntry {
  loc: string;
  lastmod: string;
  alternates: { hreflang: string; href: string }[];
}

export interface FeedView {
  locale: string;
  /** Where the feed is written: /<lng>/feed.xml. */
  url: string;
  title: string;
  subtitle: string;
  author: string;
  /** Absolute URLs. */
  id: string;
  self: string;
  home: string;
  /** The edition's EPUB, absolute. */
  book: string;
  updated: string;
  entries: { title: string; url: string; summary: string; updated: string }[];
}

/** hreflang → URL for a page: every edition, then `x-default`. */
export function hreflangCluster(page: Pick<PageView, 'hreflang' | 'xDefault'>): { hreflang: string; url: string }[] {
  return [...page.hreflang.map((a) => ({ hreflang: a.locale, url: a.url })), { hreflang: 'x-default', url: page.xDefault }];
}

export function rootView(pages: PageView[], tr: Translator, locales: readonly Edition[], sourceLanguage: string): RootView {
  const ui = (lng: string, key: string) => tr.t(lng, fixedNamespaces.ui, key);
  const homes = locales.map((l) => pages.find((p) => p.locale === l.code && p.kind === 'home')!);
  const source = homes.find((h) => h.locale === sourceLanguage) ?? homes[0]!;
  return {
    url: '/',
    locale: sourceLanguage,
    title: source.titleText,
    editions: homes.map((h) => ({
      locale: h.locale,
      endonym: locales.find((l) => l.code === h.locale)!.endonym,
      url: h.url,
      title: h.titleText,
      description: h.description,
      readIn: ui(h.locale, 'switcher.readIn'),
      suggested: ui(h.locale, 'root.suggested'),
      remembered: ui(h.locale, 'root.remembered'),
      remember: ui(h.locale, 'root.remember'),
      forget: ui(h.locale, 'root.forget'),
      choose: ui(h.locale, 'root.choose'),
    })),
    alternates: hreflangCluster(source),
  };
}

export function notFoundViews(pages: PageView[], tr: Translator, locales: readonly Edition[]): NotFoundView[] {
  return locales.map((l) => {
    const home = pages.find((p) => p.locale === l.code && p.kind === 'home')!;
    const ui = (key: string) => tr.t(l.code, fixedNamespaces.ui, key);
    return {
      locale: l.code,
      kind: 'notfound',
      url: notFoundUrl(l.code),
      storyTitle: home.storyTitle,
      titleText: ui('notFound.title'),
      message: ui('notFound.message'),
      home: { url: home.url, title: ui('notFound.home') },
      contents: home.contents.map((c) => ({ ...c, current: false })),
      alternates: home.alternates,
      feedUrl: feedUrl(l.code),
    };
  });
}

/** Every indexable page (the root chooser first), with its alternates. */
export function sitemapEntries(pages: PageView[], origin: string): SitemapEntry[] {
  const abs = (url: string) => origin + encodeURI(url);
  const entry = (loc: string, lastmod: string, cluster: { hreflang: string; url: string }[]): SitemapEntry => ({
    loc: abs(loc),
    lastmod,
    alternates: cluster.map((c) => ({ hreflang: c.hreflang, href: abs(c.url) })),
  });
  const home = pages.find((p) => p.kind === 'home')!;
  // A page that shows any fallback is noindex, and out of the sitemap (src/render/indexing.ts).
  return [entry('/', home.published, hreflangCluster(home)), ...pages.filter((p) => !p.noindex).map((p) => entry(p.url, p.editorial.modified, hreflangCluster(p)))];
}

export function feedViews(pages: PageView[], tr: Translator, locales: readonly Edition[], origin: string): FeedView[] {
  return locales.map((l) => {
    const own = pages.filter((p) => p.locale === l.code);
    const home = own.find((p) => p.kind === 'home')!;
    // A correction updates its chapter's entry, and so the feed (src/render/editorial.ts).
    const stamp = (day: string) => `${day}T00:00:00Z`;
    const updated = stamp(own.reduce((latest, p) => (p.editorial.modified > latest ? p.editorial.modified : latest), home.published));
    return {
      locale: l.code,
      url: feedUrl(l.code),
      title: home.titleText,
      subtitle: home.description,
      // Atom needs an author: the publication's name, or the story's title when it gives none.
      author: tr.has(l.code, fixedNamespaces.ui, 'site.name') ? tr.t(l.code, fixedNamespaces.ui, 'site.name') : home.titleText,
      id: origin + encodeURI(pageUrl(l.code, '')),
      self: origin + encodeURI(feedUrl(l.code)),
      home: origin + encodeURI(home.url),
      book: origin + encodeURI(bookUrl(l.code)),
      updated,
      entries: own
        .filter((p) => p.kind === 'chapter')
        .map((p) => ({ title: p.titleText, url: origin + encodeURI(p.url), summary: p.description, updated: stamp(p.editorial.modified) })),
    };
  });
}

/** Plain files static hosts read: the security headers, each edition's 404, and robots.txt naming the sitemap. */
export function hostFiles(locales: readonly Edition[], origin: string, headers: string): { path: string; text: string }[] {
  const redirects = [
    "# Unknown addresses in an edition get that edition's 404 page (the status stays 404).",
    ...locales.map((l) => `/${l.code}/*  ${notFoundUrl(l.code)}  404`),
    '',
  ].join('\n');
  return [
    { path: '/_headers', text: headers },
    { path: '/_redirects', text: redirects },
    { path: '/robots.txt', text: `User-agent: *\nAllow: /\nSitemap: ${origin}/sitemap.xml\n` },
  ];
}
