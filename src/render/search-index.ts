/**
 * Writes the Pagefind index over a built site: one index per `<html lang>`.
 * Each page is indexed from its index copy (search-forms.ts), which adds the
 * word boundaries and forms its language needs; `tuned: false` indexes the
 * pages exactly as built (Pagefind's defaults, for `npm run search:eval`).
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { locales, type SearchTuning } from '../config.ts';
import { indexCopy } from './search-forms.ts';

export interface IndexReport { pages: number }

export interface IndexOptions {
  /** Add the per-language boundaries and forms (default); false: Pagefind's defaults. */
  tuned?: boolean;
}

export async function writeSearchIndex(siteDir: string, { tuned = true }: IndexOptions = {}): Promise<IndexReport> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Pagefind reads the pages of a folder in parallel but added files one at
  // a time: the index copies go to a scratch folder laid out like the site
  // (so each page keeps its URL), which Pagefind then reads as a folder.
  const copies = await mkdtemp(path.join(tmpdir(), 'editions-index-'));
  try {
    let pages = 0;
    for (const file of await htmlFiles(siteDir)) {
      const html = await readFile(file, 'utf8');
      const tuning = tuned ? tuningOf(html) : null;
      const copy = path.join(copies, path.relative(siteDir, file));
      await mkdir(path.dirname(copy), { recursive: true });
      await writeFile(copy, tuning ? indexCopy(html, tuning) : html);
      if (html.includes('data-pagefind-body')) pages++;
    }
    const added = await index.addDirectory({ path: copies });
    if (added.errors.length) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages };
  } finally {
    await pagefind.close();
    await rm(copies, { recursive: true, force: true });
  }
}

/** Bytes of each language's index (its metadata, word and filter chunks and page fragments). */
export async function indexSizes(siteDir: string): Promise<Record<string, number>> {
  const dir = path.join(siteDir, 'pagefind');
  const sizes: Record<string, number> = {};
  const add = async (file: string, lang: string | undefined) => {
    if (lang) sizes[lang] = (sizes[lang] ?? 0) + (await stat(file)).size;
  };
  for (const name of await readdir(dir)) await add(path.join(dir, name), /^pagefind\.([a-z-]+)_\w+\.pf_meta$/.exec(name)?.[1]);
  for (const sub of ['index', 'fragment', 'filter']) {
    const names = await readdir(path.join(dir, sub)).catch(() => [] as string[]);
    for (const name of names) await add(path.join(dir, sub, name), /^([a-z-]+)_/.exec(name)?.[1]);
  }
  return sizes;
}

function tuningOf(html: string): SearchTuning | null {
  const lang = /<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1];
  return locales.find((l) => l.code === lang)?.search ?? null;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'pagefind') out.push(...(await htmlFiles(full)));
    else if (entry.isFile() && entry.name.endsWith('.html')) out.push(full);
  }
  return out.sort();
}
