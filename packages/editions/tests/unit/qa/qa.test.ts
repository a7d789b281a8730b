import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { checkModel } from '../../../src/checks/model.ts';
import { formatFinding } from '../../../src/errors.ts';
import { createTranslator } from '../../../src/translator/i18n.ts';
import { loadModel } from '../../../src/model/load.ts';
import type { Model } from '../../../src/model/types.ts';
import { qaFindings, qaReport } from '../../../src/qa/index.ts';
import { fingerprint } from '../../../src/locales/lock.ts';
import { withOverride } from '../../../../../scripts/qa-faults.ts';
import { waive } from '../../../src/cli/waive.ts';
import { runCheck } from '../../../src/cli/check.ts';
import { copyProject, editJson, editText, projectDir } from '../../helpers/project.ts';

const { model: clean } = await loadModel(projectDir);

/** The QA findings of `locale` once one translated string is replaced, as the check prints them. */
function plant(locale: string, namespace: string, key: string, text: string, model: Model = clean): string[] {
  const m = withOverride(model, { [`locales/${locale}/${namespace}.json`]: { [key]: text } });
  return qaFindings(m, createTranslator(m), locale).map(formatFinding);
}

test('the clean publication has no QA finding in any edition', () => {
  const tr = createTranslator(clean);
  assert.deepEqual([...qaFindings(clean, tr, 'ja'), ...qaFindings(clean, tr, 'ko')].map(formatFinding), []);
});

test('qa-figure: a figure lost or changed is named with the source figures and what the translation has', () => {
  assert.deepEqual(plant('ko', 'the-route', 'p-07f215', '2024년 10월 초: 병사 약 150명이 북한 내 두 곳에서 러시아 함선에 오른다.'), [
    'locales/ko/the-route.json:5 [the-route:p-07f215] The figures differ from the source: the source has "October", "2024", "1,500", "three", the translation has "2024년", "10월", "150명", "두 곳" ("1,500", "three" not found). Fix: Write every figure of the source with the same value and kind in locales/ko/the-route.json (1,500 = 1500; 10,000 = 1万 = 1만; October = 10月 = 10월; 30% = 3割; two months = 2カ月 = 두 달, not 2週間), or waive it with a reason in locales/ko/_waivers.yml.',
  ]);
});

test('qa-figure: the same figures in another script pass (1.28 million = 128万, 10,000 = 1万, full-width digits)', () => {
  assert.deepEqual(
    plant(
      'ja',
      'the-route',
      'p-53d4cd',
      '英国際戦略研究所（IISS）の『ミリタリー・バランス２０２５』によると、北朝鮮軍の兵力は128万人で、このうち約10,000人がロシアに派遣されている。',
    ),
    [],
  );
});

test('qa-term: a name spelled otherwise than the glossary gives it', () => {
  const text = clean.locales.get('ja')!.files.get('the-route')!.strings.get('p-eec3f7')!.replace('ゼレンスキー', 'ゼレンスキイ');
  assert.deepEqual(plant('ja', 'the-route', 'p-eec3f7', text), [
    'locales/ja/the-route.json:11 [the-route:p-eec3f7] The source names "Volodymyr Zelenskyy", but the translation has none of its ja renderings: "ウォロディミル・ゼレンスキー", "ゼレンスキー". Fix: Write the name as the glossary gives it ("zelenskyy" in locales/ja/glossary.json), or, if your spelling is also right, add it to the entry\'s accepted variants in content/glossary.yml.',
  ]);
});

test('qa-term: a person of quotes.yml is held to the name quotes.json gives them; "Kim Jong Un" does not also name "Jong"', () => {
  const text = clean.locales.get('ko')!.files.get('the-notes')!.strings.get('p-7a99ad')!.replace('이현승', '리현승');
  assert.deepEqual(plant('ko', 'the-notes', 'p-7a99ad', text), [
    'locales/ko/the-notes.json:9 [the-notes:p-7a99ad] The source names "Lee Hyunseung", but the translation has none of its ko renderings: "이현승". Fix: Write the name as the glossary gives it ("person.lee-hyunseung.name" in locales/ko/quotes.json), or, if your spelling is also right, add it to the entry\'s accepted variants in content/glossary.yml.',
  ]);
});

test('qa-term: changing a rendering in glossary.json flags every unit still written the old way (two renderings of one name)', () => {
  const found = plant('ko', 'glossary', 'vladivostok', '블라디보스톡');
  assert.deepEqual(
    found.map((f) => f.split(' The source')[0]),
    [
      'locales/ko/the-route.json:6 [the-route:p-182dee]',
      'locales/ko/the-route.json:8 [the-route:vladivostok]',
      'locales/ko/the-route.json:9 [the-route:p-083f09]',
      'locales/ko/figures.json:4 [figures:route-map.desc]',
      'locales/ko/figures.json:9 [figures:route-map.vladivostok]',
      'locales/ko/corrections.json:14 [corrections:route-distance]',
    ],
  );
});

test('qa-unbalanced and qa-latin-punctuation: 「 left open and a Latin full stop in Japanese', () => {
  assert.deepEqual(plant('ja', 'the-notes', 'p-95c4bb', 'メモは全編が自己批判に貫かれているが、最後は、帰国したら「母なる党に入党するという決意で締めくくられている.'), [
    'locales/ja/the-notes.json:6 [the-notes:p-95c4bb] warning: The bracket or quotation mark "「" has no partner. Fix: Close every bracket and quotation mark you open (「」『』“”（）).',
    'locales/ja/the-notes.json:6 [the-notes:p-95c4bb] warning: A Latin full stop or comma inside Japanese text: "る.". Fix: Use 。 and 、 in Japanese text.',
  ]);
});

test('qa-straight-quote and qa-double-space in Korean', () => {
  assert.deepEqual(
    plant('ko', 'the-notes', 'p-95c4bb', '메모는  처음부터 끝까지 자기비판으로 채워져 있지만, 마지막은 하나의 다짐으로 끝난다. 고향에 돌아가면 "어머니 당"에 입당하겠다는 것이다.'),
    [
      'locales/ko/the-notes.json:6 [the-notes:p-95c4bb] warning: A straight quotation mark (") where ko uses its own. Fix: Use the locale\'s quotation marks: “ ” ‘ ’.',
      'locales/ko/the-notes.json:6 [the-notes:p-95c4bb] warning: Two spaces in a row: "메모는  처음부터 끝까지". Fix: Leave one space.',
    ],
  );
});

test('qa-identical: the source pasted as the translation (one finding, not also a leftover)', () => {
  assert.deepEqual(plant('ko', 'the-letter', 'p-be4c69', 'He ended it with a short wish.'), [
    'locales/ko/the-letter.json:10 [the-letter:p-be4c69] warning: The translation is the source text, unchanged: "He ended it with a short wish.". Fix: Translate it.',
  ]);
});

test('qa-source-leftover: source words left inside a translation; names and acronyms in Latin letters are not', () => {
  assert.deepEqual(plant('ja', 'the-letter', 'p-be4c69', '彼は a short wish で締めくくった。'), [
    'locales/ja/the-letter.json:10 [the-letter:p-be4c69] warning: Source-language words left in the translation: "a short wish". Fix: Translate them; a name or title that stays in Latin letters belongs in content/glossary.yml.',
  ]);
  assert.deepEqual(plant('ja', 'the-letter', 'p-be4c69', '彼は Special Operations Forces と IISS に触れ、短い願いで締めくくった。'), []);
});

test('qa-doubled-word: a word written twice', () => {
  assert.deepEqual(plant('ko', 'hidden-identities', 'p-860254', '이 대화는 병사들이 병사들이 작전 내용을 듣지 못한 채 최전선에 보내졌음을 시사한다.'), [
    'locales/ko/hidden-identities.json:10 [hidden-identities:p-860254] warning: A word written twice: "병사들이 병사들이". Fix: Delete the repeated word.',
  ]);
});

test('npm run check reports QA findings as errors or warnings by check', async () => {
  const dir = await copyProject();
  await editJson(dir, 'locales/ja/the-route.json', (d) => {
    d['p-182dee'] = d['p-182dee'].replace('130キロ', '180キロ').replace('。', '.');
  });
  const { model } = await loadModel(dir);
  const found = checkModel(model, createTranslator(model)).filter((f) => f.code.startsWith('qa-'));
  assert.deepEqual(
    found.map((f) => [f.code, f.severity]),
    [
      ['qa-figure', 'error'],
      ['qa-latin-punctuation', 'warning'],
    ],
  );
});

test('content/qa.yml overrides a severity for the publication and for one locale; off silences a check', async () => {
  const dir = await copyProject();
  await writeFile(path.join(dir, 'content/qa.yml'), 'severity:\n  qa-double-space: error\nlocales:\n  ko:\n    qa-straight-quote: off\n');
  await editJson(dir, 'locales/ko/the-notes.json', (d) => {
    d['p-95c4bb'] = d['p-95c4bb'].replace('메모는 ', '메모는  ').replaceAll(/[“”]/g, '"');
  });
  await editJson(dir, 'locales/ja/the-notes.json', (d) => {
    d['p-95c4bb'] = d['p-95c4bb'].replace('「母なる党」', '"母なる党"');
  });
  const { model } = await loadModel(dir);
  const tr = createTranslator(model);
  assert.deepEqual(
    qaFindings(model, tr, 'ko').map((f) => [f.code, f.severity]),
    [['qa-double-space', 'error']],
  );
  assert.deepEqual(
    qaFindings(model, tr, 'ja').map((f) => [f.code, f.severity]),
    [['qa-straight-quote', 'warning']],
  );
});

test('a bad severity in content/qa.yml is an error naming the file', async () => {
  const dir = await copyProject();
  await writeFile(path.join(dir, 'content/qa.yml'), 'severity:\n  qa-figure: fatal\n');
  const { model } = await loadModel(dir);
  assert.deepEqual(qaFindings(model, createTranslator(model), 'ja').map(formatFinding), [
    'content/qa.yml This QA file is invalid: "severity.qa-figure" must be error, warning or off. Fix: Correct it as the comment at the top of the file describes.',
  ]);
});

test('a waiver with a reason sets a finding aside until the source or the translation changes, then it is dropped', async () => {
  const dir = await copyProject();
  await editJson(dir, 'locales/ja/the-route.json', (d) => {
    d['p-182dee'] = d['p-182dee'].replace('130キロ', '180キロ');
  });
  let { model } = await loadModel(dir);
  const source = model.story.chapters.find((c) => c.slug === 'the-route')!.units.find((u) => u.id === 'p-182dee')!.source;
  const translation = model.locales.get('ja')!.files.get('the-route')!.strings.get('p-182dee')!;
  await writeFile(
    path.join(dir, 'locales/ja/_waivers.yml'),
    `- unit: the-route:p-182dee\n  code: qa-figure\n  reason: The source rounds the distance.\n  source: ${fingerprint(source)}\n  translation: ${fingerprint(translation)}\n`,
  );
  ({ model } = await loadModel(dir));
  const report = qaReport(model, createTranslator(model), 'ja');
  assert.deepEqual(report.findings, []);
  assert.deepEqual(
    report.waived.map((w) => [w.key, w.code, w.reason]),
    [['the-route:p-182dee', 'qa-figure', 'The source rounds the distance.']],
  );

  await editJson(dir, 'locales/ja/the-route.json', (d) => {
    d['p-182dee'] = d['p-182dee'].replace('180キロ', '190キロ');
  });
  ({ model } = await loadModel(dir));
  assert.deepEqual(
    qaFindings(model, createTranslator(model), 'ja').map((f) => f.code),
    ['qa-figure', 'qa-waiver-stale'],
  );
  assert.equal(
    formatFinding(qaFindings(model, createTranslator(model), 'ja')[1]!),
    'locales/ja/_waivers.yml [the-route:p-182dee] warning: The waiver of qa-figure for "the-route:p-182dee" was dropped: the source or the translation changed after it was granted. Fix: Check "the-route:p-182dee" again, then delete the waiver from locales/ja/_waivers.yml or grant it anew with `npm run qa:waive -- ja the-route:p-182dee qa-figure "<reason>"`.',
  );
});

test('a waiver without a reason is refused', async () => {
  const dir = await copyProject();
  await writeFile(path.join(dir, 'locales/ko/_waivers.yml'), '- unit: the-route:p-182dee\n  code: qa-figure\n  source: abc\n  translation: def\n');
  const { model } = await loadModel(dir);
  assert.deepEqual(qaFindings(model, createTranslator(model), 'ko').map(formatFinding), [
    'locales/ko/_waivers.yml This QA file is invalid: waiver 1 lacks reason (a reason is required). Fix: Correct it as the comment at the top of the file describes.',
  ]);
});

test('the glossary is translated and status-tracked like any unit: a term without a rendering is missing', async () => {
  const dir = await copyProject();
  await editText(dir, 'content/glossary.yml', (t) => `${t}  armistice:\n    source: armistice\n`);
  const { model } = await loadModel(dir);
  const found = checkModel(model, createTranslator(model))
    .filter((f) => f.code !== 'unsynced')
    .map(formatFinding);
  assert.deepEqual(found, [
    'locales/ja/glossary.json [armistice] No ja translation for "armistice" (source: "armistice"). Fix: Add "armistice" to locales/ja/glossary.json.',
    'locales/ko/glossary.json [armistice] No ko translation for "armistice" (source: "armistice"). Fix: Add "armistice" to locales/ko/glossary.json.',
  ]);
});

test('a glossary term without a source is an error naming content/glossary.yml', async () => {
  const dir = await copyProject();
  await editText(dir, 'content/glossary.yml', (t) => `${t}  armistice:\n    variants: { ja: [休戦] }\n`);
  const { model } = await loadModel(dir);
  assert.deepEqual(qaFindings(model, createTranslator(model), 'ja').map(formatFinding), [
    'content/glossary.yml This QA file is invalid: "terms.armistice" needs a "source:" (the term as the source text writes it). Fix: Correct it as the comment at the top of the file describes.',
  ]);
});

test('npm run qa:waive records a current finding with its reason and fingerprints; a finding that is not there cannot be waived', async () => {
  const dir = await copyProject();
  await editJson(dir, 'locales/ko/the-route.json', (d) => {
    d['p-182dee'] = d['p-182dee'].replace('130킬로미터', '13킬로미터');
  });
  assert.equal(
    await waive(dir, ['ko', 'the-route:p-182dee', 'qa-figure', 'Checked', 'against', 'the', 'map.']),
    'locales/ko/_waivers.yml: qa-figure on "the-route:p-182dee" waived until its source or translation changes.',
  );
  const { model } = await loadModel(dir);
  const report = qaReport(model, createTranslator(model), 'ko');
  assert.deepEqual([report.findings, report.waived.map((w) => w.reason)], [[], ['Checked against the map.']]);
  await assert.rejects(waive(dir, ['ko', 'the-route:p-083f09', 'qa-figure', 'why']), {
    message: 'No current qa-figure finding on "the-route:p-083f09" in ko. Run `npm run check -- --locale ko` to see the findings.',
  });
  await assert.rejects(waive(dir, ['ko', 'the-route:p-182dee', 'qa-figure']), { message: /the reason is required/ });
});

test('npm run check -- --json prints the findings, QA included, as data for machines', async () => {
  const dir = await copyProject();
  await editJson(dir, 'locales/ko/the-route.json', (d) => {
    d['p-182dee'] = d['p-182dee'].replace('130킬로미터', '13킬로미터');
  });
  const run = await runCheck({ root: dir, json: true, locale: 'ko', draft: false });
  assert.equal(run.exit, 1, run.stderr.join('\n'));
  assert.equal(run.stdout.length, 1, 'one JSON document, nothing else on stdout');
  const out = JSON.parse(run.stdout[0]!) as { locales: string[]; errors: number; warnings: number; findings: { code: string; key: string; line: number; severity: string }[] };
  assert.deepEqual([out.locales, out.errors], [['ko'], 1]);
  assert.deepEqual(
    out.findings.filter((f) => f.code !== 'unsynced').map((f) => [f.code, f.severity, f.key, f.line]),
    [['qa-figure', 'error', 'the-route:p-182dee', 6]],
  );
});

test('qa-term-variant: a name spelled a second way in katakana, even where the source does not name him', () => {
  assert.deepEqual(plant('ja', 'the-route', 'p-24c615', '12月14日：ゼレンスキイ大統領が、北朝鮮兵がクルスク州で戦闘に加わっていると明らかにする。'), [
    'locales/ja/the-route.json:7 [the-route:p-24c615] "ゼレンスキイ" looks like "ゼレンスキー" spelled another way: one name, two spellings in ja. Fix: Write "ゼレンスキー" as the glossary gives it; if "ゼレンスキイ" is another word, waive this finding with its reason in locales/ja/_waivers.yml.',
  ]);
});

test('qa-figure-unread: a figure QA cannot read in the translation is a warning naming what it could not read, never an error', () => {
  const text = clean.locales.get('ja')!.files.get('story')!.strings.get('p-78721e')!.replace('約4000人', '数千人');
  assert.deepEqual(plant('ja', 'story', 'p-78721e', text), [
    'locales/ja/story.json:4 [story:p-78721e] warning: QA could not read "数千" in the translation, so it cannot tell whether "4,000" of the source is there. Fix: Check the figure by hand; write it as a number (digits or numerals QA reads, docs/qa.md) if the source gives one, or waive it with a reason in locales/ja/_waivers.yml.',
  ]);
});

test('qa-figure: a figure read on both sides and found of another kind is an error naming its kind (weeks for months)', () => {
  const text = clean.locales.get('ja')!.files.get('the-route')!.strings.get('p-eec3f7')!.replace('約2カ月後', '約2週間後');
  assert.match(
    plant('ja', 'the-route', 'p-eec3f7', text).join('\n'),
    /\[the-route:p-eec3f7\] The figures differ from the source: .*\("two months \(a duration in months\)" not found\)/,
  );
});

test('qa-figure-unread: an edition in a language QA reads no figures in is told so once, not per string', async () => {
  const dir = await copyProject();
  await editText(dir, 'content/story.md', (t) => t.replace(/(\n\s*-\s*lang:\s*ko\b)/, '\n  - lang: fr\n    mode: draft$1'));
  await mkdir(path.join(dir, 'locales/fr'));
  await writeFile(path.join(dir, 'locales/fr/story.json'), '{}\n');
  const { model } = await loadModel(dir);
  const found = qaFindings(model, createTranslator(model), 'fr').filter((f) => f.code === 'qa-figure-unread');
  assert.deepEqual(found.map(formatFinding), [
    'warning: QA has no number reader for "fr": the figures of the fr edition are not compared with the source. Fix: Check its figures by hand (docs/qa.md lists the languages QA reads), or set qa-figure-unread: off for this locale in content/qa.yml.',
  ]);
});

test('a waiver whose finding no longer occurs (the text unchanged, QA reads it now) is reported as no longer needed', async () => {
  const dir = await copyProject();
  const { model } = await loadModel(dir);
  const source = model.story.chapters.find((c) => c.slug === 'the-route')!.units.find((u) => u.id === 'p-182dee')!.source;
  const translation = model.locales.get('ja')!.files.get('the-route')!.strings.get('p-182dee')!;
  await writeFile(
    path.join(dir, 'locales/ja/_waivers.yml'),
    `- unit: the-route:p-182dee\n  code: qa-figure\n  reason: The source rounds the distance.\n  source: ${fingerprint(source)}\n  translation: ${fingerprint(translation)}\n`,
  );
  const { model: waived } = await loadModel(dir);
  assert.deepEqual(qaFindings(waived, createTranslator(waived), 'ja').map(formatFinding), [
    'locales/ja/_waivers.yml [the-route:p-182dee] warning: The waiver of qa-figure for "the-route:p-182dee" is no longer needed: QA finds nothing to waive there any more. Fix: Delete the waiver from locales/ja/_waivers.yml.',
  ]);
});

test('names in every script: a Japanese or Korean person of quotes.yml is a name, and every mention of it is checked', async () => {
  const { isProperName } = await import('../../../src/qa/glossary.ts');
  assert.deepEqual(['佐藤浩', '정경홍', 'Jong Gyong Hong', 'Two wounded North Korean soldiers', 'Signed "Kim Jong Un"'].map(isProperName), [true, true, true, false, false]);
  const { misspelledMention } = await import('../../../src/qa/spelling.ts');
  const none = new Set<string>();
  assert.deepEqual(misspelledMention('정경홍이 남긴 메모. 정경혼은 병사였다.', ['정경홍'], none), { found: '정경혼', name: '정경홍' });
  assert.deepEqual(misspelledMention('山田花子さんと山田花予さん', ['山田花子'], none), { found: '山田花予', name: '山田花子' });
  assert.deepEqual(misspelledMention('Hanako Yamada, 72 … Ms Yamata', ['Hanako Yamada'], none), { found: 'Yamata', name: 'Yamada' });
  // One syllable apart is another word (정정은, a correction), not 김정은 misspelled; a name the glossary knows is not a typo.
  assert.equal(misspelledMention('사실관계 정정은 각 장 끝에', ['김정은'], none), null);
  assert.equal(misspelledMention('김정은과 김정일', ['김정은'], new Set(['김정일'])), null);
  const text = clean.locales.get('ko')!.files.get('drone-warfare')!.strings.get('p-702643')!.replace('병사들이 드론을', '정경혼은 병사들이 드론을');
  assert.deepEqual(plant('ko', 'drone-warfare', 'p-702643', text), [
    'locales/ko/drone-warfare.json:4 [drone-warfare:p-702643] "정경혼" looks like "정경홍" spelled another way: one name, two spellings in ko. Fix: Write "정경홍" as the glossary gives it; if "정경혼" is another word, waive this finding with its reason in locales/ko/_waivers.yml.',
  ]);
});
