/**
 * A check after an edit, helped by what the last check remembered (the parse
 * cache, each string's QA findings, the files read to find the edit), prints
 * byte for byte what a check with nothing remembered prints: a fault planted
 * in the edited string is never hidden by a cache.
 */
import assert from 'node:assert/strict';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { runCheck, type CheckRun } from '../../../src/cli/check.ts';
import { qaMemo } from '../../../src/qa/remembered.ts';
import { copyProject, editJson } from '../../helpers/project.ts';

const check = (root: string, json = false) => runCheck({ root, draft: false, json });

/** The same check with nothing remembered: no cache on disk, none in this process. */
async function fresh(root: string, json = false): Promise<CheckRun> {
  await rm(path.join(root, 'node_modules/.cache'), { recursive: true, force: true });
  qaMemo.clear();
  return check(root, json);
}

const printed = (run: CheckRun) => [...run.stdout, ...run.stderr].join('\n');

test('after an edit, the remembered check prints what a fresh check prints, planted faults included', async () => {
  const root = await copyProject();
  await mkdir(path.join(root, 'node_modules'));
  try {
    assert.equal((await check(root)).exit, 0);
    const edits: [string, string, Parameters<typeof editJson>[2], RegExp | null][] = [
      // A reworded paragraph, figures kept: a warning that the lock has not seen it, nothing else.
      ['a reword', 'locales/ja/story.json', (d) => void (d['p-78721e'] = `${d['p-78721e']}（改）`), null],
      // A figure changed (1万人 → 1千人): translation QA's error, for this string only.
      ['a wrong figure', 'locales/ja/story.json', (d) => void (d['p-78721e'] = d['p-78721e'].replace('1万人', '1千人')), /\[story:p-78721e\] The figures differ from the source/],
      // A placeholder dropped from the chrome: an error.
      ['a dropped placeholder', 'locales/ja/ui.json', (d) => void (d.nav.chapterNumber = '第章'), /\[nav.chapterNumber\] The placeholders differ from the source/],
    ];
    for (const [what, file, edit, fault] of edits) {
      await editJson(root, file, edit);
      const remembered = await check(root);
      const rememberedJson = await check(root, true);
      // Run twice: the second is replayed whole from the remembered check.
      assert.deepEqual(await check(root), remembered, `${what}: replayed`);
      const afresh = await fresh(root);
      assert.deepEqual(remembered, afresh, `${what}: the remembered check printed something else`);
      assert.deepEqual(rememberedJson, await fresh(root, true), `${what}: --json`);
      if (fault) {
        assert.equal(remembered.exit, 1, `${what}: not refused\n${printed(remembered)}`);
        assert.match(printed(remembered), fault);
      }
    }
  } finally {
    await rm(root, { recursive: true, force: true });
    qaMemo.clear();
  }
});
