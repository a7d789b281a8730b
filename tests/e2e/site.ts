/** The pages the suite walks, read from the same model the build used. */
import { locales } from '../../src/config.ts';
import { createTranslator } from '../../src/locales/i18n.ts';
import { allPages, loadModel } from '../../src/model/load.ts';
import { notFoundUrl, pageUrl, parallelUrl } from '../../src/render/urls.ts';
import { SEARCH_SLUG } from '../../src/render/search-page.ts';
import { STATUS_SLUG } from '../../src/render/status-page.ts';

export const root = process.env.EDITIONS_ROOT ?? process.cwd();
export const { model } = await loadModel(root);
export const tr = createTranslator(model);
/** Every page of every edition (the story's pages in each locale; no views are built: a test process only needs the list). */
export const pages = locales.flatMap((l) => allPages(model.story).map((c) => {
  const slug = c === model.story.home ? '' : c.slug;
  return { url: pageUrl(l.code, slug), locale: l.code, slug, kind: slug === '' ? 'home' as const : 'chapter' as const };
}));
/** Every chapter's parallel view, for every ordered pair of editions (not indexed, not in the sitemap). */
export const parallelPages = model.story.chapters.flatMap((c) => locales.flatMap((first) => locales.filter((l) => l !== first).map((second) => ({
  url: parallelUrl(first.code, c.slug, second.code), locale: first.code, other: second.code, slug: c.slug,
}))));
/** Every HTML file a reader can land on: the root chooser, every edition page and parallel view, the search and translation-status pages, and the 404 pages. */
export const everyPage: { url: string; locale: string; status: number }[] = [
  { url: '/', locale: model.story.sourceLanguage, status: 200 },
  ...pages.map((p) => ({ url: p.url, locale: p.locale, status: 200 })),
  ...parallelPages.map((p) => ({ url: p.url, locale: p.locale, status: 200 })),
  ...locales.map((l) => ({ url: pageUrl(l.code, SEARCH_SLUG), locale: l.code, status: 200 })),
  ...locales.map((l) => ({ url: pageUrl(l.code, STATUS_SLUG), locale: l.code, status: 200 })),
  ...locales.map((l) => ({ url: notFoundUrl(l.code), locale: l.code, status: 200 })),
  { url: '/404.html', locale: model.story.sourceLanguage, status: 200 },
];

/** The search page of every edition (it has a script; chapters have none). */
export const searchUrls = locales.map((l) => pageUrl(l.code, SEARCH_SLUG));