/**
 * Every kind of page and file the build writes, in one list: its URL rule,
 * its template, how its views are built, and how search engines and the
 * search index treat it. The plugin gives each template its views from here,
 * the layouts read the flags, the browser suite and the bench list their
 * pages from here. Adding a kind of page is one entry, its view and its
 * template.
 */
import type { Model } from '../model/types.ts';
import { allPages } from '../model/load.ts';
import { feedUrl, notFoundUrl, pageUrl, parallelUrl, searchUrl, statusUrl, storySlug } from '../urls.ts';
import { buildParallelPages, parallelPagesToWrite } from './parallel-page.ts';
import type { BuildState } from './build-state.ts';
import type { PageView } from './pages.ts';
import { feedViews, hostFiles, notFoundViews, rootView, sitemapEntries } from './site.ts';
import { headersFile } from './csp.ts';

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
  /** Written per edition (a shard writes its own), or once for the site (every shard writes it, the merge checks they agree). */
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
  /** Its views are built whole for every build (watch mode writes those that differ from the last written; see sinceLastWritten). */
  whole: boolean;
  views: (ctx: ViewContext) => unknown[];
  /** Every URL of this kind, from the model alone (no views are built). */
  files: (model: Model) => SiteFile[];
}

type Flags = Omit<PageKind, 'name' | 'span' | 'url' | 'template' | 'data' | 'views' | 'files'>;
const htmlPage: Flags = { html: true, indexed: false, sitemap: false, noindex: false, social: true, titleAlone: false, searchBox: true, passage: false, whole: true };
const file: Flags = { html: false, indexed: false, sitemap: false, noindex: false, social: false, titleAlone: false, searchBox: false, passage: false, whole: true };

const perEdition =
  (url: (code: string) => string) =>
  (model: Model): SiteFile[] =>
    model.story.editions.map((e) => ({ url: url(e.code), locale: e.code }));
const storyPages = (model: Model, which: 'home' | 'chapter'): SiteFile[] =>
  model.story.editions.flatMap((e) =>
    allPages(model.story)
      .filter((c) => (c === model.story.home) === (which === 'home'))
      .map((c) => ({ url: pageUrl(e.code, storySlug(model.story, c)), locale: e.code })),
  );
/** In watch mode, after an edit, only the story pages that edit changed are written. */
const storyViews = ({ state }: ViewContext) => state.render?.pages ?? state.pages;

/** Watch mode, after an edit: the pages of the chapters it changed, in every edition (their parallel views are the only ones written). */
function chaptersShown(state: BuildState): readonly PageView[] {
  if (!state.render) return state.pages;
  const slugs = new Set(state.render.pages.map((p) => p.slug));
  return state.pages.filter((p) => slugs.has(p.slug));
}

export const pageKinds: readonly PageKind[] = [
  {
    name: 'home',
    span: 'edition',
    url: '/<lng>/',
    template: 'edition.njk',
    data: 'pages',
    ...htmlPage,
    indexed: true,
    sitemap: true,
    titleAlone: true,
    passage: true,
    whole: false,
    views: storyViews,
    files: (model) => storyPages(model, 'home'),
  },
  {
    name: 'chapter',
    span: 'edition',
    url: '/<lng>/<chapter-slug>/',
    template: 'edition.njk',
    data: 'pages',
    ...htmlPage,
    indexed: true,
    sitemap: true,
    passage: true,
    whole: false,
    views: storyViews,
    files: (model) => storyPages(model, 'chapter'),
  },
  {
    // Two editions of a chapter side by side, for readers; never indexed, canonical to the first edition's chapter.
    name: 'parallel',
    span: 'edition',
    url: '/<lng>/<chapter-slug>/parallel/<other lng>/',
    template: 'parallel.njk',
    data: 'parallelPages',
    ...htmlPage,
    noindex: true,
    social: false,
    passage: true,
    whole: false,
    // A shard builds only the views its edition writes: those with its edition first.
    views: ({ state }) =>
      parallelPagesToWrite(
        buildParallelPages(chaptersShown(state), state.tr, state.model.story.editions, state.scope?.kind === 'edition' ? state.scope.locale : undefined),
        state.render?.pages,
      ),
    files: (model) =>
      model.story.editions.flatMap((first) =>
        model.story.editions
          .filter((e) => e !== first)
          .flatMap((second) => model.story.chapters.map((c) => ({ url: parallelUrl(first.code, c.slug, second.code), locale: first.code }))),
      ),
  },
  {
    name: 'search',
    span: 'edition',
    url: '/<lng>/search/',
    template: 'search.njk',
    data: 'searchPages',
    ...htmlPage,
    searchBox: false,
    views: ({ state }) => state.searchPages,
    files: perEdition(searchUrl),
  },
  {
    name: 'status',
    span: 'edition',
    url: '/<lng>/translation-status/',
    template: 'status.njk',
    data: 'statusPages',
    ...htmlPage,
    noindex: true,
    whole: false,
    views: ({ state }) => state.render?.statusPages ?? state.statusPages,
    files: perEdition(statusUrl),
  },
  {
    name: 'notfound',
    span: 'edition',
    url: '/<lng>/404.html',
    template: '404.njk',
    data: 'notFound',
    ...htmlPage,
    noindex: true,
    social: false,
    views: ({ state }) => notFoundViews(state.pages, state.tr, state.model.story.editions),
    files: perEdition(notFoundUrl),
  },
  {
    name: 'root',
    span: 'site',
    url: '/',
    template: 'index.njk',
    data: 'root',
    ...htmlPage,
    sitemap: true,
    titleAlone: true,
    views: ({ state }) => [rootView(state.pages, state.tr, state.model.story.editions, state.model.story.sourceLanguage)],
    files: (model) => [{ url: '/', locale: model.story.sourceLanguage }],
  },
  {
    name: 'root-notfound',
    span: 'site',
    url: '/404.html',
    template: 'notfound-root.njk',
    data: 'rootNotFound',
    ...htmlPage,
    noindex: true,
    social: false,
    views: ({ state }) => {
      const { locale, title } = rootView(state.pages, state.tr, state.model.story.editions, state.model.story.sourceLanguage);
      return [{ url: '/404.html', locale, title, editions: notFoundViews(state.pages, state.tr, state.model.story.editions) }];
    },
    files: (model) => [{ url: '/404.html', locale: model.story.sourceLanguage }],
  },
  {
    name: 'feed',
    span: 'edition',
    url: '/<lng>/feed.xml',
    template: 'feed.njk',
    data: 'feeds',
    ...file,
    views: ({ state, siteUrl }) => feedViews(state.pages, state.tr, state.model.story.editions, siteUrl),
    files: perEdition(feedUrl),
  },
  {
    name: 'sitemap',
    span: 'site',
    url: '/sitemap.xml',
    template: 'sitemap.njk',
    data: 'sitemap',
    ...file,
    views: ({ state, siteUrl }) => [
      {
        url: '/sitemap.xml',
        entries: sitemapEntries(
          state.pages.filter((p) => pageKind(p.kind).sitemap),
          siteUrl,
        ),
      },
    ],
    files: (model) => [{ url: '/sitemap.xml', locale: model.story.sourceLanguage }],
  },
  {
    name: 'host-files',
    span: 'site',
    url: '/_headers, /_redirects, /robots.txt',
    template: 'host-files.njk',
    data: 'hostFiles',
    ...file,
    views: ({ state, siteUrl }) => hostFiles(state.model.story.editions, siteUrl, headersFile()),
    files: (model) => ['/_headers', '/_redirects', '/robots.txt'].map((url) => ({ url, locale: model.story.sourceLanguage })),
  },
];

/** `pageKind("status")` → its entry; throws for a name nobody registered. */
export function pageKind(name: string): PageKind {
  const kind = pageKinds.find((k) => k.name === name);
  if (!kind) throw new Error(`No page kind "${name}" in src/render/page-kinds.ts.`);
  return kind;
}

/**
 * Each template's data: the views of the kinds it writes, built once per data
 * key. A shard writes its edition's views of the per-edition kinds and all of
 * the site-wide kinds (the merge holds the shards to agree on them); a full
 * build writes everything.
 */
export function templateData(ctx: ViewContext): Record<string, unknown[]> {
  const scope = ctx.state.scope;
  const data: Record<string, unknown[]> = {};
  for (const kind of pageKinds) {
    if (kind.data in data) continue;
    if (scope && kind.span === 'edition') data[kind.data] = kind.views(ctx).filter((v) => (v as { locale?: string }).locale === scope.locale);
    else data[kind.data] = sinceLastWritten(ctx.state, kind, kind.views(ctx));
  }
  return data;
}

/**
 * Watch mode: of a kind whose views are built whole every build (the sitemap,
 * the feeds, the search and 404 pages…), after an edit, only the views that
 * differ from those last written; the rest would be the same bytes (at 1,000
 * chapters, 3 MB of them on every save). An edit of the chrome (ui.json),
 * which the templates read besides the views, writes them all.
 */
function sinceLastWritten(state: BuildState, kind: PageKind, views: unknown[]): unknown[] {
  // A refused save's model may hold what was refused: nothing of it is served.
  if (state.render?.refused) return [];
  const written = state.tracked?.written;
  if (!kind.whole || !written) return views;
  const fresh = views.filter((view, i) => {
    const { url, path } = view as { url?: string; path?: string };
    const key = `${kind.name}\u0000${url ?? path ?? i}`;
    const json = JSON.stringify(view);
    if (written.get(key) === json) return false;
    written.set(key, json);
    return true;
  });
  return state.render && !state.render.chrome ? fresh : views;
}

/** Every HTML page of the site, from the model alone: what the browser suite walks. */
export function htmlPages(model: Model): (SiteFile & { kind: string })[] {
  return pageKinds.filter((k) => k.html).flatMap((k) => k.files(model).map((f) => ({ ...f, kind: k.name })));
}

/** What the search index reads: the pages of the indexed kinds, from the model alone; a shard's, of its edition only. */
export function indexedPages(model: Model, locale?: string): SiteFile[] {
  return pageKinds
    .filter((k) => k.indexed)
    .flatMap((k) => k.files(model))
    .filter((f) => locale === undefined || f.locale === locale);
}
