/** The launcher `npm run check` starts through: one bundle of the command, never older than the source. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
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

test('the bundle is reused until a source file changes, then rebuilt', () => {
  run();
  const first = bundleTime();
  run();
  assert.equal(bundleTime(), first, 'an unchanged source reuses the bundle');
  // Touch a module deep in the graph (its text stays the same).
  const source = path.join(projectDir, 'src/status/units.ts');
  const now = new Date(Date.now() + 1000);
  utimesSync(source, now, now);
  run();
  assert.ok(bundleTime() > first, 'an edited source rebuilds the bundle');
});
