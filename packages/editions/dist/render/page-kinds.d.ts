/**
 * Every kind of page and file the build writes, in one list: its URL rule,
 * its template, how its views are built, and how search engines and the
 * search index treat it. The plugin gives each template its views from here,
 * the layouts read the flags, the browser suite and the bench list their
 * pages from here. Adding a kind of page is one entry, its view and its
 * template.
 */
import type { Model } from '../model/types.ts';
import type { BuildState } from './build-state.ts';
/** What a kind's views are built from: the build, and the site's absolute origin. */
export interface ViewContext {
    state: BuildState;
    siteUrl: string;
}
/** A page or file of the site, for tools that walk it: its URL and the language of its text. */
export interface SiteFile {
    url: string;
    locale: string;
}
export interface PageKind {
    name: string;
    /** Written per edition (a shard writes its own), or once for the site (the merge writes it). */
    span: 'edition' | 'site';
    /** The URL rule, as documentation: `<lng>` is an edition's code. */
    url: string;
    /** The template under templates/ that writes it. */
    template: string;
    /** The template paginates `editions.<data>`; kinds that share a template share their views. */
    data: string;
    /** An HTML page a reader can land on (the browser suite walks these). */
    html: boolean;
    /** Its text is in the search index (`data-pagefind-body`). */
    indexed: boolean;
    /** Listed in the sitemap with its hreflang alternates. */
    sitemap: boolean;
    /** `<meta name="robots" content="noindex">`. */
    noindex: boolean;
    /** Its head carries a description, canonical, hreflang alternates and social tags. */
    social: boolean;
    /** Its `<title>` is its own title alone, not "title · story title". */
    titleAlone: boolean;
    /** The masthead offers the search box (the search page has its own form). */
    searchBox: boolean;
    /** Loads the script that keeps the reader's passage when switching language (assets/passage.js). */
    passage: boolean;
    views: (ctx: ViewContext) => unknown[];
    /** Every URL of this kind, from the model alone (no views are built). */
    files: (model: Model) => SiteFile[];
}
export declare const pageKinds: readonly PageKind[];
/** `pageKind("status")` → its entry; throws for a name nobody registered. */
export declare function pageKind(name: string): PageKind;
/**
 * Each template's data: the views of the kinds it writes, built once per data
 * key. A shard writes its edition's views of the per-edition kinds; the merge
 * writes the site-wide kinds; a full build writes everything.
 */
export declare function templateData(ctx: ViewContext): Record<string, unknown[]>;
/** Every HTML page of the site, from the model alone: what the browser suite walks. */
export declare function htmlPages(model: Model): (SiteFile & {
    kind: string;
})[];
