/**
 * The build's binary files, written after the pages: each edition's EPUB
 * (src/book/) and every page's link-preview card (src/cards/), from the
 * build's own views. A shard writes its edition's; the merge writes none.
 */
import { performance } from 'node:perf_hooks';
import type { BuildState } from './build-state.ts';
import { writeBooks } from '../book/write.ts';
import { cardViews, type Cards, type CardView } from '../cards/views.ts';
import { writeCards } from '../cards/write.ts';

const memo = new WeakMap<BuildState, Cards>();
/** The build's cards, worked out once per build. */
export function cardsOf(state: BuildState): Cards {
  let cards = memo.get(state);
  if (!cards) {
    cards = cardViews(state.pages, state.tr, state.model.story.sourceLanguage);
    memo.set(state, cards);
  }
  return cards;
}

/** The card a page of any kind shows (src/cards/views.ts): `{{ pg | card }}` in the layout. */
export function cardOfPage(state: BuildState, pg: { locale: string; kind: string; slug?: string }): CardView | undefined {
  const story = pg.kind === 'home' || pg.kind === 'chapter' || pg.kind === 'parallel';
  return cardsOf(state).of(pg.locale, story ? pg.slug ?? '' : '');
}

export interface BinariesReport {
  books: { locale: string; bytes: number }[];
  bookMs: number;
  cards: { drawn: number; cached: number };
  cardMs: number;
}

export async function writeBooksAndCards(output: string, state: BuildState, origin: string): Promise<BinariesReport | null> {
  const scope = state.scope;
  if (scope?.kind === 'site') return null;
  const locales = state.model.story.editions.map((e) => e.code).filter((code) => !scope || scope.locale === code);
  let start = performance.now();
  const books = await writeBooks(output, state, origin, locales);
  const bookMs = performance.now() - start;
  start = performance.now();
  const cards = cardsOf(state).drawn.filter((c) => locales.includes(c.spec.locale));
  const written = await writeCards(output, cards, state.model.root);
  const cardMs = performance.now() - start;
  return { books: books.map(({ locale, bytes }) => ({ locale, bytes })), bookMs, cards: written, cardMs };
}
