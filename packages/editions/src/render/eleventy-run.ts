/**
 * The one place Eleventy is started, for the build, the merge, `editions start`
 * and the tests' watcher alike: Editions' templates as input, the plugin added
 * with the project's root, and the publication's own Eleventy config (if it
 * keeps one) loaded on top.
 */
import { existsSync } from '../files/own-files.ts';
import { isProjectFolder, listFolder } from '../files/safe-files.ts';
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import { engineDir, paths } from '../config.ts';
import editionsPlugin, { watchedFolders, type EditionsOptions } from './plugin.ts';
import type { EleventyConfig } from './eleventy.ts';

/** Config files a publication may keep, as Eleventy names them. */
const publicationConfigs = ['eleventy.config.js', 'eleventy.config.mjs', '.eleventy.js'];

export interface EleventyRun {
  /** The publication's folder. */
  root: string;
  output: string;
  runMode: 'build' | 'watch' | 'serve';
  plugin?: Omit<EditionsOptions, 'root'>;
  /** Templates folder; defaults to Editions' own (tests pass a modified copy). */
  templates?: string;
  /** More configuration (tests listen to Eleventy's events). */
  configure?: (config: EleventyConfig) => void;
}

export function templatesDir(): string {
  return path.join(engineDir, paths.templates);
}

export async function createEleventy({ root, output, runMode, plugin = {}, templates, configure }: EleventyRun): Promise<InstanceType<typeof Eleventy>> {
  const own = publicationConfigs.map((name) => path.join(root, name)).find((file) => existsSync(file));
  const input = templates ?? templatesDir();
  // Installed, the templates live under node_modules/editions/, which Eleventy ignores by default
  // (and a publication's .gitignore lists); un-ignored only then, so the watcher never walks node_modules.
  const installed = input.split(path.sep).includes('node_modules');
  const eleventy = new Eleventy(input, output, {
    ...(own ? { configPath: own } : {}),
    quietMode: true,
    runMode,
    config: (config: EleventyConfig & { addPlugin(plugin: unknown, options: unknown): void; ignores: Set<string>; setUseGitIgnore(use: boolean): void }) => {
      if (installed) {
        config.ignores.delete('**/node_modules/**');
        config.setUseGitIgnore(false);
      }
      config.addPlugin(editionsPlugin, { ...plugin, root });
      configure?.(config);
    },
  });
  await eleventy.init();
  return eleventy;
}

/** Starts Eleventy's watcher over `root` and waits until it watches every file of the publication's watched folders, so the next save is seen. */
export async function watchUntilReady(eleventy: InstanceType<typeof Eleventy>, root: string): Promise<void> {
  await eleventy.watch();
  const watcher = (eleventy as unknown as { watcher?: ChokidarWatcher }).watcher;
  if (!watcher) return;
  // chokidar says `ready` before its first scan is over when a watched path is missing (Eleventy watches
  // config files a publication need not have; paulmillr/chokidar#1110), and a file saved before the scan
  // reaches it never gives an event: at 1,000 chapters the scan takes seconds, and the first save was lost.
  const deadline = performance.now() + 60_000;
  while (unwatched(watcher, root) > 0 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
}

interface ChokidarWatcher {
  options?: { cwd?: string };
  /** Folder (relative to `cwd` when set) → the names watched in it. */
  getWatched(): Record<string, string[]>;
}

/** How many names under the watched folders the watcher does not watch yet. */
function unwatched(watcher: ChokidarWatcher, root: string): number {
  const base = watcher.options?.cwd ?? process.cwd();
  const watched = new Map(Object.entries(watcher.getWatched()).map(([dir, names]) => [path.resolve(base, dir), new Set(names)]));
  let missing = 0;
  const walk = (rel: string) => {
    const names = watched.get(path.join(root, rel));
    for (const name of listFolder(root, rel, [])) {
      if (!names?.has(name)) missing++;
      else if (isProjectFolder(root, `${rel}/${name}`)) walk(`${rel}/${name}`);
    }
  };
  for (const folder of watchedFolders) walk(folder);
  return missing;
}
