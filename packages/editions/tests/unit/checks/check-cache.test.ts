/**
 * `editions check` remembered (src/cli/check.ts): given again while every
 * read of the project answers the same, by content, and checked afresh as
 * soon as one does not: an edited string, a new folder, a removed file.
 */
import assert from 'node:assert/strict';
import { mkdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { deserialize, serialize } from 'node:v8';
import { runCheck, type CheckRun } from '../../../src/cli/check.ts';
import { cacheFile } from '../../../src/model/parse-cache.ts';
import { copyProject, editJson } from '../../helpers/project.ts';

/** Replaces what the cache remembers with a marker: a run that prints it was served from the cache. */
async function markCache(root: string): Promise<void> {
  const file = cacheFile(root, 'check')!;
  const stored = deserialize(await readFile(file)) as { run: CheckRun };
  stored.run = { stdout: ['from the cache'], stderr: [], exit: 0 };
  await writeFile(file, serialize(stored));
}

const check = (root: string) => runCheck({ root, draft: false, json: false });

test('a check with nothing changed is given from the cache; any changed read is checked afresh', async () => {
  const root = await copyProject();
  // The cache lives in node_modules/.cache, as in an installed publication.
  await mkdir(path.join(root, 'node_modules'));
  try {
    const first = await check(root);
    assert.equal(first.exit, 0, first.stdout.join('\n'));
    await markCache(root);
    assert.deepEqual((await check(root)).stdout, ['from the cache']);

    // The same bytes written again, with another date: still the same input.
    const file = path.join(root, 'locales/ja/story.json');
    await writeFile(file, await readFile(file));
    await utimes(file, new Date(2001, 0, 1), new Date(2001, 0, 1));
    assert.deepEqual((await check(root)).stdout, ['from the cache']);

    // A control character saved into a string: checked afresh, and refused.
    await editJson(root, 'locales/ja/story.json', (data) => {
      data.title = `${data.title}\u001b[2J`;
    });
    const edited = await check(root);
    assert.equal(edited.exit, 1);
    assert.match([...edited.stdout, ...edited.stderr].join('\n'), /locales\/ja\/story\.json/);

    // A folder nobody declared under locales/: a listing changed.
    await editJson(root, 'locales/ja/story.json', (data) => {
      data.title = String(data.title).replace('\u001b[2J', '');
    });
    assert.equal((await check(root)).exit, 0);
    await markCache(root);
    await mkdir(path.join(root, 'locales/xx-nobody'));
    const listed = await check(root);
    assert.match([...listed.stdout, ...listed.stderr].join('\n'), /xx-nobody/);

    // A file the check read is gone.
    await rm(path.join(root, 'locales/xx-nobody'), { recursive: true });
    assert.equal((await check(root)).exit, 0);
    await markCache(root);
    await rm(path.join(root, 'locales/ko/story.json'));
    assert.notDeepEqual((await check(root)).stdout, ['from the cache']);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test('other arguments are another check', async () => {
  const root = await copyProject();
  await mkdir(path.join(root, 'node_modules'));
  try {
    await check(root);
    await markCache(root);
    const json = await runCheck({ root, draft: false, json: true });
    assert.equal(JSON.parse(json.stdout[0]!).errors, 0);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
