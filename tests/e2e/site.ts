/** The pages the suite walks, read from the same model the build used. */
import { createTranslator } from '../../packages/editions/src/translator/i18n.ts';
import { loadModel } from '../../packages/editions/src/model/load.ts';
import { htmlPages, pageKind } from '../../packages/editions/src/render/page-kinds.ts';

export const root = process.env.EDITIONS_ROOT ?? process.cwd();
export const { model } = await loadModel(root);
export const tr = createTranslator(model);
/** The publication's editions (content/story.md), and their codes. */
export const editions = model.story.editions;
export const editionCodes: readonly string[] = editions.map((e) => e.code);
/** Every story page of every edition (home and chapters; no views are built: a test process only needs the list). */
export const pages = htmlPages(model)
  .filter((p) => p.kind === 'home' || p.kind === 'chapter')
  .map((p) => ({
    url: p.url,
    locale: p.locale,
    kind: p.kind as 'home' | 'chapter',
    slug: p.url.split('/')[2] ?? '',
  }));
/** Every HTML file a reader can land on, kind by kind from src/render/page-kinds.ts (the root chooser, the editions' pages, search, status and 404 pages). */
export const everyPage: { url: string; locale: string; status: number }[] = htmlPages(model).map((p) => ({ url: p.url, locale: p.locale, status: 200 }));
/** Every chapter's parallel view, for every ordered pair of editions (not indexed, not in the sitemap). */
export const parallelPages = pageKind('parallel')
  .files(model)
  .map((f) => {
    const [, first, slug, , other] = f.url.split('/');
    return { url: f.url, locale: first!, other: other!, slug: slug! };
  });

/** The search page of every edition (it has a script; chapters have none). */
export const searchUrls = pageKind('search')
  .files(model)
  .map((f) => f.url);
