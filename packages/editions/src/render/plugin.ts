/**
 * The Editions Eleventy plugin: loads the model before each build, gives the
 * templates one view per page and edition, and indexes the output for search.
 */
import { columns } from './text-width.ts';
import path from 'node:path';
import { engineDir, fixedNamespaces, paths } from '../config.ts';
import { enforce } from '../checks/verdict.ts';
import { judgedCheck } from '../checks/model.ts';
import { cliMessages, EditionsError, formatFinding } from '../errors.ts';
import { createTranslator, type Translator } from '../translator/i18n.ts';
import { loadModel } from '../model/load.ts';
import { applyLocaleEdits, buildTrackedPages } from './incremental.ts';
import { applyContentEdits } from './incremental-content.ts';
import { buildPages } from './pages.ts';
import { buildStatusPages } from './status-page.ts';
import { writeSearchIndex } from './search-index.ts';
import { metaPolicy } from './csp.ts';
import { buildSearchPages } from './search-page.ts';
import type { BuildState } from './build-state.ts';
import type { BuildScope } from './shard.ts';
export type { BuildState } from './build-state.ts';
import { indexedPages, pageKind, templateData } from './page-kinds.ts';
import type { EleventyConfig } from './eleventy.ts';
import { articleData, scriptJson } from './structured-data.ts';
import type { PageView } from './pages.ts';
import type { ParallelPageView } from './parallel-page.ts';
import { markupContext, parallelHtml, storyPageHtml } from './markup.ts';
import { cardMeta, editionUrls, headStart, pageBottom, pageTop, type ChromeContext, type ChromePage } from './page-chrome.ts';
import type { CardView } from '../cards/views.ts';
import { directionAttribute } from './direction.ts';
import { statusOnce } from '../status/units.ts';
import { backgroundBinaries, cardOfPage, writeBooksAndCards } from './books-and-cards.ts';
import { errorText, printError } from '../terminal.ts';
import { qaOnce } from '../qa/index.ts';

export interface EditionsOptions {
  /** A build the caller already loaded and validated (`npm run build` does, to print errors cleanly): used for the first build. */
  prepared?: BuildState;
  /** Project root holding content/ and locales/ (default: $EDITIONS_ROOT, else the working directory). */
  root?: string;
  /** Render missing translations as flagged source text instead of failing. */
  draft?: boolean;
  /** Absolute origin for canonical and alternate links. */
  siteUrl?: string;
  /** Skip the Pagefind index (for tests that only need HTML). */
  search?: boolean;
  /** `npm run build`: more work for this thread after the books and cards (while Pagefind's process reads the pages, when there is an index). */
  alsoWhileIndexing?: () => Promise<unknown>;
  /** `editions start`: strict editions are served as drafts while being written; what their build would refuse is summarised. */
  preview?: boolean;
}

/**
 * Loads and validates the source; throws an EditionsError naming every problem. `track`: record what each page reads (watch mode).
 * `scope`: a shard gates its own edition only (the other shards gate theirs); the merge writes only the
 * site-wide files, which need the story pages' views alone: no gate (the shards passed it), no QA, no tool pages.
 */
export async function prepareBuild(root: string, draft: boolean, pseudo = false, track = false, preview = false, scope?: BuildScope): Promise<BuildState> {
  const { model, findings } = await loadModel(root);
  for (const warning of findings) printError(formatFinding(warning));
  const tr = createTranslator(model, { pseudo });
  const status = statusOnce(model, tr);
  const locales = model.story.editions;
  // A preview serves a strict edition that is still being written as a draft (its fallbacks flagged).
  const render = { draft: draft || preview, status };
  // QA once: the verdict weighs its findings, the status pages list them.
  const qa = qaOnce(model, tr, status);
  // The one verdict: the build refuses exactly what `editions check` (with the same --draft) calls an error.
  const only = scope?.kind === 'edition' ? locales.filter((e) => e.code === scope.locale) : locales;
  enforce(judgedCheck(model, tr, preview ? 'preview' : 'build', draft, { status, qa, only }), locales, draft, preview);
  const statusPages = buildStatusPages(model, tr, locales, status, qa);
  const searchPages = buildSearchPages(model, tr, locales);
  const scoped = scope ? { scope } : {};
  if (!track) return { model, tr, pages: buildPages(model, tr, locales, render), statusPages, searchPages, ...scoped };
  return { model, tr, ...buildTrackedPages(model, tr, locales, render), statusPages, searchPages, ...scoped };
}

/** Watch mode: the state after an edit of translation files, writing only what changed; null when a full build is needed. */
async function applyEdits(root: string, state: BuildState, files: string[], draft: boolean, preview: boolean): Promise<BuildState | null> {
  if (!state.tracked) return null;
  const locales = state.model.story.editions;
  const options = { draft: draft || preview, verdict: { draft, preview }, locales };
  const update =
    (await applyLocaleEdits(root, state.model, state.tr, state.pages, state.tracked, files, options)) ??
    // An author's save of one chapter: that file is parsed again, its pages and the pages that show it re-rendered.
    (await applyContentEdits(root, state.model, state.tr, state.pages, state.tracked, files, options));
  if (!update) return null;
  const statusPages = update.statusChanged ? buildStatusPages(state.model, state.tr, locales, update.status, update.qa) : state.statusPages;
  // The search pages name every chapter and speaker: three small pages, rebuilt every time.
  const searchPages = buildSearchPages(state.model, state.tr, locales);
  return { ...state, statusPages, searchPages, render: { pages: update.changed, statusPages: update.statusChanged ? statusPages : [], chrome: update.chrome === true } };
}

/**
 * Watch mode: `run` (the books and cards, the search index) waits for a pause
 * in the saves, so that it never holds up the next save's page (the books are
 * made whole, on this thread); a build that starts meanwhile puts it off
 * again. The builds it waited for are merged: the latest state, with every
 * page any of them wrote (a card is drawn for each).
 */
export function afterAPause(run: (output: string, state: BuildState) => void, ms: number): { built(output: string, state: BuildState): void; building(): void } {
  let waiting: { output: string; state: BuildState } | null = null;
  let timer: NodeJS.Timeout | undefined;
  const start = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const job = waiting!;
      waiting = null;
      run(job.output, job.state);
    }, ms);
  };
  return {
    built(output, state) {
      waiting = { output, state: waiting ? merged(waiting.state, state) : state };
      start();
    },
    building() {
      clearTimeout(timer);
    },
  };
}

function merged(earlier: BuildState, later: BuildState): BuildState {
  if (!earlier.render || !later.render) return { ...later, render: undefined };
  const pages = new Map([...earlier.render.pages, ...later.render.pages].map((p) => [p.url, p]));
  return { ...later, render: { ...later.render, pages: [...pages.values()] } };
}

/**
 * Watch mode indexes in the background, so an edit shows in the browser at
 * once and search catches up a moment later; one run at a time, and one more
 * if a build finished meanwhile.
 */
function backgroundIndexer(noBuild: () => Promise<void>): (output: string, state: BuildState) => void {
  let indexing: Promise<void> | null = null;
  let again = false;
  let latest: BuildState;
  return (output, state) => {
    latest = state;
    if (indexing) {
      again = true;
      return;
    }
    indexing = (async () => {
      do {
        again = false;
        await writeSearchIndex(output, indexedPages(latest.model), { noBuild }).catch((error: unknown) => printError(errorText(error)));
      } while (again);
      indexing = null;
    })();
  };
}

/** What a save under `npm start` is seen in: the source and the translations. */
export const watchedFolders = [paths.content, paths.locales] as const;

export default function editionsPlugin(eleventyConfig: EleventyConfig, options: EditionsOptions = {}): void {
  const root = path.resolve(options.root ?? process.env.EDITIONS_ROOT ?? process.cwd());
  const draft = options.draft ?? process.env.EDITIONS_DRAFT === '1';
  const preview = options.preview === true;
  let prepared = options.prepared ?? null;
  let state: BuildState | null = null;
  /** Watch mode: the last save was refused, so the state served is not the files' (rebuild in full). */
  let refused = false;
  const current = () => {
    if (!state) throw new Error(cliMessages.modelNotLoaded);
    return state;
  };

  for (const folder of watchedFolders) eleventyConfig.addWatchTarget(path.join(root, folder) + '/');
  // Eleventy reads passthrough paths from the working directory; the assets are Editions' own, wherever it is installed.
  eleventyConfig.addPassthroughCopy({ [path.relative(process.cwd(), path.join(engineDir, paths.templates, 'assets'))]: 'assets' });
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
    try {
      state =
        prepared ??
        (watching && last && files.length && !refused ? await applyEdits(root, last, files, draft, preview) : null) ??
        (await prepareBuild(root, draft, false, watching, preview));
      refused = false;
    } catch (error) {
      // Under `start`, a refused save is named once and the site as last built stays served; the next save is judged in full.
      if (!(watching && last && error instanceof EditionsError)) throw error;
      for (const finding of error.findings) printError(formatFinding(finding));
      printError(cliMessages.saveRefused(error.findings.length));
      state = { ...last, render: { pages: [], statusPages: [], refused: true } };
      refused = true;
    }
    prepared = null;
  });
  const siteUrl = options.siteUrl ?? process.env.SITE_URL ?? 'http://localhost:8080';
  // Every template paginates its kind's views (src/render/page-kinds.ts); the chrome reads each kind's flags.
  eleventyConfig.addGlobalData('editions', () => ({ ...templateData({ state: current(), siteUrl }), sourceLanguage: current().model.story.sourceLanguage }));
  eleventyConfig.addGlobalData('siteUrl', siteUrl);
  const editions = () => current().model.story.editions;
  eleventyConfig.addGlobalData('urls', () => Object.fromEntries(editions().map((l) => [l.code, editionUrls(l.code)])));
  eleventyConfig.addGlobalData('csp', metaPolicy);
  eleventyConfig.addGlobalData('ogLocale', () => Object.fromEntries(editions().map((l) => [l.code, l.ogLocale])));
  /** `{{ "nav.next" | t(pg.locale) }}`: a chrome string from locales/<lng>/ui.json. */
  eleventyConfig.addFilter('t', (key: string, lng: string, values?: Record<string, string | number>) => current().tr.t(lng, 'ui', key, values));
  /** `{{ "site.credit" | tOptional(pg.locale) }}`: a chrome string the publication may leave out (empty then). */
  eleventyConfig.addFilter('tOptional', (key: string, lng: string) => optionalText(current().tr, lng, key));

  /** `lang="{{ x }}"{{ x | dir | safe }}`: right-to-left text gets `dir` wherever it appears, and left-to-right text inside it too. */
  eleventyConfig.addFilter('dir', (code: string) => directionAttribute(code, current().model));

  // The units' markup (markup.ts) and the pages' chrome (page-chrome.ts), one context per build.
  const chromes = new WeakMap<BuildState, ChromeContext>();
  const markup = (): ChromeContext => {
    const built = current();
    let c = chromes.get(built);
    if (!c) chromes.set(built, (c = chromeContext(built, siteUrl)));
    return c;
  };
  eleventyConfig.addFilter('pageTop', (pg: ChromePage) => pageTop(markup(), pg));
  eleventyConfig.addFilter('pageBottom', (pg: ChromePage) => pageBottom(markup(), pg));
  eleventyConfig.addFilter('headStart', (policy: string) => headStart(policy));
  eleventyConfig.addFilter('cardMeta', (card: CardView | undefined) => cardMeta(card, siteUrl));
  eleventyConfig.addFilter('storyPageHtml', (pg: PageView) => storyPageHtml(markup(), current().tr, pg, pageKind(pg.kind).indexed));
  eleventyConfig.addFilter('parallelHtml', (pg: ParallelPageView) => parallelHtml(markup(), pg));

  // Each page's link-preview card (og:image), and after the pages, the books and the cards themselves.
  eleventyConfig.addFilter('card', (pg: { locale: string; kind: string; slug?: string }) => cardOfPage(current(), pg));
  const pause = 1000;
  // Watch mode: a save's build (eleventy.before to eleventy.after) that the background index steps aside for.
  let build: { done: Promise<void>; end: () => void } | null = null;
  const buildEnded = () => {
    build?.end();
    build = null;
  };
  const binariesInBackground = afterAPause(backgroundBinaries(siteUrl), pause);
  const indexInBackground = afterAPause(
    backgroundIndexer(async () => {
      while (build) await build.done;
    }),
    pause,
  );
  eleventyConfig.on('eleventy.before', () => {
    if (!build) {
      let end = () => {};
      build = { done: new Promise<void>((resolve) => (end = resolve)), end: () => end() };
    }
    binariesInBackground.building();
    indexInBackground.building();
  });
  // A build that failed gives no eleventy.after; Eleventy's watcher still says when it is over.
  eleventyConfig.on('eleventy.afterwatch', buildEnded);
  eleventyConfig.on('eleventy.after', async ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
    buildEnded();
    const output = directories.output;
    if (runMode !== 'build') {
      // A refused save wrote nothing: nothing to catch up with.
      if (current().render?.refused) return;
      binariesInBackground.built(output, current());
      if (options.search !== false) indexInBackground.built(output, current());
      return;
    }
    const { scope, model } = current();
    const binaries = async () => {
      await writeBooksAndCards(output, current(), siteUrl);
      await options.alsoWhileIndexing?.();
    };
    // The books and cards are made while Pagefind's process reads the pages, so the two cores work at once.
    if (options.search === false) await binaries();
    else await writeSearchIndex(output, indexedPages(model, scope?.locale), { whileIndexing: binaries });
  });
}

/** A chrome string the publication may leave out: '' when it does. */
function optionalText(tr: Translator, lng: string, key: string): string {
  return tr.has(lng, fixedNamespaces.ui, key) ? tr.t(lng, fixedNamespaces.ui, key) : '';
}

/** What the chrome and the markup read of a build (page-chrome.ts, markup.ts). */
export function chromeContext(state: BuildState, siteUrl: string): ChromeContext {
  const { model, tr } = state;
  const ogLocales = new Map(model.story.editions.map((l) => [l.code, l.ogLocale]));
  return {
    ...markupContext(model, tr),
    siteUrl,
    csp: metaPolicy,
    kind: pageKind,
    raw: (lng, key) => tr.t(lng, fixedNamespaces.ui, key),
    optional: (lng, key) => optionalText(tr, lng, key),
    ogLocale: (lng) => ogLocales.get(lng) ?? '',
    card: (pg) => cardOfPage(state, pg),
    jsonLd: (pg) => scriptJson(articleData(pg as PageView, siteUrl)),
    columns: (text) => columns(text) + 1,
  };
}

// `npm run build` adds the plugin with the build it prepared before .eleventy.js adds it plainly: the first one added is kept.
editionsPlugin.eleventyPluginOptions = { unique: true };
