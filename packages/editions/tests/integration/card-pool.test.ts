/**
 * Cards drawn on worker threads (src/cards/draw-pool.ts) are the bytes this
 * thread draws, each handed back with its own spec.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { drawCard, type CardSpec } from '../../src/cards/card.ts';
import { drawAll } from '../../src/cards/draw-pool.ts';

test('the pool draws each card exactly as drawCard does, whatever thread draws it', async () => {
  const specs: CardSpec[] = Array.from({ length: 16 }, (_, i) => ({
    locale: ['en', 'ja', 'ko'][i % 3]!,
    title: `${['Notes', '遺されたメモ', '남겨진 메모'][i % 3]} ${i}`,
    kicker: 'Editions',
    footer: `footer ${i}`,
  }));
  const drawn = new Map<CardSpec, Uint8Array>();
  await drawAll(
    specs.map((spec) => ({ spec })),
    async ({ spec }, png) => {
      drawn.set(spec, png);
    },
  );
  assert.equal(drawn.size, specs.length);
  for (const spec of [specs[0]!, specs[7]!, specs[14]!]) assert.deepEqual(Buffer.from(drawn.get(spec)!), Buffer.from(await drawCard(spec)), spec.title);
});
