/**
 * Editions built apart and put together: what a build renders when it builds
 * one edition (a shard, `npm run build -- --locale ko`) or only the site-wide
 * files (`npm run build:merge`), and the template data for each.
 *
 * A shard loads the whole model (its pages link to every edition) but renders
 * only its edition's pages, 404, feed, search and status pages, and indexes
 * them; it leaves out the files that name every edition (root chooser, root
 * 404, sitemap, host files) and writes, beside its pages, a manifest with its
 * sitemap entries. The merge renders the site-wide files from the source and
 * the shards' manifests, so that each file is the one a full build writes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { localeConfig, locales, type LocaleConfig } from '../config.ts';
import { buildBlockers } from '../checks/buildable.ts';
import { EditionsError, formatFinding } from '../errors.ts';
import { createTranslator } from '../locales/i18n.ts';
import { loadModel } from '../model/load.ts';
import { statusOnce } from '../status/units.ts';
import { headersFile } from './csp.ts';
import { buildPage, editionContext } from './pages.ts';
import type { BuildState } from './plugin.ts';
import { buildSearchPages } from './search-page.ts';
import { feedViews, hostFiles, notFoundViews, rootView, sitemapEntries, type SitemapEntry } from './site.ts';
import { buildStatusPages } from './status-page.ts';

/** What a build renders: one edition (a shard), or only the site-wide files (the merge). A full build has no scope. */
export type BuildScope =
  | { kind: 'edition'; locale: string }
  | { kind: 'site'; sitemap: SitemapEntry[] };

/** Written beside a shard's pages; read, and left out of the site, by the merge. */
export const MANIFEST = 'editions-shard.json';

export interface ShardManifest {
  locale: string;
  draft: boolean;
  pseudo: boolean;
  siteUrl: string;
  /** The sitemap entries of the edition's pages, in the order a full build lists them. */
  sitemap: SitemapEntry[];
}

/** The state of a shard build: every page of one edition, gated on that edition's translations only. */
export async function prepareShard(root: string, draft: boolean, code: string, pseudo = false): Promise<BuildState> {
  const locale = localeConfig(code);
  const { model, tr, status } = await loaded(root, pseudo);
  const blockers = buildBlockers(model, tr, draft, [locale], status);
  if (blockers.length) throw new EditionsError(blockers);
  const ctx = editionContext(model, tr, locales, locale, { draft, status });
  return {
    model, tr,
    pages: ctx.pages.map((chapter, index) => buildPage(ctx, chapter, index)),
    // The status page shows every edition's progress: worked out for all, written for this one.
    statusPages: buildStatusPages(model, tr, locales, status).filter((p) => p.locale === code),
    // Built for every edition (each links to the others), written for this one.
    searchPages: buildSearchPages(model, tr, locales).filter((p) => p.locale === code),
    scope: { kind: 'edition', locale: code },
  };
}

/** The state of the merge's build: the home of every edition (the root lists them) and the shards' sitemap entries. */
export async function prepareSite(root: string, draft: boolean, pseudo: boolean, sitemap: SitemapEntry[]): Promise<BuildState> {
  const { model, tr, status } = await loaded(root, pseudo);
  const homes = locales.map((l) => buildPage(editionContext(model, tr, locales, l, { draft, status }), model.story.home, 0));
  return { model, tr, pages: homes, statusPages: [], searchPages: [], scope: { kind: 'site', sitemap } };
}

async function loaded(root: string, pseudo: boolean) {
  const { model, findings } = await loadModel(root);
  for (const warning of findings) console.warn(formatFinding(warning));
  const tr = createTranslator(model, { pseudo });
  return { model, tr, status: statusOnce(model, tr) };
}

/**
 * The `editions` data the templates read. `siteWide` is [true] when the
 * build writes the root chooser, root 404 and sitemap (paginated over it),
 * [] in a shard; `notFoundPages` are the editions' own 404 pages to write.
 */
export function editionsData(state: BuildState, siteUrl: string) {
  const { pages, statusPages, searchPages, model, tr, render, scope } = state;
  const sourceLanguage = model.story.sourceLanguage;
  if (scope?.kind === 'site') {
    const [rootEntry] = sitemapEntries(pages, siteUrl);
    return {
      pages: [], statusPages: [], searchPages: [], sourceLanguage,
      notFound: notFoundViews(pages, tr, locales), notFoundPages: [],
      sitemap: [rootEntry!, ...scope.sitemap], feeds: [],
      hostFiles: hostFiles(locales, siteUrl, headersFile()), siteWide: [true],
    };
  }
  const editions: readonly LocaleConfig[] = scope?.kind === 'edition' ? [localeConfig(scope.locale)] : locales;
  const notFound = notFoundViews(pages, tr, editions);
  return {
    // After an edit in watch mode, only the pages it changed; the sitemap, feeds and root still list every page.
    ...(render ?? { pages, statusPages }),
    searchPages, sourceLanguage, notFound, notFoundPages: notFound,
    sitemap: scope ? [] : sitemapEntries(pages, siteUrl),
    feeds: feedViews(pages, tr, editions, siteUrl),
    hostFiles: scope ? [] : hostFiles(locales, siteUrl, headersFile()),
    siteWide: scope ? [] : [true],
  };
}

/** The `root` data (root chooser and root 404); null in a shard, which writes neither. */
export function rootData(state: BuildState) {
  if (state.scope?.kind === 'edition') return null;
  return rootView(state.pages, state.tr, locales, state.model.story.sourceLanguage);
}

/** The origin of absolute links (canonical, alternates, sitemap, feeds): $SITE_URL, else the local server's. */
export function siteUrlFromEnv(): string {
  return process.env.SITE_URL ?? 'http://localhost:8080';
}

/** Writes the shard's manifest into its output folder. */
export async function writeManifest(dir: string, state: BuildState, options: { draft: boolean; pseudo: boolean; siteUrl: string }): Promise<void> {
  if (state.scope?.kind !== 'edition') throw new Error('Editions: a manifest is written for a shard only.');
  const { draft, pseudo, siteUrl } = options;
  // Without the first entry: sitemapEntries puts the root chooser first, which the merge adds once.
  const manifest: ShardManifest = { locale: state.scope.locale, draft, pseudo, siteUrl, sitemap: sitemapEntries(state.pages, siteUrl).slice(1) };
  await writeFile(path.join(dir, MANIFEST), `${JSON.stringify(manifest)}\n`);
}

/** A shard's manifest, or null when the folder has none (not a shard). */
export async function readManifest(dir: string): Promise<ShardManifest | null> {
  const text = await readFile(path.join(dir, MANIFEST), 'utf8').catch(() => null);
  return text === null ? null : (JSON.parse(text) as ShardManifest);
}
