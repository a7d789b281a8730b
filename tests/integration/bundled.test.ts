/** The launcher `npm run check` starts through: one bundle of the command, never older than the source. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { projectDir } from '../helpers/project.ts';

// Under the project's node_modules, as the real cache is, so the bundle's packages resolve.
mkdirSync(path.join(projectDir, 'node_modules/.cache'), { recursive: true });
const cacheDir = mkdtempSync(path.join(projectDir, 'node_modules/.cache/editions-test-'));
after(() => rmSync(cacheDir, { recursive: true, force: true }));
const run = () => spawnSync(process.execPath, ['src/cli/bundled.mjs', 'src/cli/check.ts'], { cwd: projectDir, encoding: 'utf8', env: { ...process.env, EDITIONS_CACHE_DIR: cacheDir } });
const bundleTime = () => statSync(path.join(cacheDir, readdirSync(cacheDir).find((f) => f.endsWith('.mjs'))!)).mtimeMs;

test('the bundled command says what the TypeScript source says', () => {
  const bundled = run();
  const direct = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check.ts'], { cwd: projectDir, encoding: 'utf8' });
  assert.equal(bundled.stdout, direct.stdout);
  assert.equal(bundled.status, direct.status);
  assert.match(bundled.stdout, /0 error\(s\)/);
});

test('the bundle is reused while the source is the same, whatever its timestamps', () => {
  run();
  const bundles = () => readdirSync(cacheDir).filter((f) => f.endsWith('.mjs'));
  const first = bundleTime();
  // Touch a module deep in the graph: its text stays the same, so its bundle does too.
  const source = path.join(projectDir, 'src/status/units.ts');
  const now = new Date(Date.now() + 1000);
  utimesSync(source, now, now);
  run();
  assert.equal(bundleTime(), first, 'a newer timestamp with the same content reuses the bundle');
  assert.equal(bundles().length, 1);
});

test('regression: a copy of the tree with OLDER timestamps and other code runs its own code, not the bundle of the tree beside it', () => {
  run();
  // A second checkout sharing node_modules, copied with its timestamps kept (cp -p, tar, rsync -a) from long ago.
  const copy = mkdtempSync(path.join(projectDir, 'node_modules/.cache/editions-copy-'));
  after(() => rmSync(copy, { recursive: true, force: true }));
  cpSync(path.join(projectDir, 'src'), path.join(copy, 'src'), { recursive: true, preserveTimestamps: true });
  for (const f of ['package.json', 'package-lock.json']) cpSync(path.join(projectDir, f), path.join(copy, f), { preserveTimestamps: true });
  // The check's summary line is written in src/errors.ts: the copy's code says "[copy]".
  const messages = path.join(copy, 'src/errors.ts');
  const edited = readFileSync(messages, 'utf8').replace('error(s), ${warnings} warning(s)', 'error(s) [copy], ${warnings} warning(s)');
  assert.ok(edited.includes('[copy]'), 'the summary line is where the test edits it');
  writeFileSync(messages, edited);
  const longAgo = new Date('2001-01-01');
  for (const f of readdirSync(path.join(copy, 'src'), { recursive: true, encoding: 'utf8' })) utimesSync(path.join(copy, 'src', f), longAgo, longAgo);
  const inCopy = spawnSync(process.execPath, ['src/cli/bundled.mjs', 'src/cli/check.ts', '--root', projectDir], { cwd: copy, encoding: 'utf8', env: { ...process.env, EDITIONS_CACHE_DIR: cacheDir } });
  assert.match(inCopy.stdout, /0 error\(s\) \[copy\], 0 warning\(s\)/, inCopy.stdout + inCopy.stderr);
  assert.doesNotMatch(run().stdout, /\[copy\]/, 'and the original still runs its own');
});
