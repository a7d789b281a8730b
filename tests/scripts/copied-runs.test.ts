/**
 * The copied-runs measure (scripts/lib/copied-runs.ts): a pasted sentence is found at its full length,
 * quoted words break a run, and the command names the unit and fails on a run planted in a copy.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../../packages/editions/tests/helpers/tmp.ts';
import { sharedRuns, sourceRuns, words } from '../../scripts/lib/copied-runs.ts';

const seed =
  'Despite being viewed as an elite unit by South Korean and Ukrainian authorities, the unit\'s lack of experience has resulted in many casualties. His note ends with a resolve to join the "mother party" upon his return.';
const sources = sourceRuns([seed]);

test('a run shared with the sources is found whole, whatever the case and apostrophes', () => {
  assert.deepEqual(sharedRuns('They were Viewed as an elite unit by South Korean and Ukrainian officials; the unit’s lack of experience has resulted in losses.', sources, 7), [
    'viewed as an elite unit by south korean and ukrainian',
    "the unit's lack of experience has resulted in",
  ]);
  assert.deepEqual(sharedRuns('An elite force, in the eyes of Seoul and Kyiv.', sources, 7), [], 'a retelling shares no run');
});

test('words inside double quotes are quoted on purpose and break a run', () => {
  assert.deepEqual(words('A resolve to join the “mother party” upon his return.'), ['a', 'resolve', 'to', 'join', 'the', '|', 'upon', 'his', 'return']);
  assert.deepEqual(sharedRuns('His note ends with a resolve to join the “mother party” upon his return.', sources, 8), ['his note ends with a resolve to join the']);
});

test('the command names the unit holding a planted run, and fails', async () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const dir = await tempDir('copied-runs-');
  for (const sub of ['content', 'locales']) await cp(path.join(root, sub), path.join(dir, sub), { recursive: true });
  const chapter = path.join(dir, 'content/chapters/drone-warfare.md');
  const text = await readFile(chapter, 'utf8');
  await writeFile(
    chapter,
    text.replace(/^(South Korean and Ukrainian authorities regarded)[^{]*/m, 'Despite being viewed as an elite unit by South Korean and Ukrainian authorities, it suffered. '),
  );
  const seedFile = path.join(dir, 'seed.txt');
  await writeFile(seedFile, seed);
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/copied-runs.ts'), '--root', dir, seedFile], { encoding: 'utf8' });
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stdout, /^COPIED 13 drone-warfare:p-cf6b05 {2}"despite being viewed as an elite unit by south korean and ukrainian authorities"$/m);
  assert.match(run.stdout, /strings: 1 runs of 8\+ words/);
});
