import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { runLockCommand } from '../../../src/cli/sync.ts';
import { formatReport } from '../../../src/cli/status.ts';
import { checkModel } from '../../../src/checks/model.ts';
import { formatFinding } from '../../../src/errors.ts';
import { createTranslator } from '../../../src/translator/i18n.ts';
import { loadModel } from '../../../src/model/load.ts';
import { editions as locales } from '../../helpers/project.ts';
import { plainDiff } from '../../../src/status/diff.ts';
import { fingerprint } from '../../../src/locales/lock.ts';
import { buildReport } from '../../../src/status/report.ts';
import { statusFails } from '../../../src/checks/model.ts';
import { expandPlurals, stateOf } from '../../../src/status/units.ts';
import { copyProject, editJson, editText, projectDir } from '../../helpers/project.ts';

async function report(dir: string) {
  const { model } = await loadModel(dir);
  const tr = createTranslator(model);
  return { model, tr, reports: buildReport(model, tr, locales), fails: statusFails(model, tr, locales) };
}
const todo = (reports: Awaited<ReturnType<typeof report>>['reports']) => reports.flatMap((r) => r.todo.map((i) => `${r.locale} ${i.state} ${i.file} ${i.key}`));

test('stateOf: the lock decides between translated and outdated', () => {
  const entry = { source: 'Old text', translation: fingerprint('Alter Text') };
  assert.deepEqual(stateOf('Old text', 'Alter Text', entry), { state: 'translated', unsynced: false });
  assert.deepEqual(stateOf('New text', 'Alter Text', entry), { state: 'outdated', unsynced: false });
  assert.deepEqual(stateOf('New text', 'Neuer Text', entry), { state: 'translated', unsynced: true }, 'editing the translation counts');
  assert.deepEqual(stateOf('New text', undefined, entry), { state: 'missing', unsynced: false });
  assert.deepEqual(stateOf('New text', 'Neuer Text', undefined), { state: 'translated', unsynced: true });
});

test('the publication has nothing to do', async () => {
  const { reports, fails } = await report(projectDir);
  assert.deepEqual(todo(reports), []);
  assert.equal(fails, false);
});

test('editing one source paragraph makes that unit outdated in ja and ko, with a word diff', async () => {
  const dir = await copyProject();
  await editText(dir, 'content/chapters/the-notes.md', (t) => t.replace('a party card opens doors', 'a party card opens many doors'));
  const { reports, fails } = await report(dir);
  assert.deepEqual(todo(reports), ['ja outdated locales/ja/the-notes.json p-21ac72', 'ko outdated locales/ko/the-notes.json p-21ac72']);
  const item = reports[0]!.todo[0]!;
  assert.equal(plainDiff(item.previousSource!, item.sourceText).slice(0, 49), 'In North Korea a party card opens {+many +}doors.');
  assert.equal(fails, true, 'i18n:status exits non-zero');
  assert.match(formatReport(reports), /outdated locales\/ja\/the-notes\.json {2}p-21ac72\n {11}source changed: In North Korea a party card opens \{\+many \+\}doors\./);
});

test('moving a paragraph elsewhere keeps it translated (ids travel with the text)', async () => {
  const dir = await copyProject();
  await editText(dir, 'content/chapters/the-route.md', (t) => {
    const para = t.split('\n').find((l) => l.includes('{#p-53d4cd}'))!;
    return t.replace(`${para}\n`, '').replace('## Vladivostok', `${para}\n\n## Vladivostok`);
  });
  assert.deepEqual(todo((await report(dir)).reports), []);
});

test('a new paragraph is missing in both locales', async () => {
  const dir = await copyProject();
  await editText(dir, 'content/chapters/the-route.md', (t) => `${t}\nA new closing paragraph. {#p-0new01}\n`);
  assert.deepEqual(todo((await report(dir)).reports), ['ja missing locales/ja/the-route.json p-0new01', 'ko missing locales/ko/the-route.json p-0new01']);
});

test('a deleted paragraph leaves orphaned translations, reported by the check', async () => {
  const dir = await copyProject();
  await editText(dir, 'content/chapters/the-route.md', (t) =>
    t
      .split('\n')
      .filter((l) => !l.includes('{#p-53d4cd}'))
      .join('\n'),
  );
  const { model, tr } = await report(dir);
  const findings = checkModel(model, tr).map(formatFinding);
  assert.equal(findings.length, 2, findings.join('\n'));
  assert.match(
    findings[0]!,
    /^locales\/ja\/the-route\.json:\d+ \[p-53d4cd\] warning: "p-53d4cd" translates nothing: its unit or quote no longer exists\. Fix: Delete "p-53d4cd" from locales\/ja\/the-route\.json\.$/,
  );
  assert.match(findings[1]!, /^locales\/ko\/the-route\.json:\d+ \[p-53d4cd\]/);
});

test('i18n:accept marks an unchanged outdated translation up to date; i18n:sync records edits', async () => {
  const dir = await copyProject();
  await editText(dir, 'content/chapters/the-notes.md', (t) => t.replace('a party card opens doors', 'a party card opens many doors'));
  assert.deepEqual(await runLockCommand(dir, 'accept', ['ja', 'the-notes:p-21ac72'], false), ['locales/ja/_sources.lock: accepted the-notes:p-21ac72.']);
  assert.deepEqual(todo((await report(dir)).reports), ['ko outdated locales/ko/the-notes.json p-21ac72']);

  await editJson(dir, 'locales/ko/the-notes.json', (d) => {
    d['p-21ac72'] += ' (수정)';
  });
  const afterEdit = await report(dir);
  assert.deepEqual(todo(afterEdit.reports), [], 'editing the translation counts');
  assert.match(
    checkModel(afterEdit.model, afterEdit.tr).map(formatFinding).join('\n'),
    /\[p-21ac72\] warning: "p-21ac72" was edited since the lock last recorded it\. Fix: Run `npm run i18n:sync`/,
  );
  await runLockCommand(dir, 'sync', ['ko'], false);
  const lock = JSON.parse(await readFile(path.join(dir, 'locales/ko/_sources.lock'), 'utf8'));
  assert.match(lock['the-notes:p-21ac72'].source, /opens many doors/);
  await assert.rejects(runLockCommand(dir, 'accept', ['ko', 'the-notes:p-21ac72'], false), /Not outdated in ko: the-notes:p-21ac72\./);
});

test("plural keys follow each locale's plural rules", async () => {
  const en = new Map([
    ['n_one', 'One item'],
    ['n_other', '{{count}} items'],
    ['plain', 'x'],
  ]);
  assert.deepEqual([...expandPlurals(en, 'ja').keys()], ['n_other', 'plain']);
  assert.deepEqual([...expandPlurals(en, 'en').keys()], ['n_one', 'n_other', 'plain']);
  const dir = await copyProject();
  await editJson(dir, 'locales/ja/ui.json', (d) => {
    delete d.status.pageFallbacks_other;
    d.status.pageFallbacks_one = '{{count}}箇所';
  });
  const { model, tr } = await report(dir);
  // Japanese has no "one" form; the "other" form Editions' own Japanese chrome gives.
  assert.deepEqual(
    checkModel(model, tr).map((f) => `${f.code} ${f.key}`),
    ['orphan status.pageFallbacks_one'],
  );
  assert.equal(tr.t('ja', 'ui', 'status.pageFallbacks', { count: 2, language: '英語' }), 'このページの2箇所は英語で表示しています。');
});
