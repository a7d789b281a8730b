/**
 * The one place Eleventy is started, for the build, the merge, `editions start`
 * and the tests' watcher alike: Editions' templates as input, the plugin added
 * with the project's root, and the publication's own Eleventy config (if it
 * keeps one) loaded on top.
 */
import { existsSync } from '../files/own-files.ts';
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import { engineDir, paths } from '../config.ts';
import editionsPlugin, { type EditionsOptions } from './plugin.ts';
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

/** Starts Eleventy's watcher and waits until it has scanned what it watches, so the next save is seen. */
export async function watchUntilReady(eleventy: InstanceType<typeof Eleventy>): Promise<void> {
  await eleventy.watch();
  const watcher = (eleventy as unknown as { watcher?: { once(event: 'ready', listener: () => void): void } }).watcher;
  // chokidar says `ready` once, after its first scan; the fallback covers a scan that was already done.
  if (watcher)
    await new Promise<void>((resolve) => {
      watcher.once('ready', resolve);
      setTimeout(resolve, 3000).unref();
    });
  // Eleventy adds the plugin's watch targets (content/, locales/) after that first scan: let them settle.
  await new Promise((resolve) => setTimeout(resolve, 1000));
}
