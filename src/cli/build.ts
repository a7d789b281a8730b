/**
 * `npm run build`: renders every edition and the search index into a fresh
 * folder, and swaps it into _site only when everything succeeded, so a failed
 * build leaves the previous site exactly as it was.
 *   --draft   render missing translations as flagged source text
 *   --pseudo  pseudo-localize every string from the locale files (hard-coded text test)
 *   --out DIR build somewhere other than _site (tests, benchmarks)
 *   --locale CODE build one edition and its search index (a shard; see `npm run build:merge`)
 *   --list-editions  print the editions as a JSON list (for a CI matrix) and stop
 */
import { rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Eleventy from '@11ty/eleventy';
import { localeCodes, paths } from '../config.ts';
import { cliMessages, EditionsError } from '../errors.ts';
import { handOver, prepareBuild, type BuildState } from '../render/plugin.ts';
import { prepareShard, siteUrlFromEnv, writeManifest } from '../render/shard.ts';

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
}

/** Where Editions itself is installed: its templates and Eleventy config. */
const projectDir = path.resolve(import.meta.dirname, '../..');

export async function build({ root, out, draft, pseudo = false, templates, locale }: BuildOptions): Promise<void> {
  const state = locale ? await prepareShard(root, draft, locale, pseudo) : await prepareBuild(root, draft, pseudo);
  await renderSite(state, path.resolve(root, out), templates, async (staging) => {
    if (locale) await writeManifest(staging, state, { draft, pseudo, siteUrl: siteUrlFromEnv() });
  });
}

/**
 * Renders `state` with Eleventy into a staging folder, lets `finish` add to
 * it, and only then swaps it in for `target`: on any error, `target` is left
 * as it was. Shared by the build and the merge.
 */
export async function renderSite(state: BuildState, target: string, templates?: string, finish?: (staging: string) => Promise<void>): Promise<void> {
  const staging = `${target}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  handOver(state);
  try {
    const eleventy = new Eleventy(templates ?? path.join(projectDir, paths.templates), staging, {
      configPath: path.join(projectDir, '.eleventy.js'),
      quietMode: true,
    });
    await eleventy.write();
    await finish?.(staging);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw editionsCause(error) ?? error;
  }
  const previous = `${target}.previous-${process.pid}`;
  if (existsSync(target)) await rename(target, previous);
  await rename(staging, target);
  await rm(previous, { recursive: true, force: true });
}

/** Eleventy wraps errors thrown in its hooks; dig out ours for a clean message. */
function editionsCause(error: unknown): EditionsError | null {
  for (let e: unknown = error; e; e = (e as { cause?: unknown; originalError?: unknown }).originalError ?? (e as { cause?: unknown }).cause) {
    if (e instanceof EditionsError || (e as Error).name === 'EditionsError') return e as EditionsError;
  }
  return null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { draft: { type: 'boolean', default: false }, pseudo: { type: 'boolean', default: false }, root: { type: 'string', default: process.cwd() }, out: { type: 'string', default: paths.output }, locale: { type: 'string' }, 'list-editions': { type: 'boolean', default: false } } });
  if (values['list-editions']) {
    console.log(JSON.stringify(localeCodes));
    process.exit(0);
  }
  const started = performance.now();
  if (values.locale !== undefined && !localeCodes.includes(values.locale)) {
    console.error(cliMessages.unknownLocale(values.locale, localeCodes));
    process.exit(1);
  }
  try {
    await build({ root: values.root!, out: values.out!, draft: values.draft!, pseudo: values.pseudo!, locale: values.locale });
    console.log(`Built ${values.out}${values.locale ? ` (the ${values.locale} edition)` : ''} in ${((performance.now() - started) / 1000).toFixed(2)} s${values.draft ? ' (draft)' : ''}${values.pseudo ? ' (pseudo-localized)' : ''}.`);
  } catch (error) {
    if (error instanceof EditionsError || (error as Error).name === 'EditionsError') {
      console.error(`${cliMessages.buildStopped(values.out!)}\n${(error as Error).message}`);
    } else {
      console.error(error);
    }
    process.exit(1);
  }
}
