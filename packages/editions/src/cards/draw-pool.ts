/**
 * Cards drawn on every core: a first build of a long story draws thousands
 * (each tens of milliseconds of layout and rasterising), so they are shared
 * among worker threads, one per core, each drawing exactly what `drawCard`
 * draws here. A handful is drawn on this thread: a thread costs more to start.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { drawCard, type CardSpec } from './card.ts';

/** Below this many cards, starting threads costs more than it saves. */
const WORTH_A_THREAD = 8;

/** `draw(spec)` for each spec, `onDrawn` as each is done (in any order); resolves when all are. */
export async function drawAll<T extends { spec: CardSpec }>(items: readonly T[], onDrawn: (item: T, png: Uint8Array) => Promise<void>): Promise<void> {
  const threads = Math.min(availableParallelism(), Math.floor(items.length / WORTH_A_THREAD));
  if (threads < 2) {
    for (const item of items) await onDrawn(item, await drawCard(item.spec));
    return;
  }
  const workers = Array.from({ length: threads }, startWorker);
  let next = 0;
  try {
    await Promise.all(
      workers.map(async (worker) => {
        while (next < items.length) {
          const item = items[next++]!;
          await onDrawn(item, await drawOn(worker, item.spec));
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** The compiled worker beside this file; from the TypeScript source (tests, the bench), through tsx, which a worker does not inherit. */
function startWorker(): Worker {
  const fromSource = path.extname(new URL(import.meta.url).pathname) === '.ts';
  const script = new URL(`./draw-worker${fromSource ? '.ts' : '.js'}`, import.meta.url);
  if (!fromSource) return new Worker(script);
  const tsx = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); });`, { eval: true });
}

let ids = 0;
function drawOn(worker: Worker, spec: CardSpec): Promise<Uint8Array> {
  const id = ids++;
  return new Promise((resolve, reject) => {
    const answer = (message: { id: number; png?: Uint8Array; error?: string }) => {
      if (message.id !== id) return;
      worker.off('message', answer);
      worker.off('error', reject);
      if (message.png) resolve(message.png);
      else reject(new Error(`A card could not be drawn: ${message.error}`));
    };
    worker.on('message', answer);
    worker.once('error', reject);
    worker.postMessage({ id, spec });
  });
}
