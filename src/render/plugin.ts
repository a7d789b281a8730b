/**
 * The Editions Eleventy plugin: loads the model before each build, gives the
 * templates one view per page and edition, and indexes the output for search.
 */
import path from 'node:path';
import { locales, paths } from '../config.ts';
import { buildBlockers } from '../checks/buildable.ts';
import { EditionsError, formatFinding } from '../errors.ts';
import { createTranslator, type Translator } from '../locales/i18n.ts';
import { loadModel } from '../model/load.ts';
import type { Model } from '../model/types.ts';
import { applyLocaleEdits, buildTrackedPages, type Tracked } from './incremental.ts';
import { applyContentEdits } from './incremental-content.ts';
import { buildPages, type PageView } from './pages.ts';
import { buildStatusPages, type StatusPageView } from './status-page.ts';
import { writeSearchIndex } from './search-index.ts';
import { metaPolicy } from './csp.ts';
import { buildSearchPages, SEARCH_SLUG, type SearchPageView } from './search-page.ts';
import { pageUrl } from './urls.ts';
import { statusOnce } from '../status/units.ts';
// Shards and merge (#17): what a build renders when it builds one edition or only the site-wide files.
import { editionsData, rootData, siteUrlFromEnv, type BuildScope } from './shard.ts';

export interface EditionsOptions {
  /** Project root holding content/ and locales/ (default: $EDITIONS_ROOT, else the working directory). */
  root?: string;
  /** Render missing translations as flagged source text instead of failing. */
  draft?: boolean;
  /** Absolute origin for canonical and alternate links. */
  siteUrl?: string;
  /** Skip the Pagefind index (for tests that only need HTML). */
  search?: boolean;
}

export interface BuildState {
  model: Model;
  tr: Translator;
  /** Every page of every edition. */
  pages: PageView[];
  statusPages: StatusPageView[];
  searchPages: SearchPageView[];
  /** Watch mode: what each page read, so an edit re-renders only the pages it touches. */
  tracked?: Tracked;
  /** Watch mode, after an edit: the only edition and status pages this build writes. */
  render?: { pages: PageView[]; statusPages: StatusPageView[] };
  /** One edition (a shard) or only the site-wide files (the merge); none in a full build. See shard.ts. */
  scope?: BuildScope;
}

/** Loads and validates the source; throws an EditionsError naming every problem. `track`: record what each page reads (watch mode). */
export async function prepareBuild(root: string, draft: boolean, pseudo = false, track = false): Promise<BuildState> {
  const { model, findings } = await loadModel(root);
  for (const warning of findings) console.warn(formatFinding(warning));
  const tr = createTranslator(model, { pseudo });
  const status = statusOnce(model, tr);
  const blockers = buildBlockers(model, tr, draft, locales, status);
  if (blockers.length) throw new EditionsError(blockers);
  const statusPages = buildStatusPages(model, tr, locales, status);
  const searchPages = buildSearchPages(model, tr, locales);
  if (!track) return { model, tr, pages: buildPages(model, tr, locales, { draft, status }), statusPages, searchPages };
  return { model, tr, ...buildTrackedPages(model, tr, locales, { draft, status }), statusPages, searchPages };
}

/** Watch mode: the state after an edit of translation files, writing only what changed; null when a full build is needed. */
async function applyEdits(root: string, state: BuildState, files: string[], draft: boolean): Promise<BuildState | null> {
  if (!state.tracked) return null;
  const update = (await applyLocaleEdits(root, state.model, state.tr, state.pages, state.tracked, files, { draft, locales }))
    // An author's save of a chapter (#17): incremental-content.ts.
    ?? (await applyContentEdits(root, state.model, state.tr, state.pages, state.tracked, files, { draft, locales }));
  if (!update) return null;
  const statusPages = update.statusChanged ? buildStatusPages(state.model, state.tr, locales, update.status) : state.statusPages;
  // The search pages name every chapter and speaker: three small pages, rebuilt every time.
  const searchPages = buildSearchPages(state.model, state.tr, locales);
  return { ...state, statusPages, searchPages, render: { pages: update.changed, statusPages: update.statusChanged ? statusPages : [] } };
}

/**
 * Watch mode indexes in the background, so an edit shows in the browser at
 * once and search catches up a moment later; one run at a time, and one more
 * if a build finished meanwhile.
 */
let indexing: Promise<void> | null = null;
let indexAgain = false;
function indexInBackground(output: string): void {
  if (indexing) {
    indexAgain = true;
    return;
  }
  indexing = (async () => {
    do {
      indexAgain = false;
      await writeSearchIndex(output).catch((error: unknown) => console.error(error));
    } while (indexAgain);
    indexing = null;
  })();
}

let preparedByCaller: BuildState | null = null;

/**
 * The build command validates the source before starting Eleventy (so errors
 * print cleanly) and hands the result over here, so nothing is loaded twice.
 */
export function handOver(state: BuildState): void {
  preparedByCaller = state;
}

export default function editionsPlugin(eleventyConfig: any, options: EditionsOptions = {}): void {
  const root = path.resolve(options.root ?? process.env.EDITIONS_ROOT ?? process.cwd());
  const draft = options.draft ?? process.env.EDITIONS_DRAFT === '1';
  let state: BuildState | null = null;
  const current = () => {
    if (!state) throw new Error('Editions: the model was not loaded before rendering.');
    return state;
  };

  eleventyConfig.addWatchTarget(path.join(root, paths.content) + '/');
  eleventyConfig.addWatchTarget(path.join(root, paths.locales) + '/');
  eleventyConfig.addPassthroughCopy({ [`${paths.templates}/assets`]: 'assets' });
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });

  // Watch mode: the files changed since the last build.
  let edited: string[] = [];
  eleventyConfig.on('eleventy.beforeWatch', (queue: string[]) => {
    edited.push(...queue.map((file) => path.resolve(file)));
  });
  eleventyConfig.on('eleventy.before', async ({ runMode }: { runMode: string }) => {
    const files = edited;
    edited = [];
    const watching = runMode !== 'build';
    const last = state;
    state = null;
    state = preparedByCaller
      ?? (watching && last && files.length ? await applyEdits(root, last, files, draft) : null)
      ?? (await prepareBuild(root, draft, false, watching));
    preparedByCaller = null;
  });
  const siteUrl = options.siteUrl ?? siteUrlFromEnv();
  // The data of a full build, a shard or the merge (shard.ts).
  eleventyConfig.addGlobalData('editions', () => editionsData(current(), siteUrl));
  eleventyConfig.addGlobalData('root', () => rootData(current()));
  eleventyConfig.addGlobalData('siteUrl', siteUrl);
  eleventyConfig.addGlobalData('searchUrls', Object.fromEntries(locales.map((l) => [l.code, pageUrl(l.code, SEARCH_SLUG)])));
  eleventyConfig.addGlobalData('csp', metaPolicy);
  eleventyConfig.addGlobalData('ogLocale', Object.fromEntries(locales.map((l) => [l.code, l.ogLocale])));
  /** `{{ "nav.next" | t(pg.locale) }}`: a chrome string from locales/<lng>/ui.json. */
  eleventyConfig.addFilter('t', (key: string, lng: string, values?: Record<string, string | number>) => current().tr.t(lng, 'ui', key, values));

  if (options.search !== false) {
    eleventyConfig.on('eleventy.after', async ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
      // The merge's own build writes no pages to index: the shards bring their indexes (shard.ts).
      if (current().scope?.kind === 'site') return;
      if (runMode === 'build') await writeSearchIndex(directories.output);
      else indexInBackground(directories.output);
    });
  }
}
