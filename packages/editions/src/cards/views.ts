/**
 * Which card each page shows: a story page (home, chapter) its own; a page
 * whose title falls back to the source language, the source edition's card
 * of that page (its words are the source's); a parallel view its chapter's;
 * the tool pages (search, status, 404) their edition's home card.
 */
import { fixedNamespaces } from '../config.ts';
import type { PageView } from '../render/pages.ts';
import type { Translator } from '../translator/i18n.ts';
import { cardUrl } from '../urls.ts';
import type { CardSpec } from './card.ts';

export interface CardView {
  /** Where the PNG is: /<lng>/<slug>/card.png. */
  url: string;
  /** og:image:alt, in the card's language. */
  alt: string;
  spec: CardSpec;
}

export interface Cards {
  /** The cards to draw, one per story page that has its own. */
  drawn: CardView[];
  /** The card a page shows: `of("ja", "the-route")`; a slug that is no story page gets the home's. */
  of(locale: string, slug: string): CardView | undefined;
}

export function cardViews(pages: PageView[], tr: Translator, sourceLanguage: string): Cards {
  const own = new Map<string, CardView>();
  const key = (locale: string, slug: string) => `${locale}\u0000${slug}`;
  for (const pg of pages) {
    const ui = (k: string) => tr.t(pg.locale, fixedNamespaces.ui, k);
    const footer = pg.kind === 'home' ? ui('site.edition') : pg.storyTitle;
    own.set(key(pg.locale, pg.slug), {
      url: cardUrl(pg.locale, pg.slug),
      alt: `${pg.titleText} — ${footer}`,
      spec: { locale: pg.locale, title: pg.titleText, kicker: ui('site.name'), footer },
    });
  }
  const fallsBack = new Set(pages.filter((p) => p.title.lang && p.locale !== sourceLanguage).map((p) => key(p.locale, p.slug)));
  const resolve = (locale: string, slug: string): CardView | undefined => {
    const k = key(locale, slug);
    if (!own.has(k)) return own.get(key(locale, ''));
    return fallsBack.has(k) ? own.get(key(sourceLanguage, slug)) : own.get(k);
  };
  return { drawn: [...own.entries()].filter(([k]) => !fallsBack.has(k)).map(([, v]) => v), of: resolve };
}
