/**
 * Eleventy's watcher over a publication, as `npm start` runs it (without the
 * dev server, which only adds a reload on top): save a file, wait for the
 * rebuild, see what it wrote. Shared by the incremental-rebuild tests and the
 * bench.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createEleventy, watchUntilReady } from '../../src/render/eleventy-run.ts';
import { INDEX_INPUT } from '../../src/render/search-index.ts';

export interface Rebuild {
  /** URLs Eleventy wrote. */
  urls: string[];
  /** From the save to the written pages (includes the watcher's write-settle delay). */
  saveToPageMs: number;
  /** From the watcher's change event to the written pages. */
  rebuildMs: number;
}

export interface Watching {
  /** Writes `text` to `file` (relative to the publication) and waits for the rebuild it causes. */
  save(file: string, text: string): Promise<Rebuild>;
  stop(): Promise<void>;
}

/** `search: false`: no background index (tests that never read it); the bench keeps it, as `npm start` does. */
export async function watch(root: string, out: string, { search = true } = {}): Promise<Watching> {
  process.env.EDITIONS_ROOT = root;
  let changed = 0;
  let done: ((results: { url: string }[]) => void) | null = null;
  const eleventy = await createEleventy({
    root,
    output: out,
    runMode: 'watch',
    plugin: { search },
    configure(cfg: any) {
      cfg.on('eleventy.beforeWatch', () => {
        changed = performance.now();
      });
      cfg.on('eleventy.after', ({ results }: { results: { url: string }[] }) => {
        done?.(results);
      });
    },
  });
  await watchUntilReady(eleventy, root);
  await settled();
  if (search) {
    // Pagefind reads the pages in a process of its own, so this thread looks free while it works on both cores.
    await indexed(out);
    await settled();
  }
  return {
    async save(file, text) {
      // Let the watcher settle between edits, as a person typing would.
      await new Promise((r) => setTimeout(r, 400));
      const rebuilt = new Promise<{ url: string }[]>((resolve) => {
        done = resolve;
      });
      const saved = performance.now();
      await writeFile(path.join(root, file), text);
      // The deadline is cleared once the rebuild comes: a pending timer would hold the process open for its 120 s.
      let deadline: NodeJS.Timeout | undefined;
      const timedOut = new Promise<never>((_, reject) => {
        deadline = setTimeout(() => reject(new Error(`no rebuild within 120 s of saving ${file}`)), 120_000);
      });
      const results = await Promise.race([rebuilt, timedOut]).finally(() => clearTimeout(deadline));
      const end = performance.now();
      done = null;
      return { urls: results.map((r) => r.url), saveToPageMs: end - saved, rebuildMs: end - changed };
    },
    stop: () => eleventy.stopWatch(),
  };
}

/**
 * Until the first build's search index is written whole (its input folder gone, its entry file there); `out`
 * must have held no index before. Fails after five minutes rather than timing saves beside a running index.
 */
async function indexed(out: string, limitMs = 300_000): Promise<void> {
  const start = performance.now();
  const done = () => existsSync(path.join(out, 'pagefind', 'pagefind-entry.json')) && !existsSync(path.join(out, INDEX_INPUT));
  while (!done()) {
    if (performance.now() - start > limitMs) throw new Error(`the first build's search index in ${out} was not written within ${limitMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Until this thread has been free for 1.5 s (at most two minutes): the
 * first build's books, cards and search index are made in the background, and
 * a save made meanwhile would wait for them (npm start's first seconds), not
 * only for its own rebuild.
 */
async function settled(quietMs = 1500, limitMs = 120_000): Promise<void> {
  const start = performance.now();
  let quiet = 0;
  while (quiet < quietMs && performance.now() - start < limitMs) {
    const before = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 50));
    quiet = performance.now() - before < 65 ? quiet + 50 : 0;
  }
}
