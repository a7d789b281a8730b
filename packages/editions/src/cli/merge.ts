/**
 * `npm run build:merge -- <shard folder>... --out <folder>`: puts together
 * editions built apart (`npm run build -- --locale <code> --out <folder>`,
 * one CI job each) into the site a full build writes.
 *
 * Each shard brings its edition's pages and search index, and the site-wide
 * files (root chooser, root 404, sitemap, host files, assets: each shard
 * prepared the whole build, so each writes them); the merge copies the shards
 * in, and writes Pagefind's entry file naming every edition's index. A file
 * that two shards both hold must be the same in both: shards built from other
 * sources or versions are refused, not mixed. Nothing is rendered again. As
 * with the build, `--out` is replaced only when all of it succeeded.
 *   --root DIR  the project (content/, locales/) the shards were built from; default: here
 */
import { existsSync, linkOrCopySync, mkdir, mkdirSync, readdirSync, readFileSync } from '../files/own-files.ts';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { paths } from '../config.ts';
import { cliMessages, EditionsError } from '../errors.ts';
import { ENTRY_FILE, mergeEntries, readEntry, writeEntry, type PagefindEntry } from '../render/pagefind-entry.ts';
import { MANIFEST, readManifest, siteUrlFromEnv, type ShardManifest } from '../render/shard.ts';
import { editionCodes, readPublication } from '../model/publication.ts';
import { errorText, escapeControls, print, printError } from '../terminal.ts';
import { replaceOutput } from './build.ts';

/** A merge that cannot go ahead: the message says what to do. */
export class MergeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MergeError';
  }
}

export interface MergeOptions {
  /** The project the shards were built from. */
  root: string;
  /** The shards' output folders. */
  shards: string[];
  /** Output folder, relative to root. */
  out: string;
}

/** A shard's folder, as given (for messages) and resolved, and its manifest. */
interface Shard {
  given: string;
  dir: string;
  manifest: ShardManifest;
}

/** Where a file of the merged site came from: a folder, and how messages name it. */
interface Source {
  dir: string;
  name: string;
}

/** Merges the shards into `out`; returns the editions merged, in order. */
export async function merge({ root, shards: dirs, out }: MergeOptions): Promise<string[]> {
  if (!dirs.length) throw new MergeError(cliMessages.mergeUsage());
  const shards = await readShards(root, dirs);
  await replaceOutput(path.resolve(root, out), async (staging) => {
    await mkdir(staging, { recursive: true });
    const from = new Map<string, Source>();
    for (const shard of shards) copyShard({ dir: shard.dir, name: shard.given }, staging, from);
    const entries: PagefindEntry[] = [];
    for (const shard of shards) entries.push(await readEntry(shard.dir));
    const entry = mergeEntries(entries);
    if (!entry) throw new MergeError(cliMessages.pagefindVersions());
    await writeEntry(staging, entry);
  });
  return shards.map((s) => s.manifest.locale);
}

/** The shards' manifests, checked: one shard per edition, every edition, built alike; in the editions' order. */
async function readShards(root: string, dirs: string[]): Promise<Shard[]> {
  const localeCodes = editionCodes(readPublication(root));
  const shards: Shard[] = [];
  for (const given of dirs) {
    const dir = path.resolve(root, given);
    const manifest = await readManifest(dir);
    if (!manifest || !existsSync(path.join(dir, ENTRY_FILE))) throw new MergeError(cliMessages.notAShard(given));
    if (!localeCodes.includes(manifest.locale)) throw new MergeError(cliMessages.unknownLocale(String(manifest.locale), localeCodes));
    const twin = shards.find((s) => s.manifest.locale === manifest.locale);
    if (twin) throw new MergeError(cliMessages.duplicateShard(manifest.locale, [twin.given, given]));
    shards.push({ given, dir, manifest });
  }
  const missing = localeCodes.filter((code) => !shards.some((s) => s.manifest.locale === code));
  if (missing.length) throw new MergeError(cliMessages.missingShards(missing));
  const siteUrl = siteUrlFromEnv();
  const settings: [string, (m: ShardManifest) => string][] = [
    ['SITE_URL', (m) => m.siteUrl],
    ['--draft', (m) => String(m.draft)],
    ['--pseudo', (m) => String(m.pseudo)],
  ];
  for (const [name, of] of settings) {
    const values = [...new Set(shards.map((s) => of(s.manifest)))];
    if (values.length > 1) throw new MergeError(cliMessages.shardsDisagree(name, values));
  }
  if (shards[0]!.manifest.siteUrl !== siteUrl) throw new MergeError(cliMessages.shardsDisagree('SITE_URL', [shards[0]!.manifest.siteUrl, `${siteUrl} (this merge)`]));
  return shards.sort((a, b) => localeCodes.indexOf(a.manifest.locale) - localeCodes.indexOf(b.manifest.locale));
}

/**
 * Brings a shard's files into `staging`, all but its manifest and Pagefind entry; a file already there
 * must be the same. Hard-linked where the shard is on the same disk (copied otherwise). Synchronous:
 * tens of thousands of links, each a few microseconds, cost more as promises on the thread pool.
 */
function copyShard(shard: Source, staging: string, from: Map<string, Source>): void {
  const files = filesUnder(shard.dir).filter((rel) => rel !== MANIFEST && rel !== ENTRY_FILE);
  const fresh = files.filter((rel) => !from.has(rel));
  for (const dir of new Set(fresh.map((rel) => path.dirname(path.join(staging, rel))))) mkdirSync(dir, { recursive: true });
  for (const rel of files) {
    const earlier = from.get(rel);
    if (earlier) {
      if (!readFileSync(path.join(earlier.dir, rel)).equals(readFileSync(path.join(shard.dir, rel))))
        throw new MergeError(cliMessages.shardsConflict(rel, [earlier.name, shard.name]));
      continue;
    }
    linkOrCopySync(path.join(shard.dir, rel), path.join(staging, rel));
  }
  for (const rel of fresh) from.set(rel, shard);
}

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

export async function main(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { root: { type: 'string', default: process.cwd() }, out: { type: 'string', default: paths.output } },
  });
  const started = performance.now();
  try {
    const merged = await merge({ root: values.root!, shards: positionals, out: values.out! });
    print(escapeControls(cliMessages.merged(values.out!, merged, ((performance.now() - started) / 1000).toFixed(2))));
  } catch (error) {
    if (error instanceof MergeError) printError(`${cliMessages.buildStopped(values.out!)}\n${error.message}`);
    else if (error instanceof EditionsError || (error as Error).name === 'EditionsError') printError(`${cliMessages.buildStopped(values.out!)}\n${(error as Error).message}`);
    else printError(errorText(error));
    process.exit(1);
  }
}
