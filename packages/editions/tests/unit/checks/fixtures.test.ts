import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { fixtures } from '../../fixtures/generate.ts';
import { fixturesDir } from '../../helpers/project.ts';

test("the bad-input fixtures are current (each holds exactly one fault of today's files)", async () => {
  for (const [name, files] of Object.entries(await fixtures())) {
    for (const [rel, text] of Object.entries(files)) {
      const onDisk = await readFile(path.join(fixturesDir, name, rel), typeof text === 'string' ? 'utf8' : null).catch(() => null);
      assert.deepEqual(onDisk, text, `tests/fixtures/${name}/${rel} is stale: run \`npm run fixtures\` and review the diff.`);
    }
  }
});
