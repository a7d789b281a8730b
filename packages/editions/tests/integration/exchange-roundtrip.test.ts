/**
 * Export → a translator's tool (translate-toolkit's Python API, not Editions'
 * code) → import: nothing translated leaves locales/ byte for byte; edited
 * targets change exactly those keys (and their lock entries), nothing else.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importFiles } from '../../src/exchange/import.ts';
import type { ExchangeFormat } from '../../src/exchange/file.ts';
import { copyProject } from '../helpers/project.ts';
import { exportTo, localesTree, missing, setTargets } from '../helpers/exchange-tools.ts';

const formats: ExchangeFormat[] = ['xliff', 'xliff2', 'po'];

for (const format of formats) {
  test(`${format}: a whole-publication round trip with nothing translated leaves locales/ byte for byte unchanged`, async () => {
    const dir = await copyProject();
    const before = await localesTree(dir);
    const files = [...(await exportTo(dir, 'ja', format)), ...(await exportTo(dir, 'ko', format))];
    const summaries = await importFiles(dir, files, { acceptStale: false });
    assert.deepEqual(
      summaries.flatMap((s) => s.findings),
      [],
    );
    assert.equal(
      summaries.reduce((n, s) => n + s.added + s.changed + s.conflicts + s.refused, 0),
      0,
    );
    assert.deepEqual(await localesTree(dir), before);
  });

  test(`${format}: targets changed in translate-toolkit change exactly those keys and their lock entries`, { skip: missing.python }, async () => {
    const dir = await copyProject();
    const before = await localesTree(dir);
    const files = await exportTo(dir, 'ko', format);
    const edits = {
      'the-notes': { 'p-cfae2e': '새로 고친 번역입니다.' },
      quotes: { 'quote.note-wish': '건강하기를 바랍니다.' },
      ui: { 'search.none': '“{{query}}”에 맞는 결과가 없습니다.' },
    };
    for (const [ns, e] of Object.entries(edits)) await setTargets(format, files.find((f) => f.includes(`/${ns}.ko.`))!, e);
    const summaries = await importFiles(dir, files, { acceptStale: false });
    assert.deepEqual(
      summaries.flatMap((s) => s.findings),
      [],
    );
    assert.equal(
      summaries.reduce((n, s) => n + s.changed, 0),
      3,
    );
    const after = await localesTree(dir);
    const changedFiles = [...after.keys()].filter((k) => after.get(k) !== before.get(k)).sort();
    assert.deepEqual(changedFiles, ['ko/_sources.lock', 'ko/quotes.json', 'ko/the-notes.json', 'ko/ui.json']);
    // Exactly the edited values differ, key order and formatting kept: the diff is one line per key.
    for (const [ns, e] of Object.entries(edits)) {
      const was = before.get(`ko/${ns}.json`)!.split('\n');
      const now = after.get(`ko/${ns}.json`)!.split('\n');
      assert.equal(now.length, was.length);
      const diff = now.flatMap((line, i) => (line === was[i] ? [] : [line.trim()]));
      assert.deepEqual(
        diff,
        Object.entries(e).map(([k, v]) => `"${k.split('.').at(-1)}": ${JSON.stringify(v)}${diff[0]?.endsWith(',') ? ',' : ''}`),
      );
    }
    const lockBefore = JSON.parse(before.get('ko/_sources.lock')!) as Record<string, unknown>;
    const lockAfter = JSON.parse(after.get('ko/_sources.lock')!) as Record<string, unknown>;
    const changedLock = Object.keys(lockAfter)
      .filter((k) => JSON.stringify(lockAfter[k]) !== JSON.stringify(lockBefore[k]))
      .sort();
    assert.deepEqual(changedLock, ['quotes:quote.note-wish', 'the-notes:p-cfae2e', 'ui:search.none']);
  });
}
