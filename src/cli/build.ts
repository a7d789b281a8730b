/**
 * The build: renders every edition and the search index into a fresh
 * folder, and swaps it into _site only when everything succeeded, so a failed
 * build leaves the previous site exactly as it was. The command is
 * build-cli.ts.
 */
import { rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import { paths } from '../config.ts';
import { EditionsError } from '../errors.ts';
import editionsPlugin, { handOver, prepareBuild, type BuildState } from '../render/plugin.ts';
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

/**
 * Where Editions itself is installed (its templates and Eleventy config): the
 * nearest folder with a package.json, found from here whether this module runs
 * as itself (src/cli/) or inside a bundle (node_modules/.cache/editions/).
 */
const projectDir = (() => {
  let dir = import.meta.dirname;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
})();

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
  // .eleventy.js takes the plugin from here rather than importing it through tsx: the same
  // module (with the state just handed over), also when this runs from a bundle (bundled.mjs).
  (globalThis as Record<symbol, unknown>)[Symbol.for('editions.plugin')] = editionsPlugin;
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
