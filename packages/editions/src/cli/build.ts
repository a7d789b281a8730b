/**
 * `npm run build`: renders every edition and the search index into a fresh
 * folder, and swaps it into _site only when everything succeeded, so a failed
 * build leaves the previous site exactly as it was.
 *   --draft   render missing translations as flagged source text
 *   --pseudo  pseudo-localize every string from the locale files (hard-coded text test)
 *   --out DIR build somewhere other than _site (tests, benchmarks)
 */
import { existsSync, rename, rm } from '../files/own-files.ts';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { paths } from '../config.ts';
import { cliMessages, EditionsError } from '../errors.ts';
import { escapeControls, print, printError } from '../terminal.ts';
import { prepareBuild, type BuildState, type EditionsOptions } from '../render/plugin.ts';
import { createEleventy } from '../render/eleventy-run.ts';
import { siteUrlFromEnv, writeManifest } from '../render/shard.ts';
import { editionCodes, readPublication } from '../model/publication.ts';
import { refreshTemplates } from './templates.ts';
import { closeIndexer, warmIndexer } from '../render/search-index.ts';
import { removeInBackground, removeLeftovers } from './leftovers.ts';
import { removedOnInterrupt } from '../render/scratch.ts';

export interface BuildOptions {
  /** Folder holding content/ and locales/. */
  root: string;
  /** Output folder, relative to root. */
  out: string;
  draft: boolean;
  /** Pseudo-localize every string (the hard-coded-string test). */
  pseudo?: boolean;
  /** Templates folder; defaults to Editions' own (tests pass a modified copy). */
  templates?: string;
  /** Build this edition only, with a manifest for `npm run build:merge` (a shard). */
  locale?: string;
  /** false: no search index (tests that never read it). */
  search?: boolean;
  /** Work done while Pagefind's process reads the pages (the CLI refreshes the platform templates). */
  alsoWhileIndexing?: (state: BuildState) => Promise<unknown>;
}

/** Builds the site; returns what it rendered (the model is reused for the platform templates). */
export async function build({ root, out, draft, pseudo = false, templates, locale, search = true, alsoWhileIndexing }: BuildOptions): Promise<BuildState> {
  if (search) warmIndexer(locale === undefined ? editionsOf(root) : [locale]);
  try {
    // Validated here, before Eleventy starts, so errors print cleanly; the plugin renders this very build.
    const prepared = await prepareBuild(root, draft, pseudo, false, false, locale === undefined ? undefined : { kind: 'edition', locale });
    if (locale !== undefined) {
      const editions = prepared.model.story.editions.map((e) => e.code);
      if (!editions.includes(locale)) throw new Error(cliMessages.unknownLocale(locale, editions));
    }
    await renderSite(
      prepared,
      root,
      path.resolve(root, out),
      templates,
      locale === undefined ? undefined : (staging) => writeManifest(staging, { locale, draft, pseudo, siteUrl: siteUrlFromEnv() }),
      { search, ...(alsoWhileIndexing ? { alsoWhileIndexing: () => alsoWhileIndexing(prepared) } : {}) },
    );
    return prepared;
  } finally {
    // The index closes its service when it is done; a build stopped before it must not leave the warmed one running.
    await closeIndexer();
  }
}

/** The publication's editions, to warm the indexer for; none when it cannot be read (the build then says why). */
function editionsOf(root: string): string[] {
  try {
    return editionCodes(readPublication(root));
  } catch {
    return [];
  }
}

/**
 * Renders `state` with Eleventy into a staging folder, lets `finish` add to
 * it, and swaps it in for `target` (replaceOutput).
 */
export async function renderSite(
  state: BuildState,
  root: string,
  target: string,
  templates?: string,
  finish?: (staging: string) => Promise<void>,
  plugin: Pick<EditionsOptions, 'search' | 'alsoWhileIndexing'> = {},
): Promise<void> {
  await replaceOutput(target, async (staging) => {
    const eleventy = await createEleventy({ root, output: staging, runMode: 'build', plugin: { prepared: state, ...plugin }, ...(templates ? { templates } : {}) });
    await eleventy.write();
    await finish?.(staging);
  });
}

/**
 * Lets `fill` write a staging folder and only then swaps it in for `target`:
 * on any error `target` is left as it was. Shared by the build and the merge.
 */
export async function replaceOutput(target: string, fill: (staging: string) => Promise<void>): Promise<void> {
  const staging = `${target}.staging-${process.pid}`;
  // A killed build's staging and previous folders go first (a running build's are kept).
  await removeLeftovers(target);
  const forget = removedOnInterrupt(staging);
  try {
    await fill(staging);
  } catch (error) {
    // Writes still in flight may add files while it goes: retried, and never allowed to hide the build's own error
    // (what stays is swept by the next build's removeLeftovers).
    await rm(staging, { recursive: true, force: true, maxRetries: 5 }).catch(() => undefined);
    throw editionsCause(error) ?? error;
  } finally {
    forget();
  }
  // Named apart from any earlier build of this process whose old site may still be being deleted.
  const previous = `${target}.previous-${process.pid}.${Date.now()}`;
  const replaced = existsSync(target);
  if (replaced) await rename(target, previous);
  await rename(staging, target);
  // The old site is out of the way: deleting its thousands of files need not hold up the build.
  if (replaced) removeInBackground(previous);
}

/** Eleventy wraps errors thrown in its hooks; dig out ours for a clean message. */
function editionsCause(error: unknown): EditionsError | null {
  for (let e: unknown = error; e; e = (e as { cause?: unknown; originalError?: unknown }).originalError ?? (e as { cause?: unknown }).cause) {
    if (e instanceof EditionsError || (e as Error).name === 'EditionsError') return e as EditionsError;
  }
  return null;
}

export async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      draft: { type: 'boolean', default: false },
      pseudo: { type: 'boolean', default: false },
      root: { type: 'string', default: process.cwd() },
      out: { type: 'string', default: paths.output },
      locale: { type: 'string' },
      'list-editions': { type: 'boolean', default: false },
    },
  });
  // For a CI matrix (.github/workflows/build.yml): the editions, as JSON.
  if (values['list-editions']) {
    print(JSON.stringify(editionCodes(readPublication(values.root!))));
    process.exit(0);
  }
  const started = performance.now();
  try {
    await build({
      root: values.root!,
      out: values.out!,
      draft: values.draft!,
      pseudo: values.pseudo!,
      ...(values.locale !== undefined ? { locale: values.locale } : {}),
      // Weblate/Crowdin templates kept in step, from the source this build validated.
      alsoWhileIndexing: ({ model }) => refreshTemplates(values.root!, model),
    });
    print(cliMessages.built(values.out!, (performance.now() - started) / 1000, values.draft!, values.pseudo!));
  } catch (error) {
    if (error instanceof EditionsError || (error as Error).name === 'EditionsError') {
      printError(`${cliMessages.buildStopped(values.out!)}\n${(error as Error).message}`);
    } else {
      printError(escapeControls(String((error as Error)?.stack ?? error)));
    }
    process.exit(1);
  }
}
