/**
 * Folders that exist only while a build or an index runs (a staging site,
 * Pagefind's input). Ctrl-C or a kill signal removes them before the process
 * ends, so an interrupted build leaves nothing behind; a `kill -9` cannot be
 * caught, and the next build's leftovers sweep (cli/leftovers.ts) covers it.
 */
import { renameSync, rmSync, writeFileSync } from '../files/own-files.ts';

const folders = new Set<string>();
const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Blocks this thread for `ms` (the handler must finish before the process exits). */
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Removes `dir` while file operations the build queued before the signal may
 * still be running on other threads: one of them making the folders on its
 * way to a file would make `dir` again after it went. So `dir` is moved out
 * of the way and a file put in its place, which fails those operations; after
 * a moment for them to run out, both go. Errors never change the exit status:
 * what stays (`<dir>.removing` among it) is a dead build's leftover, which the
 * next build sweeps (cli/leftovers.ts, and the index's input when next laid).
 */
function removeWhileWritesLand(dir: string): void {
  const away = `${dir}.removing`;
  const quietly = (step: () => void) => {
    try {
      step();
    } catch {}
  };
  quietly(() => renameSync(dir, away));
  quietly(() => writeFileSync(dir, ''));
  pause(50);
  quietly(() => rmSync(away, { recursive: true, force: true, maxRetries: 5 }));
  quietly(() => rmSync(dir, { recursive: true, force: true, maxRetries: 5 }));
}

function onSignal(signal: NodeJS.Signals): void {
  for (const dir of folders) removeWhileWritesLand(dir);
  folders.clear();
  // The usual exit status of a process ended by that signal (130 for SIGINT).
  process.exit(128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as Record<string, number>)[signal]!);
}

/** Removes `dir` if the process is interrupted; returns the function that stops watching it. */
export function removedOnInterrupt(dir: string): () => void {
  if (folders.size === 0) for (const s of signals) process.on(s, onSignal);
  folders.add(dir);
  return () => {
    folders.delete(dir);
    if (folders.size === 0) for (const s of signals) process.off(s, onSignal);
  };
}
