import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { checkModel, judgedCheck, placeholders } from '../../../src/checks/model.ts';
import { errorsOf } from '../../../src/checks/verdict.ts';

/** What `npm run build` refuses, through the one verdict. */
const buildBlockers = (model: Parameters<typeof judgedCheck>[0], tr: Parameters<typeof judgedCheck>[1], draft: boolean) => errorsOf(judgedCheck(model, tr, 'build', draft));
import { formatFinding } from '../../../src/errors.ts';
import { createTranslator } from '../../../src/translator/i18n.ts';
import { loadModel } from '../../../src/model/load.ts';
import { copyProject, editJson, projectDir } from '../../helpers/project.ts';

/** The check's findings, less the reminders to run i18n:sync that any edit of a copy triggers. */
async function check(dir: string) {
  const { model } = await loadModel(dir);
  const tr = createTranslator(model);
  return {
    model,
    tr,
    findings: checkModel(model, tr)
      .filter((f) => f.code !== 'unsynced')
      .map(formatFinding),
  };
}

test('the publication is complete in every locale', async () => {
  assert.deepEqual((await check(projectDir)).findings, []);
});

test('a deleted Korean quote translation is named with file and key, and stops the build', async () => {
  const dir = await copyProject();
  await editJson(dir, 'locales/ko/quotes.json', (d) => delete d.quote['note-wish']);
  const { model, tr, findings } = await check(dir);
  const expected =
    'locales/ko/quotes.json [quote.note-wish] No ko translation for "quote.note-wish" (source: "Wishing you health."). Fix: Add "quote.note-wish" to locales/ko/quotes.json.';
  assert.deepEqual(findings, [expected]);
  assert.deepEqual(buildBlockers(model, tr, false).map(formatFinding), [expected]);
  assert.deepEqual(buildBlockers(model, tr, true), [], 'a draft build goes on');
});

test('an empty translation counts as missing, not translated', async () => {
  const dir = await copyProject();
  await editJson(dir, 'locales/ja/the-route.json', (d) => {
    d['p-083f09'] = '';
  });
  assert.deepEqual(
    (await check(dir)).findings.map((f) => f.split(' Fix:')[0]),
    ['locales/ja/the-route.json [p-083f09] No ja translation for "p-083f09" (source: "On 18 October a video appeared on Telegram that seemed to…").'],
  );
});

test('a renamed placeholder in a Korean translation is an error at its line', async () => {
  const dir = await copyProject();
  await editJson(dir, 'locales/ko/ui.json', (d) => {
    d.nav.chapterNumber = '{{num}}장';
  });
  const line = (await readFile(path.join(dir, 'locales/ko/ui.json'), 'utf8')).split('\n').findIndex((l) => l.includes('"chapterNumber"')) + 1;
  assert.deepEqual((await check(dir)).findings, [
    `locales/ko/ui.json:${line} [nav.chapterNumber] The placeholders differ from the source: expected {{number}}, found {{num}}. Fix: Keep every {{placeholder}} of the source, spelled exactly the same.`,
  ]);
});

test('a translation whose unit is gone is reported as an orphan', async () => {
  const dir = await copyProject();
  await editJson(dir, 'locales/ja/the-notes.json', (d) => {
    d['p-gone00'] = '消えた段落';
  });
  const findings = (await check(dir)).findings;
  assert.equal(findings.length, 1);
  assert.match(findings[0]!, /^locales\/ja\/the-notes\.json:\d+ \[p-gone00\] warning: "p-gone00" translates nothing/);
});

test('placeholders are read like i18next reads them', () => {
  assert.deepEqual(placeholders('Chapter {{number}} of {{ total }}'), ['number', 'total']);
  assert.deepEqual(placeholders('no placeholders'), []);
});

test('a missing Japanese map label is named with file and key, and stops the build', async () => {
  const dir = await copyProject();
  await editJson(dir, 'locales/ja/figures.json', (d) => delete d['route-map'].vladivostok);
  const { model, tr, findings } = await check(dir);
  const expected =
    'locales/ja/figures.json [route-map.vladivostok] No ja translation for "route-map.vladivostok" (source: "Vladivostok"). Fix: Add "route-map.vladivostok" to locales/ja/figures.json.';
  assert.deepEqual(findings, [expected]);
  assert.deepEqual(buildBlockers(model, tr, false).map(formatFinding), [expected]);
});

test('a figure label whose drawing is gone is reported as an orphan', async () => {
  const dir = await copyProject();
  await editJson(dir, 'locales/ko/figures.json', (d) => {
    d['route-map'].atlantis = '아틀란티스';
  });
  const findings = (await check(dir)).findings;
  assert.equal(findings.length, 1);
  assert.match(findings[0]!, /^locales\/ko\/figures\.json:\d+ \[route-map\.atlantis\] warning: "route-map\.atlantis" translates nothing/);
});
