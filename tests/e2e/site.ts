/** The pages the suite walks, read from the same model the build used. */
import { locales } from '../../src/config.ts';
import { createTranslator } from '../../src/locales/i18n.ts';
import { loadModel } from '../../src/model/load.ts';
import { buildPages } from '../../src/render/pages.ts';
import { SEARCH_SLUG } from '../../src/render/search-page.ts';
import { pageUrl } from '../../src/render/urls.ts';

export const root = process.env.EDITIONS_ROOT ?? process.cwd();
export const { model } = await loadModel(root);
/** Every page of every edition, with no draft fallbacks applied. */
export const pages = buildPages(model, createTranslator(model), locales).map((p) => ({ url: p.url, locale: p.locale, slug: p.slug }));

/** The search page of every edition (it has a script; chapters have none). */
export const searchUrls = locales.map((l) => pageUrl(l.code, SEARCH_SLUG));
