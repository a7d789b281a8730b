/** Exchange helpers without outside tools (unit tier): export a locale, read locales/ as a tree. */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { runExport } from '../../src/cli/export.ts';
import type { ExchangeFormat } from '../../src/exchange/file.ts';

/** Exports a locale of the project at `root` into `root/out/<format>`; returns the files' paths. */
export async function exportTo(root: string, locale: string, format: ExchangeFormat, todo = false): Promise<string[]> {
  const out = path.join(root, 'out', `${locale}-${format}${todo ? '-todo' : ''}`);
  await runExport(root, locale, format, todo, out);
  return (await readdir(out)).sort().map((n) => path.join(out, n));
}

/** Every file under locales/ of a tree, path → bytes as text. */
export async function localesTree(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const base = path.join(root, 'locales');
  for (const rel of (await readdir(base, { recursive: true })).sort()) {
    const text = await readFile(path.join(base, rel), 'utf8').catch(() => null);
    if (text !== null) out.set(rel, text);
  }
  return out;
}

export async function ensureDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
}
