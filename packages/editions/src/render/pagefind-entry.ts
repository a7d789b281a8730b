/**
 * Pagefind's entry file (`pagefind/pagefind-entry.json`): the one file of its
 * index that names every language. Pagefind writes its languages in hash-map
 * order, which changes from run to run; Editions rewrites it with the
 * editions in their configured order, so that a full build and a merge of
 * shards write it alike, and merges the shards' entries into one.
 */
import { readFile, writeFile } from '../files/own-files.ts';
import path from 'node:path';

export const ENTRY_FILE = path.join('pagefind', 'pagefind-entry.json');

export interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters: string[];
}

export async function readEntry(siteDir: string): Promise<PagefindEntry> {
  return JSON.parse(await readFile(path.join(siteDir, ENTRY_FILE), 'utf8')) as PagefindEntry;
}

/** Writes `entry` with its languages in code order, so a full build and a merge of shards write the same bytes. */
export async function writeEntry(siteDir: string, entry: PagefindEntry): Promise<void> {
  const codes = Object.keys(entry.languages).sort((a, b) => a.localeCompare(b));
  const languages = Object.fromEntries(codes.map((c) => [c, entry.languages[c]!]));
  await writeFile(path.join(siteDir, ENTRY_FILE), JSON.stringify({ ...entry, languages }));
}

/**
 * One entry for the languages of several indexes written by the same Pagefind
 * with the same settings; null when their version or settings differ.
 */
export function mergeEntries(entries: PagefindEntry[]): PagefindEntry | null {
  const [first] = entries;
  if (!first) return null;
  const same = (e: PagefindEntry) => e.version === first.version && JSON.stringify(e.include_characters) === JSON.stringify(first.include_characters);
  if (!entries.every(same)) return null;
  return { ...first, languages: Object.assign({}, ...entries.map((e) => e.languages)) };
}
