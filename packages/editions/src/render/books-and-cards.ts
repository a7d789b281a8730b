/**
 * The build's binary files, written after the pages: each edition's EPUB
 * (src/book/) and every page's link-preview card (src/cards/), from the
 * build's own views. A shard writes its edition's; the merge writes none.
 */
import { existsSync } from '../files/own-files.ts';
import { errorText, printError } from '../terminal.ts';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { cardUrl } from '../urls.ts';
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
  return cardsOf(state).of(pg.locale, story ? (pg.slug ?? '') : '');
}

export interface BinariesReport {
  books: { locale: string; bytes: number }[];
  bookMs: number;
  cards: { drawn: number; cached: number };
  cardMs: number;
}

/**
 * Where drawn cards are remembered: the project's node_modules/.cache, else
 * (a copy without node_modules, as the tests make) the system's temporary
 * folder. A card is stored under the hash of all that decides its bytes, so
 * projects may share one.
 */
export function cardCache(root: string): string {
  return existsSync(path.join(root, 'node_modules')) ? path.join(root, 'node_modules', '.cache', 'editions', 'cards') : path.join(tmpdir(), 'editions-cards');
}

export async function writeBooksAndCards(output: string, state: BuildState, origin: string): Promise<BinariesReport> {
  const scope = state.scope;
  const locales = state.model.story.editions.map((e) => e.code).filter((code) => !scope || scope.locale === code);
  let start = performance.now();
  const books = await writeBooks(output, state, origin, locales);
  const bookMs = performance.now() - start;
  start = performance.now();
  // Watch mode, after an edit: only the cards of the pages it changed.
  const changed = state.render && new Set(state.render.pages.map((p) => cardUrl(p.locale, p.slug)));
  const cards = cardsOf(state).drawn.filter((c) => locales.includes(c.spec.locale) && (!changed || changed.has(c.url)));
  const written = await writeCards(output, cards, cardCache(state.model.root));
  const cardMs = performance.now() - start;
  return { books: books.map(({ locale, bytes }) => ({ locale, bytes })), bookMs, cards: written, cardMs };
}

/**
 * Watch mode writes the books and cards in the background, so an edit shows
 * in the browser at once; one run at a time, and one more if a build
 * finished meanwhile (as the search index does).
 */
export function backgroundBinaries(origin: string): (output: string, state: BuildState) => void {
  let running: Promise<void> | null = null;
  let next: { output: string; state: BuildState } | null = null;
  return (output, state) => {
    next = { output, state };
    if (running) return;
    running = (async () => {
      while (next) {
        const job: { output: string; state: BuildState } = next;
        next = null;
        await writeBooksAndCards(job.output, job.state, origin).catch((error: unknown) => printError(errorText(error)));
      }
      running = null;
    })();
  };
}
