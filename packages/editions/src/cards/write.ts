/**
 * Draws the cards into the site, remembering each by the hash of what
 * decides its bytes (card.ts): a build draws only the cards whose text or
 * fonts changed.
 */
import { copyFile, existsSync, mkdir, rename, writeFile } from '../files/own-files.ts';
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
  let drawn = 0;
  for (const card of cards) {
    const file = path.join(output, card.url);
    await mkdir(path.dirname(file), { recursive: true });
    const cached = cache ? path.join(cache, `${cardKey(card.spec)}.png`) : null;
    if (cached && existsSync(cached)) {
      await copyFile(cached, file);
      continue;
    }
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
