/**
 * Editions built apart and put together. A shard (`npm run build -- --locale
 * ko`) prepares the whole build (its pages link to, and its parallel views
 * show, every edition) but writes only the pages of the kinds that belong to
 * one edition, for that edition, and indexes them, plus the site-wide files
 * (root chooser, root 404, sitemap, host files: every shard has what they are
 * made of); beside them goes a manifest saying how it was built. The merge
 * (`npm run build:merge`) brings the shards in, holding them to agree on every
 * file two of them write. Which kind is which is `span` in page-kinds.ts.
 */
import { readFile, writeFile } from '../files/own-files.ts';
import path from 'node:path';

/** What a build writes: one edition and the site-wide files (a shard). A full build has no scope. */
export type BuildScope = { kind: 'edition'; locale: string };

/** Written beside a shard's pages; read, and left out of the site, by the merge. */
export const MANIFEST = 'editions-shard.json';

export interface ShardManifest {
  locale: string;
  draft: boolean;
  pseudo: boolean;
  siteUrl: string;
}

/** The origin of absolute links (canonical, alternates, sitemap, feeds): $SITE_URL, else the local server's. */
export function siteUrlFromEnv(): string {
  return process.env.SITE_URL ?? 'http://localhost:8080';
}

export async function writeManifest(dir: string, manifest: ShardManifest): Promise<void> {
  await writeFile(path.join(dir, MANIFEST), `${JSON.stringify(manifest)}\n`);
}

/** A shard's manifest, or null when the folder has none (not a shard). */
export async function readManifest(dir: string): Promise<ShardManifest | null> {
  const text = await readFile(path.join(dir, MANIFEST), 'utf8').catch(() => null);
  return text === null ? null : (JSON.parse(text) as ShardManifest);
}
