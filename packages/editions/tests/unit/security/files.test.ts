/** Reading and writing content/ and locales/: never through a link out of the project, never hanging on a FIFO. */
import assert from 'node:assert/strict';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { runLockCommand } from '../../../src/cli/sync.ts';
import { importFiles } from '../../../src/exchange/import.ts';
import { formatFinding } from '../../../src/errors.ts';
import { readProjectText, writeProjectText } from '../../../src/files/safe-files.ts';
import { copyProject, outsideOf } from '../../helpers/project.ts';

test('regression: i18n:sync does not write through a _sources.lock linked outside the project', async () => {
  const dir = await copyProject('lock-linked-outside-project');
  const outside = path.join(outsideOf(dir), 'lock.json');
  const before = await readFile(outside, 'utf8');
  await assert.rejects(runLockCommand(dir, 'sync', ['ja'], false), /locales\/ja\/_sources\.lock This is a symbolic link to a place outside the project/);
  assert.equal(await readFile(outside, 'utf8'), before, 'the file outside is untouched');
});

test('a write refuses a link out of the project and replaces, never follows, a link inside it', async () => {
  const dir = await copyProject();
  const outside = path.join(outsideOf(dir), 'target.txt');
  await mkdir(path.dirname(outside), { recursive: true });
  await writeFile(outside, 'outside');
  await rm(path.join(dir, 'locales/ja/_sources.lock'));
  await symlink(outside, path.join(dir, 'locales/ja/_sources.lock'));
  assert.throws(() => writeProjectText(dir, 'locales/ja/_sources.lock', '{}'), /outside the project/);
  // A whole folder linked out of the project.
  await symlink(outsideOf(dir), path.join(dir, 'locales/xx'));
  assert.throws(() => writeProjectText(dir, 'locales/xx/_sources.lock', '{}'), /^Error|outside the project/);
  assert.equal(await readFile(outside, 'utf8'), 'outside');
  // A link inside the project is replaced by the file.
  await symlink(path.join(dir, 'locales/ja/ui.json'), path.join(dir, 'locales/ja/inside.json'));
  writeProjectText(dir, 'locales/ja/inside.json', '{}\n');
  assert.equal(await readFile(path.join(dir, 'locales/ja/inside.json'), 'utf8'), '{}\n');
  assert.notEqual(await readFile(path.join(dir, 'locales/ja/ui.json'), 'utf8'), '{}\n', 'the link target was not written');
});

test('reads: links out of the project, folders and FIFOs are findings; nothing hangs', async () => {
  for (const [fixture, code] of [
    ['locale-file-linked-outside-project', 'outside-project'],
    ['fifo-named-like-locale-file', 'not-a-file'],
    ['folder-named-like-locale-file', 'not-a-file'],
  ] as const) {
    const dir = await copyProject(fixture);
    const rel = fixture.startsWith('locale-file') ? 'locales/ja/the-route.json' : 'locales/ja/extra.json';
    const findings: Parameters<typeof formatFinding>[0][] = [];
    assert.equal(readProjectText(dir, rel, findings), null);
    assert.deepEqual(
      findings.map((f) => [f.code, f.file]),
      [[code, rel]],
    );
  }
});

test('i18n:import refuses a FIFO named as its file at once (it used to wait forever)', async () => {
  const dir = await copyProject('fifo-given-to-import');
  const [summary] = await importFiles(dir, [path.join(dir, 'incoming.po')], { acceptStale: false });
  assert.deepEqual(summary!.findings.map(formatFinding), [
    'incoming.po This is a FIFO (named pipe), not a regular file. Fix: Replace it with a regular text file of that name, or delete it.',
  ]);
});

test('i18n:import writes neither a locale file nor a lock linked out of the project', async () => {
  for (const [fixture, rel] of [
    ['locale-file-linked-outside-project', 'locales/ja/the-route.json'],
    ['lock-linked-outside-project', 'locales/ja/_sources.lock'],
  ] as const) {
    const dir = await copyProject(fixture);
    const outside = path.join(outsideOf(dir), path.basename(rel) === '_sources.lock' ? 'lock.json' : path.basename(rel));
    const before = await readFile(outside, 'utf8');
    // A PO file translating one unit of the-route anew.
    const po = path.join(dir, 'new.po');
    await writeFile(po, 'msgid ""\nmsgstr ""\n"Language: ja\\n"\n"X-Editions-Namespace: the-route\\n"\n\nmsgctxt "title"\nmsgid "x"\nmsgstr "新しい題"\n');
    await assert.rejects(importFiles(dir, [po], { acceptStale: true }), (e: Error) => e.message.startsWith(`${rel} This is a symbolic link to a place outside the project`));
    assert.equal(await readFile(outside, 'utf8'), before, `${rel}: the file outside is untouched`);
  }
});
