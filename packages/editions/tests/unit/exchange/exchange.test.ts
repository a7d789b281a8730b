/**
 * Inline codes through XLIFF, the reviewed state (command, import, lock,
 * status, publish: reviewed) and the Weblate/Crowdin templates.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { judge } from '../../../src/checks/verdict.ts';
import type { Edition } from '../../../src/config.ts';
import { checkModel } from '../../../src/checks/model.ts';
import { runReview } from '../../../src/cli/review.ts';
import { formatReport } from '../../../src/cli/status.ts';
import { buildStatusPages } from '../../../src/render/status-page.ts';
import { buildReport } from '../../../src/status/report.ts';
import { editions as locales } from '../../helpers/project.ts';
import { languageFacts } from '../../../src/languages.ts';
import { formatFinding } from '../../../src/errors.ts';
import { importFiles } from '../../../src/exchange/import.ts';
import { platformFindings, writePlatformFiles } from '../../../src/exchange/platforms.ts';
import { createTranslator } from '../../../src/translator/i18n.ts';
import { loadModel } from '../../../src/model/load.ts';
import { statusItems, tally } from '../../../src/status/units.ts';
import { copyProject, editJson, editText, projectDir } from '../../helpers/project.ts';
import { exportTo } from '../../helpers/exchange.ts';

/** The paragraph the tests edit, as the chapter says it today. */
const PARA = /^(.*) \{#p-cfae2e\}$/m.exec(readFileSync(path.join(projectDir, 'content/chapters/the-notes.md'), 'utf8'))![1]!;
/** The same paragraph with emphasis and a link. */
const MARKED = 'Special Operations Forces of *Ukraine* gave [Nikkei](https://asia.nikkei.com/) photographs of the notes. {#p-cfae2e}';

async function markedCopy(): Promise<string> {
  const dir = await copyProject();
  await editText(dir, 'content/chapters/the-notes.md', (t) => t.replace(/^.*\{#p-cfae2e\}$/m, MARKED));
  return dir;
}

/** Replaces the target of unit `key` in an exported XLIFF file, as a CAT tool saving a translator's work would. */
async function setXliffTarget(file: string, key: string, target: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  const unit = new RegExp(`(<(?:trans-unit|unit) id="${key}"[\\s\\S]*?)<target[^>]*?(?:/>|>[\\s\\S]*?</target>)`);
  assert.match(text, unit);
  await writeFile(file, text.replace(unit, `$1${target}`));
}

for (const [format, italic, link] of [
  ['xliff', '<g id="1" ctype="italic">Ukraine</g>', '<g id="2" ctype="link">Nikkei</g>'],
  ['xliff2', '<pc id="1" type="fmt" dispStart="*" dispEnd="*">Ukraine</pc>', '<pc id="2" type="link" dispStart="[" dispEnd="](https://asia.nikkei.com/)">Nikkei</pc>'],
] as const) {
  test(`${format}: emphasis and links are protected inline codes; moved by the translator, they come back as the source wrote them`, async () => {
    const dir = await markedCopy();
    const file = (await exportTo(dir, 'ko', format)).find((f) => f.includes('/the-notes.'))!;
    const text = await readFile(file, 'utf8');
    assert.ok(text.includes(italic) && text.includes(link), 'codes in the source');
    const [open1, close1, open2, close2] = format === 'xliff' ? ['<g id="1">', '</g>', '<g id="2">', '</g>'] : ['<pc id="1">', '</pc>', '<pc id="2">', '</pc>'];
    await setXliffTarget(file, 'p-cfae2e', `<target state="translated">${open2}닛케이${close2}에 ${open1}우크라이나${close1}가 사진을 주었다.</target>`);
    const [summary] = await importFiles(dir, [file], { acceptStale: false });
    assert.deepEqual(summary!.findings, []);
    const { model } = await loadModel(dir);
    assert.equal(model.locales.get('ko')!.files.get('the-notes')!.strings.get('p-cfae2e'), '[닛케이](https://asia.nikkei.com/)에 *우크라이나*가 사진을 주었다.');
  });
}

test('xliff: a tag the source lacks, or an element that is not XLIFF inline markup, refuses the file', async () => {
  const dir = await markedCopy();
  const file = (await exportTo(dir, 'ko', 'xliff')).find((f) => f.includes('/the-notes.'))!;
  const original = await readFile(file, 'utf8');
  const line = original.split('\n').findIndex((l) => l.includes('<trans-unit id="p-cfae2e"')) + 1;
  await setXliffTarget(file, 'p-cfae2e', '<target>번역 <x id="99"/></target>');
  let [summary] = await importFiles(dir, [file], { acceptStale: false });
  const rel = path.relative(dir, file);
  assert.deepEqual(summary!.findings.map(formatFinding), [
    `${rel}:${line} [p-cfae2e] the target holds an inline tag (id "99") that the source does not have. Fix: Correct the unit in your CAT tool: keep the tags of the source, do not add new ones.`,
  ]);
  await writeFile(file, original);
  await setXliffTarget(file, 'p-cfae2e', '<target>번역 <script xmlns="http://www.w3.org/1999/xhtml">alert(1)</script></target>');
  [summary] = await importFiles(dir, [file], { acceptStale: false });
  assert.deepEqual(summary!.findings.map(formatFinding), [
    `${rel}:${line} [p-cfae2e] the target holds <script>, which is not an XLIFF inline element. Fix: Correct the unit in your CAT tool: keep the tags of the source, do not add new ones.`,
  ]);
  assert.equal(summary!.refused, 1);
});

test('reviewed: i18n:review records it in the lock; a change of translation or source drops it; status counts it', async () => {
  const dir = await copyProject();
  assert.equal(await runReview(dir, 'ko', ['quotes:quote.note-wish', 'the-notes:title'], false), 'locales/ko/_sources.lock: reviewed quotes:quote.note-wish, the-notes:title.');
  let { model } = await loadModel(dir);
  let items = statusItems(model, createTranslator(model), 'ko');
  assert.deepEqual(
    items.filter((i) => i.reviewed).map((i) => `${i.namespace}:${i.key}`),
    ['the-notes:title', 'quotes:quote.note-wish'],
  );
  assert.equal(tally(items).reviewed, 2);
  await editJson(dir, 'locales/ko/quotes.json', (d) => {
    d.quote['note-wish'] = '건강을 빕니다!';
  });
  await editText(dir, 'content/chapters/the-notes.md', (t) => t.replace('title: A note of self-reproach', 'title: A note of self-blame'));
  ({ model } = await loadModel(dir));
  items = statusItems(model, createTranslator(model), 'ko');
  assert.equal(tally(items).reviewed, 0);
  await assert.rejects(runReview(dir, 'ko', ['the-notes:title'], false), {
    message: 'Not translated and current in ko, so not marked reviewed: the-notes:title. Translate or update them first (`npm run i18n:status -- --locale ko`).',
  });
});

test('reviewed: an imported unit marked state="final" is recorded as reviewed', async () => {
  const dir = await copyProject();
  const file = (await exportTo(dir, 'ja', 'xliff')).find((f) => f.includes('/quotes.'))!;
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace(/(<trans-unit id="quote\.note-wish"[^>]*><source>[^<]*<\/source><target) state="translated"/, '$1 state="final"'));
  const [summary] = await importFiles(dir, [file], { acceptStale: false });
  assert.equal(summary!.reviewed, 1);
  const { model } = await loadModel(dir);
  assert.deepEqual(
    statusItems(model, createTranslator(model), 'ja')
      .filter((i) => i.reviewed)
      .map((i) => i.key),
    ['quote.note-wish'],
  );
});

test('publish: reviewed makes every unreviewed quote a finding that stops a strict edition, a warning in a draft one', async () => {
  const dir = await copyProject();
  await runReview(dir, 'ko', ['quotes:quote.note-wish'], false);
  const { model } = await loadModel(dir);
  const tr = createTranslator(model);
  const strict: Edition = { ...languageFacts('ko'), mode: 'strict', publish: 'reviewed', book: 'horizontal' };
  const judged = (edition: Edition, draft = false) =>
    judge(checkModel(model, tr, { only: [edition] }), { command: 'build', draft, editions: [edition] }).filter((f) => f.code === 'unreviewed');
  const findings = judged(strict);
  const quotes = statusItems(model, tr, 'ko').filter((i) => i.kind === 'quote').length;
  assert.equal(findings.length, quotes - 1);
  assert.equal(
    formatFinding(findings.find((f) => f.key === 'quote.note-betrayal')!),
    'locales/ko/quotes.json [quote.note-betrayal] The ko edition publishes quotes only once reviewed, and "quote.note-betrayal" is not. Fix: Have a second person check it against the source, then run `npm run i18n:review -- ko quotes:quote.note-betrayal` (or import it with state="final").',
  );
  assert.equal(findings.filter((f) => f.severity === 'error').length, quotes - 1, 'the build refuses them');
  assert.deepEqual(
    judged({ ...strict, mode: 'draft' }).map((f) => f.severity),
    Array(quotes - 1).fill('warning'),
  );
  assert.deepEqual(
    judged(strict, true).map((f) => f.severity),
    Array(quotes - 1).fill('warning'),
    'a --draft build shows them',
  );
  assert.equal(judged({ ...strict, publish: 'translated' }).length, 0, 'only with publish: reviewed');
});

test('platform templates: a stale or missing copy is a warning naming the refresh command (the build refreshes it); writing them clears it', async () => {
  const dir = await copyProject();
  let { model } = await loadModel(dir);
  assert.deepEqual(await platformFindings(dir, model), [], 'the committed copies are current');
  await rm(path.join(dir, 'i18n/en/quotes.json'));
  assert.deepEqual(
    (await platformFindings(dir, model)).map((f) => f.file),
    ['i18n/en/quotes.json'],
  );
  assert.deepEqual(await writePlatformFiles(dir, model), ['i18n/en/quotes.json']);
  assert.deepEqual(await platformFindings(dir, model), []);
  const template = JSON.parse(await readFile(path.join(dir, 'i18n/en/the-notes.json'), 'utf8'));
  assert.equal(template['p-cfae2e'], PARA);
  assert.match(
    await readFile(path.join(dir, 'crowdin.yml'), 'utf8'),
    /source: \/i18n\/en\/\*\.json\n\s+translation: \/locales\/%two_letters_code%\/%original_file_name%\n\s+type: i18next_json/,
  );
  await editText(dir, 'content/chapters/the-notes.md', (t) => t.replace(/^.*\{#p-cfae2e\}$/m, MARKED));
  ({ model } = await loadModel(dir));
  assert.deepEqual((await platformFindings(dir, model)).map(formatFinding), [
    'i18n/en/the-notes.json warning: This file for translation platforms (Weblate, Crowdin) no longer matches the source text (the build refreshes it). Fix: Run `npm run i18n:templates` (or `editions templates`) and commit the result.',
  ]);
  const ui = JSON.parse(await readFile(path.join(dir, 'i18n/en/ui.json'), 'utf8'));
  assert.deepEqual(
    Object.keys(ui.search).filter((k) => k.startsWith('found')),
    ['found_one', 'found_other'],
    'plurals as i18next JSON v4 writes them',
  );
});

test('status: i18n:status and the status page show reviewed beside translated', async () => {
  const dir = await copyProject();
  await runReview(dir, 'ko', ['quotes:quote.note-wish', 'quotes:quote.note-betrayal'], false);
  const { model } = await loadModel(dir);
  const tr = createTranslator(model);
  const reports = buildReport(model, tr, locales);
  const table = formatReport(reports).split('\n');
  assert.equal(table[0], 'locale  file                  translated      reviewed  missing   outdated');
  assert.ok(table.includes('ko      quotes                30/30 100%      2         0         0'), table.join('\n'));
  const page = buildStatusPages(model, tr, locales).find((p) => p.locale === 'ko')!;
  assert.deepEqual(
    page.table.filter((r) => r.locale === 'ko' && (r.namespace === 'quotes' || r.namespace === '')).map((r) => [r.namespace, r.translated, r.reviewed]),
    [
      ['quotes', 30, 2],
      ['', reports.find((r) => r.locale === 'ko')!.total.translated, 2],
    ],
  );
});

test('context: every unit carries its notes; a quote says whose words they are and how to treat them', async () => {
  const dir = await copyProject();
  const files = await exportTo(dir, 'ja', 'po');
  const quotes = await readFile(files.find((f) => f.includes('/quotes.'))!, 'utf8');
  const entry = quotes.split('\n\n').find((e) => e.includes('msgctxt "quote.note-betrayal"'))!;
  const { model } = await loadModel(dir);
  const q = model.quotes.get('note-betrayal')!;
  const speaker = model.people.get(q.speaker)!;
  for (const line of [
    '#. Verbatim words of a person: translate faithfully, do not paraphrase.',
    `#. Speaker: ${speaker.name} (${speaker.role})`,
    '#. Originally in: Korean; this wording was published in English.',
    `#. Source: ${model.sources.get(q.source)!.text}`,
  ])
    assert.ok(entry.split('\n').includes(line), `${line}\nnot in\n${entry}`);
  const chapter = model.story.chapters.find((c) => c.slug === 'the-notes')!;
  const units = chapter.units.filter((u) => u.kind !== 'quote' && u.kind !== 'figure');
  const i = units.findIndex((u, n) => n > 0 && u.kind === 'paragraph' && units.slice(0, n).some((h) => h.kind === 'heading'));
  const heading = units
    .slice(0, i)
    .filter((u) => u.kind === 'heading')
    .at(-1)!;
  const notes = (await readFile(files.find((f) => f.includes('/the-notes.'))!, 'utf8')).split('\n\n').find((e) => e.includes(`msgctxt "${units[i]!.id}"`))!;
  assert.ok(notes.includes(`#. Chapter: ${units[0]!.source}\n#. Section: ${heading.source}\n#. Before: `), notes);
  assert.ok(notes.includes('#. After: '), notes);
  // Every unit of every file has at least one note besides its fingerprint.
  for (const file of files) {
    for (const e of (await readFile(file, 'utf8')).split('\n\n').slice(1))
      assert.ok(e.split('\n').filter((l) => l.startsWith('#. ') && !l.startsWith('#. source-fingerprint')).length > 0, e);
  }
});

test('figure labels: the room left in the drawing, from x, text-anchor and the viewBox, as a note and a size limit', async () => {
  const dir = await copyProject();
  await writeFile(
    path.join(dir, 'content/figures/drone-drill.svg'),
    (await readFile(path.join(dir, 'content/figures/drone-drill.svg'), 'utf8')).replace(
      /<text class="label" x="\d+"( y="\d+") data-label="drone">/,
      '<text class="label" x="540"$1 data-label="drone">',
    ),
  );
  const file = (await exportTo(dir, 'ja', 'xliff')).find((f) => f.includes('/figures.'))!;
  const unit = (await readFile(file, 'utf8')).split('\n').find((l) => l.includes('id="drone-drill.drone"'))!;
  // viewBox 0 0 640 …, x=540, left-aligned: 100 units; 13 px labels at about 0.55 em a character.
  assert.ok(unit.includes('maxwidth="13" size-unit="char"'), unit);
  assert.ok(unit.includes("<note>Room: about 13 characters (100 of the drawing's units; full-width characters count double). The source label has 5.</note>"), unit);
});

test('--todo exports only missing and outdated units, with their states', async () => {
  const dir = await copyProject();
  await editJson(dir, 'locales/ko/quotes.json', (d) => {
    delete d.quote['note-wish'];
  });
  await editText(dir, 'content/chapters/the-notes.md', (t) => t.replace(PARA, `Ukraine's Special Operations Forces: ${PARA}`));
  const files = await exportTo(dir, 'ko', 'xliff', true);
  assert.deepEqual(
    files.map((f) => path.basename(f)),
    ['quotes.ko.xlf', 'the-notes.ko.xlf'],
  );
  const units = (await Promise.all(files.map((f) => readFile(f, 'utf8')))).join('').match(/<trans-unit id="[^"]+"[^>]*>.*?<target[^>]*>/g)!;
  assert.deepEqual(
    units.map((u) => [/id="([^"]+)"/.exec(u)![1], /<target state="([^"]+)"/.exec(u)![1]]),
    [
      ['quote.note-wish', 'new'],
      ['p-cfae2e', 'needs-review-translation'],
    ],
  );
  const po = await readFile((await exportTo(dir, 'ko', 'po', true)).find((f) => f.includes('/the-notes.'))!, 'utf8');
  assert.match(po, new RegExp(`#, fuzzy\\n#\\| msgid "${PARA.slice(0, 40)}[^"]*"\\nmsgctxt "p-cfae2e"\\nmsgid "Ukraine's Special`));
});
