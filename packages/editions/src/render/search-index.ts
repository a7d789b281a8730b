/**
 * Writes the Pagefind index over a built site: one index per `<html lang>`.
 * Pagefind is given only the pages it indexes (the kinds marked `indexed` in
 * page-kinds.ts): handed the whole site, it would parse every parallel view
 * and status page only to drop them for lack of `data-pagefind-body`.
 * A page in a language with search tuning is indexed from its index copy
 * (search-forms.ts), which adds the word boundaries and forms the language
 * needs; `tuned: false` indexes the pages exactly as built (Pagefind's
 * defaults, for `npm run search:eval`).
 */
import { linkOrCopySync, mkdirSync, readdirSync, readFile, readdir, rm, stat, statSync, writeFile, writeFileSync } from '../files/own-files.ts';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { language, type SearchTuning } from '../languages.ts';
import { fileOfUrl } from '../urls.ts';
import { indexCopy } from './search-forms.ts';
import { readEntry, writeEntry } from './pagefind-entry.ts';
import type { SiteFile } from './page-kinds.ts';
import { removedOnInterrupt } from './scratch.ts';
import { eachAtOnce } from '../at-once.ts';
import { escapeHtml } from './markup.ts';

export interface IndexOptions {
  /** Add the per-language boundaries and forms (default); false: Pagefind's defaults. */
  tuned?: boolean;
  /** Work for this thread while Pagefind's own process reads the pages (the build's books and cards). */
  whileIndexing?: () => Promise<unknown>;
  /** Watch mode: resolves when no build is running; the index waits on it every few hundred entries it lays out and before each index copy, so a save's build never shares the thread with it. */
  noBuild?: () => Promise<void>;
}

/** Where Pagefind reads from, inside the site (so hard links work, and a killed build's staging folder takes it along). */
export const INDEX_INPUT = '.pagefind-input';

/** Pages read or written at once: enough to keep the disk busy, few enough for the file table. */
const PARALLEL = 32;

/** Indexes `pages` (site URLs with their language) of the site built in `siteDir`. */
export async function writeSearchIndex(siteDir: string, pages: readonly SiteFile[], { tuned = true, whileIndexing, noBuild }: IndexOptions = {}): Promise<void> {
  // Pagefind reads the pages of a folder in parallel, but added files one at
  // a time: the pages go to a folder laid out like the site (so each keeps
  // its URL), linked as built or written as their index copy.
  const input = path.join(siteDir, INDEX_INPUT);
  // With what an interrupted run left while removing it (render/scratch.ts).
  await Promise.all([input, `${input}.removing`].map((dir) => rm(dir, { recursive: true, force: true })));
  const forget = removedOnInterrupt(input);
  try {
    await layInput(siteDir, input, pages, tuned, noBuild);
    // Pagefind's process takes every core while it reads the pages: not while a save is being built.
    await noBuild?.();
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    try {
      const adding = index.addDirectory({ path: input });
      // Awaited below; a failure of the work in between must not leave it unhandled.
      adding.catch(() => undefined);
      await whileIndexing?.();
      const problems = (await adding).errors;
      if (problems.length) throw new Error(`Pagefind could not index ${siteDir}: ${problems.join('; ')}`);
      const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
      if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
      await flushed(path.join(siteDir, 'pagefind'));
    } finally {
      await pagefind.close();
    }
    // The languages in one order, as a merge of shards writes them (pagefind-entry.ts).
    await writeEntry(siteDir, await readEntry(siteDir));
  } finally {
    await rm(input, { recursive: true, force: true });
    forget();
  }
}

/**
 * Starts Pagefind's service now and has it read one small page in each of
 * `languages`, without waiting. Its Japanese and Chinese segmenters load
 * their dictionaries on first use (about two seconds of one core): this way
 * that happens on the other core while this thread loads and renders the
 * site, not while the build waits for its index. The pages go to an index of
 * their own, deleted at once; `writeSearchIndex` then finds the service warm.
 * Whoever calls this closes the service if the build stops before indexing
 * (`closeIndexer`).
 */
export function warmIndexer(languages: readonly string[]): void {
  const warming = (async () => {
    const { index } = await pagefind.createIndex({});
    if (!index) return;
    for (const code of languages) {
      await index.addHTMLFile({
        url: `/${encodeURIComponent(code)}/`,
        content: `<html lang="${escapeHtml(code)}"><body data-pagefind-body><p>日本語の文章、中文。</p></body></html>`,
      });
    }
    await index.deleteIndex();
  })();
  // A build that stops meanwhile closes the service under it: nothing to report.
  warming.catch(() => undefined);
}

/** Stops Pagefind's service, if one runs (a warmed one whose build stopped before indexing). */
export async function closeIndexer(): Promise<void> {
  await pagefind.close();
}

/**
 * Each page under `input`: its index copy when its language's tuning alters
 * what Pagefind reads, else a hard link to the page as built.
 *
 * Pagefind numbers the pages in the order it walks the folder, and on some
 * disks (tmpfs, for one) a folder lists its entries in an order set by when
 * they were made: so every folder and file is made one after another, in the pages'
 * sorted order, and on one disk the same pages always give the same index (a
 * shard's and a full build's alike). Only then are the index copies filled,
 * many at a time. In batches, yielding between them: in watch mode this runs
 * in the background, and the next edit's rebuild must not wait for it.
 */
async function layInput(siteDir: string, input: string, pages: readonly SiteFile[], tuned: boolean, noBuild?: () => Promise<void>): Promise<void> {
  const files = pages.map((p) => ({ rel: fileOfUrl(p.url), tuning: tuned ? language(p.locale)?.search : undefined })).sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  const copies: { rel: string; tuning: SearchTuning }[] = [];
  const made = new Set<string>();
  for (let i = 0; i < files.length; i++) {
    if (noBuild && i % MADE_AT_ONCE === 0) {
      await new Promise((resolve) => setImmediate(resolve));
      await noBuild();
    }
    const { rel, tuning } = files[i]!;
    const to = path.join(input, rel);
    const dir = path.dirname(to);
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    if (tuning && changesPages(tuning)) {
      writeFileSync(to, '');
      copies.push({ rel, tuning });
    } else linkOrCopySync(path.join(siteDir, rel), to);
  }
  await eachAtOnce(copies, PARALLEL, async ({ rel, tuning }) => {
    await noBuild?.();
    await writeFile(path.join(input, rel), indexCopy(await readFile(path.join(siteDir, rel), 'utf8'), tuning));
  });
}

/** Folders and files made before the thread is let go (watch mode's next save may be waiting). */
const MADE_AT_ONCE = 200;

/**
 * Pagefind's service can answer writeFiles a moment before its files are
 * flushed; closing it then leaves some empty or cut short (an empty
 * pagefind-entry.json fails search on every page; a shard's half-written
 * script makes the merge refuse it). Waits, briefly, until every file it
 * wrote holds something and no size changes between two looks.
 */
async function flushed(dir: string): Promise<void> {
  let last = '';
  for (let tries = 0; tries < 150; tries++) {
    // Synchronous: thousands of files at a thousand chapters, looked at in milliseconds.
    const sizes = fileSizes(dir);
    const now = sizes.join(',');
    if (sizes.length && !sizes.includes(0) && now === last) return;
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function fileSizes(dir: string): number[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => statSync(path.join(entry.parentPath, entry.name), { throwIfNoEntry: false })?.size ?? 0);
  } catch {
    return [];
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
