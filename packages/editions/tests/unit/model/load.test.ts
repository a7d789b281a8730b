import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EditionsError } from '../../../src/errors.ts';
import { loadModel } from '../../../src/model/load.ts';
import { copyProject, editText, projectDir } from '../../helpers/project.ts';

test('the publication loads: six chapters, every quote of the seed an entity', async () => {
  const { model, findings } = await loadModel(projectDir);
  assert.deepEqual(findings, []);
  assert.deepEqual(
    model.story.chapters.map((c) => c.slug),
    ['the-notes', 'drone-warfare', 'hidden-identities', 'the-route', 'the-letter', 'sources'],
  );
  for (const id of [
    'note-betrayal',
    'note-drone-drill',
    'lee-membership',
    'lee-small-hope',
    'lee-first-time',
    'isozaki-rural',
    'captives-exchange',
    'letter-kim',
    'note-birthday',
    'note-wish',
    'command-drop-weapons',
  ]) {
    assert.ok(model.quotes.has(id), id);
  }
  assert.equal(model.quotes.get('command-drop-weapons')!.language, 'ru');
  assert.deepEqual([...model.locales.keys()], ['en', 'ja', 'ko']);
});

test('a chapter referencing an undefined quote fails with file, line and what to do', async () => {
  const dir = await copyProject();
  await editText(dir, 'content/chapters/the-letter.md', (t) => t.replace('::: quote note-wish', '::: quote note-wishes'));
  await assert.rejects(loadModel(dir), (e: EditionsError) => {
    assert.equal(
      e.message,
      [
        'content/chapters/the-letter.md:26 [note-wishes] The chapter refers to quote "note-wishes", which content/quotes.yml does not define. Fix: Define "note-wishes" under "quotes:" in content/quotes.yml, or correct the id.',
      ].join('\n'),
    );
    return true;
  });
});

test('a duplicated unit id is an error naming both the id and the line', async () => {
  const dir = await copyProject();
  let line = 0;
  await editText(dir, 'content/chapters/the-route.md', (t) => {
    line = t.split('\n').findIndex((l) => l.includes('{#p-083f09}')) + 1;
    return t.replace('{#p-083f09}', '{#p-7a3b6e}');
  });
  await assert.rejects(loadModel(dir), new RegExp(`content/chapters/the-route\\.md:${line} \\[p-7a3b6e\\] The id "p-7a3b6e" is used more than once in this chapter\\.`));
});
