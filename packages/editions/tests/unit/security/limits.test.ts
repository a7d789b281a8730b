/** Every bound on untrusted input (src/files/limits.ts) is one finding naming the file, the key where there is one, and the limit. */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { mkdir, readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { formatFinding, type Finding } from '../../../src/errors.ts';
import { importFiles } from '../../../src/exchange/import.ts';
import { LIMITS } from '../../../src/files/limits.ts';
import { listFolder, readProjectText } from '../../../src/files/safe-files.ts';
import { loadLocales, parseLocaleFile } from '../../../src/locales/load.ts';
import { parseChapter } from '../../../src/model/content.ts';
import { copyProject } from '../../helpers/project.ts';

const shown = (findings: Finding[]) => findings.map(formatFinding);

test('a text over the length limit is refused at its key and line', () => {
  const findings: Finding[] = [];
  const file = parseLocaleFile(`{\n  "title": "ok",\n  "p-1": "${'あ'.repeat(LIMITS.stringChars + 1)}"\n}\n`, 'locales/ja/x.json', 'x', findings);
  assert.deepEqual(shown(findings), [
    'locales/ja/x.json:3:10 [p-1] This text is 20,001 characters long, over the limit of 20,000 characters per text. Fix: Split it: a unit is one paragraph, heading or item.',
  ]);
  assert.deepEqual([...file!.strings.keys()], ['title']);
});

test('a key written flat and nested is refused, whichever comes first', () => {
  for (const text of ['{"quote.note-wish": "flat", "quote": {"note-wish": "nested"}}', '{"quote": {"note-wish": "nested"}, "quote.note-wish": "flat"}']) {
    const findings: Finding[] = [];
    parseLocaleFile(text, 'locales/ja/quotes.json', 'quotes', findings);
    assert.equal(findings.length, 1, text);
    assert.match(
      formatFinding(findings[0]!),
      /^locales\/ja\/quotes\.json:1:\d+ \[quote\.note-wish\] "quote\.note-wish" is written twice, once as a flat key with a dot and once nested \(\{ "quote": \{ … \} \}\); i18next reads only one of them, so the other text would be checked but never shown\. Fix: Keep one of the two: write it nested, as the file's other keys are\.$/,
    );
  }
});

test('a file over the size limit, and a folder over the count limit, are refused by name', async () => {
  const dir = await copyProject();
  await writeFile(path.join(dir, 'locales/ja/big.json'), Buffer.alloc(LIMITS.fileBytes + 1, 0x20));
  const findings: Finding[] = [];
  assert.equal(readProjectText(dir, 'locales/ja/big.json', findings), null);
  assert.deepEqual(shown(findings), [
    'locales/ja/big.json This file is 4,097 KB, over the limit of 4,096 KB per file. Fix: Split it into smaller files, or check that it is the file you meant.',
  ]);
  await mkdir(path.join(dir, 'content/figures/many'));
  for (let i = 0; i <= LIMITS.folderEntries; i++) writeFileSync(path.join(dir, `content/figures/many/${i}.svg`), '');
  const listed: Finding[] = [];
  assert.deepEqual(listFolder(dir, 'content/figures/many', listed), []);
  assert.deepEqual(shown(listed), [
    'content/figures/many/ This folder holds 20,001 names, over the limit of 20,000 names per folder. Fix: Remove what the publication does not use (or split the work into several publications).',
  ]);
});

test("an edition's translation lock may outgrow one file's limit (it holds every unit's source), not its own", async () => {
  const dir = await copyProject();
  const lock = path.join(dir, 'locales/ja/_sources.lock');
  const entries = JSON.parse(await readFile(lock, 'utf8'));
  const padded = JSON.stringify({ ...entries, 'story:padding': { source: 'x'.repeat(LIMITS.fileBytes), translation: '000000000000' } });
  await writeFile(lock, padded);
  const findings: Finding[] = [];
  const locales = await loadLocales(dir, ['en', 'ja', 'ko'], findings);
  assert.deepEqual(shown(findings), []);
  assert.equal(locales.get('ja')!.lock.get('story:padding')?.source.length, LIMITS.fileBytes);
  await truncate(lock, LIMITS.lockBytes + 1);
  assert.equal((await loadLocales(dir, ['en', 'ja', 'ko'], findings)).get('ja')!.lock.size, 0);
  assert.deepEqual(shown(findings), [
    'locales/ja/_sources.lock This file is 131,073 KB, over the limit of 131,072 KB per file. Fix: Split it into smaller files, or check that it is the file you meant.',
  ]);
});

test('a chapter unit over the length limit, and a chapter over the unit count, are refused', () => {
  const findings: Finding[] = [];
  parseChapter('c', 'content/chapters/c.md', `---\ntitle: T\ndescription: D\n---\n\n${'a'.repeat(LIMITS.stringChars + 1)} {#p-000001}\n`, findings);
  assert.deepEqual(shown(findings), [
    'content/chapters/c.md:6 [p-000001] This unit is 20,001 characters long, over the limit of 20,000 characters per unit. Fix: Split it: a unit is one paragraph, heading or item.',
  ]);
  const many: Finding[] = [];
  const body = Array.from({ length: LIMITS.unitsPerFile + 1 }, (_, i) => `P ${i} {#p-${i.toString(16).padStart(6, '0')}}`).join('\n\n');
  assert.equal(parseChapter('c', 'content/chapters/c.md', `---\ntitle: T\ndescription: D\n---\n\n${body}\n`, many), null);
  assert.deepEqual(shown(many), ['content/chapters/c.md This chapter has 10,001 units, over the limit of 10,000 units per chapter. Fix: Split it into several chapters.']);
});

test('i18n:import refuses a target over the length limit, at its line', async () => {
  const dir = await copyProject();
  const po = path.join(dir, 'long.po');
  await writeFile(
    po,
    `msgid ""\nmsgstr ""\n"Language: ja\\n"\n"X-Editions-Namespace: the-route\\n"\n\nmsgctxt "title"\nmsgid "x"\nmsgstr "${'長'.repeat(LIMITS.stringChars + 1)}"\n`,
  );
  const [summary] = await importFiles(dir, [po], { acceptStale: true });
  assert.deepEqual(shown(summary!.findings), [
    'long.po:6 [title] This translation is 20,001 characters long, over the limit of 20,000 characters per text. Fix: A unit is one paragraph, heading or item: check that the target is the translation of its source.',
  ]);
  assert.equal(summary!.refused, 1);
});

test('a locale file over the text count is refused once, with advice for its kind of file', () => {
  const over = (n: number) => JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [`p-${i}`, `t ${i}`])), null, 1);
  const chapter: Finding[] = [];
  parseLocaleFile(over(LIMITS.unitsPerFile + 3), 'locales/ja/c.json', 'c', chapter);
  assert.deepEqual(shown(chapter), [
    'locales/ja/c.json:10002:13 This file holds more than 10,000 texts, over the limit of 10,000 texts per file. Fix: Split the chapter it translates into several chapters.',
  ]);
  const quotes: Finding[] = [];
  parseLocaleFile(over(LIMITS.unitsPerFile + 3), 'locales/ja/quotes.json', 'quotes', quotes);
  assert.deepEqual(shown(quotes), [
    'locales/ja/quotes.json:10002:13 This file holds more than 10,000 texts, over the limit of 10,000 texts per file. Fix: Check that it is the file you meant: the limit is per file, and one publication cannot give this file more texts.',
  ]);
  const full: Finding[] = [];
  assert.equal(parseLocaleFile(over(LIMITS.unitsPerFile), 'locales/ja/c.json', 'c', full)?.strings.size, LIMITS.unitsPerFile);
  assert.deepEqual(shown(full), []);
});
