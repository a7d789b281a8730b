/**
 * Folders that exist only while a build or an index runs (a staging site,
 * Pagefind's input). Ctrl-C or a kill signal removes them before the process
 * ends, so an interrupted build leaves nothing behind; a `kill -9` cannot be
 * caught, and the next build's leftovers sweep (cli/leftovers.ts) covers it.
 */
import { rmSync } from '../files/own-files.ts';

const folders = new Set<string>();
const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function onSignal(signal: NodeJS.Signals): void {
  for (const dir of folders) {
    // Writes still landing may refill it while it goes (ENOTEMPTY): retried, and never allowed to change the exit status;
    // what stays is a dead build's leftover, which the next build sweeps.
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
    } catch {}
  }
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
