/** Test helpers: a throwaway copy of the publication's content/, locales/ and platform templates to break. */
import { existsSync, readFileSync } from 'node:fs';
import { execFile, spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { readPublication } from '../../src/model/publication.ts';
import { tempDir } from './tmp.ts';

/** The engine's package folder (templates, fixtures, its own command). */
export const engineDir = path.resolve(import.meta.dirname, '../..');
/**
 * The publication these tests copy and break: a frozen copy of the first story (tests/publications/),
 * so that editing the story never changes what the engine's tests expect.
 */
export const projectDir = path.join(engineDir, 'tests/publications/investigation');

/** This repository's top level: the first publication's own tests (its browser gate) run from here. */
export const repoDir = path.resolve(engineDir, '../..');

export const fixturesDir = path.join(engineDir, 'tests/fixtures');

/**
 * Whether a test's own processes start the compiled engine (dist/): `npm test` compiles it first and says so
 * (EDITIONS_TEST_ENGINE=compiled in scripts/test.sh), sparing each process tsx's start-up.
 * A test file run alone starts the source, so an edit is tested without compiling.
 */
const compiledEngine = process.env.EDITIONS_TEST_ENGINE === 'compiled';

/**
 * A module of the engine as a process starts it: `engineModule("cli/build", false)` →
 * `{ nodeArgs: ["--import", "file:///…/tsx/…"], file: "…/src/cli/build.ts" }`. tsx is resolved here,
 * not from the process's working folder (often a copied project without node_modules).
 */
function engineModule(module: string, compiled: boolean): { nodeArgs: string[]; file: string } {
  if (compiled) return { nodeArgs: [], file: path.join(engineDir, 'dist', `${module}.js`) };
  return { nodeArgs: ['--import', import.meta.resolve('tsx')], file: path.join(engineDir, 'src', `${module}.ts`) };
}

/** The `editions` command with `args`, as a test's process runs it: `editionsCommand(["check"])` → ["node", …, "check"]. */
export function editionsCommand(args: string[], { compiled = compiledEngine } = {}): [string, ...string[]] {
  if (compiled) return [process.execPath, path.join(engineDir, 'bin/editions.js'), ...args];
  const { nodeArgs, file } = engineModule('cli/editions', false);
  return [process.execPath, ...nodeArgs, file, ...args];
}

/**
 * An npm script of package.json as a command and its arguments, to run it exactly (without npm): `npmScript("check")` → ["node", …].
 * `editions …` as editionsCommand runs it; `compiled`: always the compiled command, as `npm run` does (the bench).
 */
export function npmScript(name: string, { compiled = compiledEngine } = {}): [string, ...string[]] {
  const { scripts } = JSON.parse(readFileSync(path.join(repoDir, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const [command, ...args] = scripts[name]!.split(/\s+/);
  if (command === 'editions') return editionsCommand(args, { compiled });
  return [command === 'node' ? process.execPath : command!, ...args];
}

/**
 * Copies content/ and locales/ into a new temp folder, then lays the named
 * fixture (tests/fixtures/<what-it-breaks>/) over it. A fixture folder holding
 * a `.replaces-folder` file replaces the folder instead of adding to it.
 * The copy goes when the process exits (tmp.ts).
 */
export async function copyProject(fixture?: string): Promise<string> {
  const dir = await tempDir(`editions-${fixture ?? 'copy'}-`);
  await cp(path.join(projectDir, 'content'), path.join(dir, 'content'), { recursive: true });
  await cp(path.join(projectDir, 'locales'), path.join(dir, 'locales'), { recursive: true });
  // The committed Weblate/Crowdin templates: `npm run check` holds them to the source.
  await cp(path.join(projectDir, 'i18n'), path.join(dir, 'i18n'), { recursive: true });
  await cp(path.join(projectDir, 'crowdin.yml'), path.join(dir, 'crowdin.yml'));
  if (fixture) await layFixture(dir, fixture);
  return dir;
}

/** Lays tests/fixtures/<fixture>/ over a copy (several may be laid over one, if they touch different files). */
export async function layFixture(dir: string, fixture: string): Promise<void> {
  const from = path.join(fixturesDir, fixture);
  for (const entry of await readdir(from, { recursive: true })) {
    if (path.basename(entry) === '.replaces-folder') await rm(path.join(dir, path.dirname(entry)), { recursive: true, force: true });
  }
  await cp(from, dir, { recursive: true, filter: (src) => !['.replaces-folder', '.special.json'].includes(path.basename(src)) });
  await makeSpecialFiles(dir, path.join(from, '.special.json'));
}

/** The folder outside a copy that its `$OUTSIDE` links point into: `outsideOf(dir)` → "<dir>-outside". */
export function outsideOf(dir: string): string {
  return `${dir}-outside`;
}

/**
 * What git cannot hold, listed in a fixture's `.special.json`: symbolic links
 * (`"links": {"locales/ja/_sources.lock": "$OUTSIDE/lock.json"}`, the target
 * outside the copy given the copy's own file as content) and FIFOs (`"fifos": [...]`).
 */
async function makeSpecialFiles(dir: string, manifest: string): Promise<void> {
  const special = JSON.parse(await readFile(manifest, 'utf8').catch(() => '{}')) as { links?: Record<string, string>; fifos?: string[] };
  for (const [rel, target] of Object.entries(special.links ?? {})) {
    const outside = target.replace('$OUTSIDE', outsideOf(dir));
    await mkdir(path.dirname(outside), { recursive: true });
    await writeFile(outside, await readFile(path.join(dir, rel)).catch(() => Buffer.from('{}\n')));
    await rm(path.join(dir, rel), { force: true });
    await symlink(outside, path.join(dir, rel));
  }
  for (const rel of special.fifos ?? []) {
    const made = spawnSync('mkfifo', [path.join(dir, rel)]);
    if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
  }
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
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A build of `root` into `out` (relative to root) in a process of its own: fresh modules, nothing
 * shared with a watcher the test runs. No search index: the tests compare every other file.
 */
export async function buildApart(root: string, out: string): Promise<void> {
  const options = { root, out, draft: false, search: false };
  const { nodeArgs, file } = engineModule('cli/build', compiledEngine);
  const script = `const { build } = await import(${JSON.stringify(file)}); await build(${JSON.stringify(options)});`;
  // Not spawnSync: the watcher in this process goes on seeing events meanwhile.
  await promisify(execFile)(process.execPath, [...nodeArgs, '--input-type=module', '-e', script], { cwd: projectDir });
}

/**
 * The real browser suite run on `site` (the specs named, the tests `grep` names), as a
 * process of its own on a free port: its exit status and everything it printed.
 * `site` may be one edition's shard (`build({ locale })`, a third of a full build):
 * the suite's web server waits for `/` to answer, so a shard gets a stand-in root page.
 */
export async function runBrowserSuite(site: string, specs: string[], grep: string, env: Record<string, string> = {}): Promise<{ status: number | null; output: string }> {
  if (!existsSync(path.join(site, 'index.html'))) await writeFile(path.join(site, 'index.html'), '<!doctype html><title>shard</title>\n');
  // Its own results folder: the browser tier may be running beside it (scripts/test.sh), and a run empties its folder first.
  const output = await tempDir('editions-results-');
  const run = spawnSync(
    'npx',
    ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts', ...specs.map((s) => `tests/e2e/${s}`), '-g', grep, '--reporter=line', '--output', output],
    {
      cwd: repoDir,
      encoding: 'utf8',
      env: { ...process.env, SITE_DIR: site, E2E_PORT: String(await freePort()), ...env },
    },
  );
  return { status: run.status, output: run.stdout + run.stderr };
}

/** The publication's editions, as content/story.md declares them. */
export const editions = readPublication(projectDir).editions;
/** `["en", "ja", "ko"]` for this publication. */
export const editionCodes: readonly string[] = editions.map((e) => e.code);
