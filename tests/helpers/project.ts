/** Test helpers: a throwaway copy of the publication's content/, locales/ and platform templates to break. */
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readPublication } from '../../src/model/publication.ts';

export const projectDir = path.resolve(import.meta.dirname, '../..');

export const fixturesDir = path.join(projectDir, 'tests/fixtures');

/** An npm script of package.json as a command and its arguments, to run it exactly (without npm): `npmScript("check")` → ["node", …]. */
export function npmScript(name: string): [string, ...string[]] {
  const { scripts } = JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const [command, ...args] = scripts[name]!.split(/\s+/);
  return [command === 'node' ? process.execPath : command!, ...args];
}

/**
 * Copies content/ and locales/ into a new temp folder, then lays the named
 * fixture (tests/fixtures/<what-it-breaks>/) over it. A fixture folder holding
 * a `.replaces-folder` file replaces the folder instead of adding to it.
 */
export async function copyProject(fixture?: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `editions-${fixture ?? 'copy'}-`));
  await cp(path.join(projectDir, 'content'), path.join(dir, 'content'), { recursive: true });
  await cp(path.join(projectDir, 'locales'), path.join(dir, 'locales'), { recursive: true });
  // The committed Weblate/Crowdin templates: `npm run check` holds them to the source.
  await cp(path.join(projectDir, 'i18n'), path.join(dir, 'i18n'), { recursive: true });
  await cp(path.join(projectDir, 'crowdin.yml'), path.join(dir, 'crowdin.yml'));
  if (fixture) {
    const from = path.join(fixturesDir, fixture);
    for (const entry of await readdir(from, { recursive: true })) {
      if (path.basename(entry) === '.replaces-folder') await rm(path.join(dir, path.dirname(entry)), { recursive: true, force: true });
    }
    await cp(from, dir, { recursive: true, filter: (src) => path.basename(src) !== '.replaces-folder' });
  }
  return dir;
}

/** Edits one JSON file of the copy in place. */
export async function editJson(dir: string, file: string, edit: (data: any) => void): Promise<void> {
  const full = path.join(dir, file);
  const data = JSON.parse(await readFile(full, 'utf8'));
  edit(data);
  await writeFile(full, JSON.stringify(data, null, 2));
}

export async function editText(dir: string, file: string, edit: (text: string) => string): Promise<void> {
  const full = path.join(dir, file);
  await writeFile(full, edit(await readFile(full, 'utf8')));
}

/** A free loopback port, for a browser suite run inside a test. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The publication's editions, as content/story.md declares them. */
export const editions = readPublication(projectDir).editions;
/** `["en", "ja", "ko"]` for this publication. */
export const editionCodes: readonly string[] = editions.map((e) => e.code);
