/**
 * Writes the Pagefind index over a built site: one index per `<html lang>`.
 * A page in a language with search tuning is indexed from its index copy
 * (search-forms.ts), which adds the word boundaries and forms the language
 * needs; `tuned: false` indexes the pages exactly as built (Pagefind's
 * defaults, for `npm run search:eval`).
 */
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from '../files/own-files.ts';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { language, type SearchTuning } from '../languages.ts';
import { indexCopy } from './search-forms.ts';
import { readEntry, writeEntry } from './pagefind-entry.ts';

export interface IndexOptions {
  /** Add the per-language boundaries and forms (default); false: Pagefind's defaults. */
  tuned?: boolean;
}

export async function writeSearchIndex(siteDir: string, { tuned = true }: IndexOptions = {}): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Pagefind reads the pages of a folder in parallel, but added files one at
  // a time. Editions with nothing to tune are read where they are built; the
  // other pages' index copies go to a scratch folder laid out like the site
  // (so each page keeps its URL), which Pagefind then reads as a folder.
  // An edition's folder holds only its own language's pages (<html lang> is the edition's), so the folder decides.
  const editions = (await readdir(siteDir)).filter((name) => language(name) !== undefined);
  const asBuilt = tuned ? editions.filter((code) => !changesPages(language(code)!.search)) : [];
  const copies = await mkdtemp(path.join(tmpdir(), 'editions-index-'));
  const problems: string[] = [];
  try {
    if (!tuned) problems.push(...(await index.addDirectory({ path: siteDir })).errors);
    else {
      for (const code of asBuilt) problems.push(...(await index.addDirectory({ path: siteDir, glob: `${code}/**/*.html` })).errors);
      await writeIndexCopies(siteDir, copies, await htmlFiles(siteDir), asBuilt);
      problems.push(...(await index.addDirectory({ path: copies })).errors);
    }
    if (problems.length) throw new Error(`Pagefind could not index ${siteDir}: ${problems.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    await flushed(path.join(siteDir, 'pagefind', 'pagefind-entry.json'));
    // The languages in one order, as a merge of shards writes them (pagefind-entry.ts).
    await writeEntry(siteDir, await readEntry(siteDir));
  } finally {
    await pagefind.close();
    await rm(copies, { recursive: true, force: true });
  }
}

/**
 * The index copy of every page outside the `asBuilt` edition folders, under
 * `copies`. Asynchronous on purpose: in watch mode this runs in the
 * background, and the next edit's rebuild must not wait for it.
 */
async function writeIndexCopies(siteDir: string, copies: string, files: string[], asBuilt: string[]): Promise<void> {
  const made = new Set<string>();
  for (const file of files) {
    const rel = path.relative(siteDir, file);
    if (asBuilt.includes(rel.split(path.sep)[0]!)) continue;
    const html = await readFile(file, 'utf8');
    const tuning = tuningOf(html);
    const copy = path.join(copies, rel);
    const dir = path.dirname(copy);
    if (!made.has(dir)) await mkdir(dir, { recursive: true });
    made.add(dir);
    await writeFile(copy, tuning ? indexCopy(html, tuning) : html);
  }
}

/**
 * Pagefind's service can answer writeFiles a moment before its entry file is
 * flushed; closing it then leaves pagefind-entry.json empty, and search fails
 * on every page. Waits (briefly) until the file holds something.
 */
async function flushed(file: string): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    if ((await stat(file).catch(() => null))?.size) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Whether a tuning alters what Pagefind reads (otherwise pages are indexed as built). */
function changesPages(tuning: SearchTuning): boolean {
  return tuning.wholeRuns || tuning.variants || tuning.hangulJamo;
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
  return (lang && language(lang)?.search) || null;
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
