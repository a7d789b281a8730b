/**
 * The unit tier in two processes rather than one per file: a process costs
 * about a second of CPU before its first test (tsx, the engine's modules, the
 * first model load), and forty-odd of them cost more than half the tier.
 * Every file's tests run as they are, grouped under the file's name (its
 * top-level hooks scoped to it); `npm run test:unit` runs the two shards side
 * by side. A file may still be run alone: `node --import tsx --test <file>`.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe } from 'node:test';

/**
 * CPU seconds of the files far above the rest (measured on its own, less the
 * process start); any other file counts as 1. Only the balance of the two
 * shards depends on it, never which tests run.
 */
const COST: Record<string, number> = {
  'security/fuzz-classes.test.ts': 11,
  'security/fuzz.test.ts': 4,
  'qa/corpus.test.ts': 4,
  'exchange/exchange.test.ts': 3,
  'qa/qa.test.ts': 3,
  'status/status.test.ts': 2,
  'render/incremental.test.ts': 2,
  'security/limits.test.ts': 2,
};

/** Every unit test file, `<area>/<name>.test.ts`, in name order. */
export function unitFiles(): string[] {
  return readdirSync(import.meta.dirname, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => /^[^/]+\/[^/]+\.test\.ts$/.test(f))
    .sort();
}

/** The files of shard `n` (1-based) of `of`: the costliest first, each to the shard with the least so far. */
export function shardFiles(n: number, of: number): string[] {
  const load = new Array<number>(of).fill(0);
  const shards: string[][] = Array.from({ length: of }, () => []);
  const byCost = unitFiles().sort((a, b) => (COST[b] ?? 1) - (COST[a] ?? 1) || a.localeCompare(b));
  for (const file of byCost) {
    const least = load.indexOf(Math.min(...load));
    load[least]! += COST[file] ?? 1;
    shards[least]!.push(file);
  }
  return shards[n - 1]!.sort();
}

/** Registers shard `n` of `of`: one suite per file, named by it. */
export function runShard(n: number, of: number): void {
  for (const file of shardFiles(n, of)) {
    describe(file, async () => {
      await import(path.join(import.meta.dirname, file));
    });
  }
}
