/** A thread that draws cards (card.ts) for the pool in draw-pool.ts: a spec in, its PNG out. */
import { parentPort } from 'node:worker_threads';
import { drawCard, type CardSpec } from './card.ts';

parentPort!.on('message', async ({ id, spec }: { id: number; spec: CardSpec }) => {
  try {
    const png = await drawCard(spec);
    parentPort!.postMessage({ id, png }, [png.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: String((error as Error)?.stack ?? error) });
  }
});
