/**
 * The views of the site-wide files around the editions: the root chooser, a
 * 404 page per edition, the sitemap with its hreflang alternates and an Atom
 * feed per edition. Pure: built from the page views, so every file states
 * the same URLs and alternates as the pages themselves.
 */
import { type Edition } from '../config.ts';
import type { Translator } from '../translator/i18n.ts';
import type { Alternate, Link, PageView } from './pages.ts';
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
    alternates: {
        hreflang: string;
        url: string;
    }[];
}
export interface NotFoundView {
    locale: string;
    kind: 'notfound';
    url: string;
    storyTitle: string;
    titleText: string;
    message: string;
    home: Link;
    contents: (Link & {
        current: boolean;
        number: number;
    })[];
    /** The other editions' home pages, for the switcher. */
    alternates: Alternate[];
    feedUrl: string;
}
/** One `<url>` of the sitemap: a page and its hreflang cluster, absolute. */
export interface SitemapEntry {
    loc: string;
    lastmod: string;
    alternates: {
        hreflang: string;
        href: string;
    }[];
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
    updated: string;
    entries: {
        title: string;
        url: string;
        summary: string;
        updated: string;
    }[];
}
/** hreflang → URL for a page: every edition, then `x-default`. */
export declare function hreflangCluster(page: Pick<PageView, 'hreflang' | 'xDefault'>): {
    hreflang: string;
    url: string;
}[];
export declare function rootView(pages: PageView[], tr: Translator, locales: readonly Edition[], sourceLanguage: string): RootView;
export declare function notFoundViews(pages: PageView[], tr: Translator, locales: readonly Edition[]): NotFoundView[];
/** Every indexable page (the root chooser first), with its alternates. */
export declare function sitemapEntries(pages: PageView[], origin: string): SitemapEntry[];
export declare function feedViews(pages: PageView[], tr: Translator, locales: readonly Edition[], origin: string): FeedView[];
/** Plain files static hosts read: the security headers, each edition's 404, and robots.txt naming the sitemap. */
export declare function hostFiles(locales: readonly Edition[], origin: string, headers: string): {
    path: string;
    text: string;
}[];
