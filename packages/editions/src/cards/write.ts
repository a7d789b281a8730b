/**
 * Draws the cards into the site, remembering each by the hash of what
 * decides its bytes (card.ts): a build draws only the cards whose text or
 * fonts changed.
 */
import { copyFile, existsSync, link, mkdir, rename, writeFile } from '../files/own-files.ts';
import { eachAtOnce } from '../at-once.ts';
import path from 'node:path';
import { cardKey, drawCard } from './card.ts';
import type { CardView } from './views.ts';

export interface CardsWritten {
  drawn: number;
  cached: number;
}

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
  let drawn = 0;
  for (const { card, file, cached } of toDraw) {
    const png = await drawCard(card.spec);
    drawn++;
    await writeFile(file, png);
    if (cached) {
      // Written whole, then renamed: a build stopped midway never leaves half a card in the cache.
      await writeFile(`${cached}.${process.pid}`, png);
      await rename(`${cached}.${process.pid}`, cached);
    }
  }
  return { drawn, cached: cards.length - drawn };
}
