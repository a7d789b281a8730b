/**
 * Writes the Pagefind index of a site: one index per `<html lang>`. Pagefind
 * is given only the pages it indexes (the kinds marked `indexed` in
 * page-kinds.ts): handed the whole site, it would parse every parallel view
 * and status page only to drop them for lack of `data-pagefind-body`.
 * A build hands each page over as Eleventy renders it (indexAsRendered), so
 * Pagefind's process parses on the second core while this one renders the
 * next page; nothing is laid on disk for it. A page in a language with search
 * tuning is indexed as its index copy (search-forms.ts), which adds the word
 * boundaries and forms the language needs; `tuned: false` indexes the pages
 * exactly as built (Pagefind's defaults, for `npm run search:eval`).
 */
import { readdirSync, readFile, readdir, stat, statSync } from '../files/own-files.ts';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { language, type SearchTuning } from '../languages.ts';
import { fileOfUrl } from '../urls.ts';
import { indexCopy } from './search-forms.ts';
import { readEntry, writeEntry } from './pagefind-entry.ts';
import type { SiteFile } from './page-kinds.ts';
import { eachAtOnce } from '../at-once.ts';

export interface IndexOptions {
  /** Add the per-language boundaries and forms (default); false: Pagefind's defaults. */
  tuned?: boolean;
}

/** The index of a build, fed page by page. */
export interface IndexFeed {
  /** A page as rendered; pages the index does not read are passed over. */
  page(url: string, html: string): void;
  /**
   * Once every page was given: waits for Pagefind to parse them and writes the
   * index into `siteDir/pagefind`, doing `whileIndexing` (the build's books
   * and cards) on this thread meanwhile.
   */
  write(siteDir: string, whileIndexing?: () => Promise<unknown>): Promise<void>;
  /** Stops Pagefind's process (a build that failed). */
  close(): Promise<void>;
}

/**
 * An index of `pages`, fed as they are rendered. Pagefind numbers pages in the
 * order they reach it, so they are handed over in the order of `pages`
 * whatever order they are rendered in: the same site gives the same index.
 */
export function indexAsRendered(pages: readonly SiteFile[], { tuned = true }: IndexOptions = {}): IndexFeed {
  const order = pages.map((p) => p.url);
  const tuning = new Map(pages.map((p) => [p.url, tuned ? language(p.locale)?.search : undefined]));
  const early = new Map<string, string>();
  const added: Promise<{ errors: string[] }>[] = [];
  let next = 0;
  let opened: Promise<pagefind.PagefindIndex> | null = null;
  const open = () =>
    (opened ??= pagefind.createIndex({}).then(({ index, errors }) => {
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      return index;
    }));
  const add = (url: string, html: string) => {
    const t = tuning.get(url);
    const content = t && changesPages(t) ? indexCopy(html, t) : html;
    const adding = open().then((index) => index.addHTMLFile({ url, content }));
    // Awaited in write(); a build that fails first must not leave it unhandled.
    adding.catch(() => undefined);
    added.push(adding);
  };
  return {
    page(url, html) {
      if (!tuning.has(url)) return;
      early.set(url, html);
      while (next < order.length && early.has(order[next]!)) {
        const url = order[next++]!;
        add(url, early.get(url)!);
        early.delete(url);
      }
    },
    async write(siteDir, whileIndexing) {
      if (next < order.length) throw new Error(`The search index was not given ${order[next]}: it was never rendered.`);
      try {
        const indexing = (async () => {
          const problems = (await Promise.all(added)).flatMap((r) => r.errors);
          if (problems.length) throw new Error(`Pagefind could not index ${siteDir}: ${problems.join('; ')}`);
          const written = await (await open()).writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          await flushed(path.join(siteDir, 'pagefind'));
        })();
        indexing.catch(() => undefined);
        await whileIndexing?.();
        await indexing;
      } finally {
        await pagefind.close();
      }
      // The languages in one order, as a merge of shards writes them (pagefind-entry.ts).
      await writeEntry(siteDir, await readEntry(siteDir));
    },
    async close() {
      if (opened) await pagefind.close();
    },
  };
}

/** Stops Pagefind's process, if one runs (a build that failed while feeding it). */
export async function stopIndexing(): Promise<void> {
  await pagefind.close();
}

/** Pages read from disk at once: enough to keep the disk busy, few enough for the file table. */
const PARALLEL = 32;

/** Indexes `pages` (site URLs with their language) of the site built in `siteDir`, read from disk (watch mode, evaluations). */
export async function writeSearchIndex(siteDir: string, pages: readonly SiteFile[], { noBuild, ...options }: IndexOptions & { noBuild?: () => Promise<void> } = {}): Promise<void> {
  const feed = indexAsRendered(pages, options);
  try {
    await eachAtOnce(pages, PARALLEL, async (p) => {
      // Watch mode: resolves when no save is being built; the pages wait, so a save never shares the thread with them.
      await noBuild?.();
      feed.page(p.url, await readFile(path.join(siteDir, fileOfUrl(p.url)), 'utf8'));
    });
  } catch (error) {
    await feed.close();
    throw error;
  }
  await feed.write(siteDir);
}

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
