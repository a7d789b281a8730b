/**
 * `npm run i18n:import` as a process: a refused file makes it exit 1 after
 * printing the per-file summary (the refusals themselves are pinned in-process
 * in tests/unit/exchange/refusals.test.ts).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { copyProject, fixturesDir, npmScript } from '../helpers/project.ts';

const fixture = (name: string) => path.join(fixturesDir, name, 'ui.ko.po');

test('npm run i18n:import exits 1 on a refused file and prints the per-file summary', async () => {
  const dir = await copyProject();
  const [command, ...args] = npmScript('i18n:import');
  const run = spawnSync(command, [...args, '--root', dir, fixture('po-placeholder-broken')], { encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.match(run.stdout, /ui\.ko\.po → locales\/ko\/ui\.json: added 0, changed 0, unchanged 0, conflicts 0, refused 1 — refused, nothing imported from this file/);
});
