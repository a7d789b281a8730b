/**
 * Draws the cards into the site, remembering each by the hash of what
 * decides its bytes (card.ts): a build draws only the cards whose text or
 * fonts changed.
 */
import { copyFile, existsSync, link, mkdir, rename, writeFile } from '../files/own-files.ts';
import { eachAtOnce } from '../at-once.ts';
import path from 'node:path';
import { cardKey } from './card.ts';
import { drawAll } from './draw-pool.ts';
import type { CardView } from './views.ts';

export interface CardsWritten {
  drawn: number;
  cached: number;
}

/** Names the cards being written to the cache apart: two threads may draw the same card. */
let partials = 0;

/** Writes `cards` under `output`, drawing those `cache` (a folder, or null for none) does not hold. */
export async function writeCards(output: string, cards: CardView[], cache: string | null): Promise<CardsWritten> {
  if (cache) await mkdir(cache, { recursive: true });
  await Promise.all([...new Set(cards.map((card) => path.dirname(path.join(output, card.url))))].map((dir) => mkdir(dir, { recursive: true })));
  const toDraw: { card: CardView; file: string; cached: string | null }[] = [];
  // Cards from the cache are linked (or copied, across file systems) many at a time; the others are drawn.
  await eachAtOnce(cards, 32, async (card) => {
    const file = path.join(output, card.url);
    const cached = cache ? path.join(cache, `${cardKey(card.spec)}.png`) : null;
    if (cached && existsSync(cached)) await link(cached, file).catch(() => copyFile(cached, file));
    else toDraw.push({ card, file, cached });
  });
  await drawAll(
    toDraw.map(({ card, file, cached }) => ({ spec: card.spec, file, cached })),
    async ({ file, cached }, png) => {
      await writeFile(file, png);
      if (cached) {
        // Written whole, then renamed: a build stopped midway never leaves half a card in the cache.
        const partial = `${cached}.${process.pid}.${partials++}`;
        await writeFile(partial, png);
        await rename(partial, cached);
      }
    },
  );
  return { drawn: toDraw.length, cached: cards.length - toDraw.length };
}
