/**
 * Compares two built sites file by file, as the shard-and-merge test and the
 * incremental-rebuild test need: which files differ, and which one has alone.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Every file under `dir`, relative to it, sorted. */
export async function siteFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/**
 * Pagefind writes its filter files in hash-map order, so they (and the
 * metadata and entry naming them by hash) differ between any two runs, full
 * builds included. Everything else of an index must be byte for byte the same.
 */
export const runToRun = (file: string) => /^pagefind\/(filter\/.*\.pf_filter|pagefind\.[^/]*\.pf_meta|pagefind-entry\.json)$/.test(file);

export interface SiteDiff {
  onlyInA: string[];
  onlyInB: string[];
  /** Files in both whose bytes differ. */
  differ: string[];
}

/** Files of `a` and `b` (those `include` keeps) that differ in name or bytes. */
export async function diffSites(a: string, b: string, include: (file: string) => boolean = () => true): Promise<SiteDiff> {
  const [fa, fb] = [(await siteFiles(a)).filter(include), (await siteFiles(b)).filter(include)];
  const inB = new Set(fb);
  const inA = new Set(fa);
  const differ: string[] = [];
  for (const file of fa.filter((f) => inB.has(f))) {
    const [x, y] = await Promise.all([readFile(path.join(a, file)), readFile(path.join(b, file))]);
    if (!x.equals(y)) differ.push(file);
  }
  return { onlyInA: fa.filter((f) => !inB.has(f)), onlyInB: fb.filter((f) => !inA.has(f)), differ };
}
