/** The small pure rules behind the untrusted-input defences, each with inputs an attacker would try. */
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { formatFinding } from '../../../src/errors.ts';
import { decodeUtf8, jsonDepth } from '../../../src/files/safe-files.ts';
import { isBlankText } from '../../../src/locales/blank.ts';
import { publishedDate, slugProblem } from '../../../src/model/story-fields.ts';
import { escapeControls, safeJson } from '../../../src/terminal.ts';
import { forbiddenXmlChar } from '../../../src/xml/chars.ts';
import type { Finding } from '../../../src/errors.ts';
import { checkModel } from '../../../src/checks/model.ts';
import { createTranslator } from '../../../src/translator/i18n.ts';
import { loadModel } from '../../../src/model/load.ts';
import { importFiles } from '../../../src/exchange/import.ts';
import { copyProject, editJson } from '../../helpers/project.ts';

test('invisible text counts as blank; any visible letter does not', () => {
  for (const blank of ['', ' ', '\u200b', '\u00ad\u200d\u2060\ufeff', '\u200e\u202e', '\u3164', '\u2800', '\u115f\u1160', '\u034f'])
    assert.ok(isBlankText(blank), JSON.stringify(blank));
  for (const seen of ['a', '\u200bx', '。', '1', 'ㅤ가']) assert.ok(!isBlankText(seen), JSON.stringify(seen));
});

/** Every Default_Ignorable_Code_Point, read from the regex engine's Unicode tables rather than a hand list. */
const ignorable = Array.from({ length: 0x110000 }, (_, c) => c).filter((c) => (c < 0xd800 || c > 0xdfff) && /\p{Default_Ignorable_Code_Point}/u.test(String.fromCodePoint(c)));

test('a string of any default-ignorable code points (variation selectors, tags, fillers…) is blank; one visible character makes it text', () => {
  assert.ok(ignorable.length > 4000 && [0xfe0f, 0xe0100, 0x180b, 0xe0041, 0x3164].every((c) => ignorable.includes(c)));
  const invisible = fc.array(fc.constantFrom(...ignorable), { maxLength: 12 }).map((cs) => String.fromCodePoint(...cs));
  fc.assert(fc.property(invisible, (text) => isBlankText(text)));
  fc.assert(fc.property(invisible, invisible, fc.constantFrom('a', '가', '語', '1', '。', 'ß', '😀'), (a, b, seen) => !isBlankText(a + seen + b)));
});

test('XML-forbidden characters are found; what XML allows is not', () => {
  assert.equal(forbiddenXmlChar('ok\t\n\r 😀 \u2028'), null);
  assert.equal(forbiddenXmlChar('a\u0001'), 1);
  assert.equal(forbiddenXmlChar('\ufffe'), 0xfffe);
  assert.equal(forbiddenXmlChar('lone \ud800 half'), 0xd800);
  assert.equal(forbiddenXmlChar('\u001b[31m'), 0x1b);
});

test('slugs: lower-case ASCII, digits, hyphens; not reserved', () => {
  for (const ok of ['the-route', 'chapter-2', 'a']) assert.equal(slugProblem(ok), null, ok);
  for (const bad of ['The-Route', 'a b', 'a&b', 'café', '-a', 'a--b', '../x', 'feed.xml', '']) assert.equal(slugProblem(bad), 'bad', bad);
  for (const reserved of ['ui', 'quotes', 'story', 'figures', 'glossary', 'corrections', 'search', 'translation-status', '404', 'assets', 'pagefind'])
    assert.equal(slugProblem(reserved), 'reserved', reserved);
});

test('published: must be a real calendar date', () => {
  const findings: Finding[] = [];
  const text = () => '---\ntitle: t\npublished: x\n---\n';
  assert.equal(publishedDate('2024-02-29', text, findings), '2024-02-29');
  for (const bad of ['2023-02-29', '2024-13-01', '24-01-01', '2024-01-01T00:00:00Z<x>', '', 'now']) assert.equal(publishedDate(bad, text, findings), null, bad);
  assert.equal(findings[0]!.line, 3);
});

test('strict UTF-8: UTF-16 and invalid bytes are findings, never U+FFFD', () => {
  const findings: Finding[] = [];
  assert.equal(decodeUtf8(Buffer.from('{"a": "é"}'), 'x.json', findings), '{"a": "é"}');
  assert.equal(decodeUtf8(Buffer.from('{"a": 1}', 'utf16le'), 'x.json', findings), null);
  assert.equal(decodeUtf8(Buffer.from([0x7b, 0x0a, 0x22, 0xe3, 0x81]), 'x.json', findings), null);
  assert.equal(decodeUtf8(Buffer.from([0xed, 0xa0, 0x80]), 'x.json', findings), null, 'an encoded surrogate is not UTF-8');
  assert.deepEqual(
    findings.map(formatFinding).map((f) => f.split(' Fix:')[0]),
    [
      'x.json:1 This file is not UTF-8 text: it is UTF-16.',
      'x.json:2 This file is not UTF-8 text: the byte 0xe3 at line 2 is not valid UTF-8 (another encoding, such as Latin-1 or Shift JIS?).',
      'x.json:1 This file is not UTF-8 text: the byte 0xed at line 1 is not valid UTF-8 (another encoding, such as Latin-1 or Shift JIS?).',
    ],
  );
});

test('JSON depth is counted without parsing, strings skipped', () => {
  assert.equal(jsonDepth('{"a": {"b": "{[{["}}'), 2);
  assert.equal(jsonDepth('{"a": "\\"{"}'), 1);
  assert.equal(jsonDepth('['.repeat(100000)), 100000);
});

test('terminal: control characters and bidi overrides are shown, never acted on', () => {
  assert.equal(escapeControls('a\u001b[2Jb\u0007\u009b\u202e'), 'a\\u{1b}[2Jb\\u{7}\\u{9b}\\u{202e}');
  assert.equal(escapeControls('line\nnext'), 'line\nnext');
  const finding = formatFinding({ severity: 'error', code: 'x', file: 'f\u001b]0;t\u0007.json', key: 'k\nfake: line', what: 'w', fix: 'f' });
  assert.ok(!/[\u0000-\u001f]/.test(finding), finding);
  assert.equal(JSON.parse(safeJson({ k: '\u009b\u202e' })).k, '\u009b\u202e', 'the JSON output stays valid and lossless');
  assert.ok(!/[\u0080-\u009f\u202e]/.test(safeJson({ k: '\u009b\u202e' })));
});

test('a translation that renders as nothing (entities, empty emphasis) counts as missing', async () => {
  const dir = await copyProject();
  await editJson(dir, 'locales/ja/the-route.json', (d) => {
    d['p-083f09'] = '&#8203;&shy;';
    d.title = '*\u200b*';
  });
  const { model } = await loadModel(dir);
  const missing = checkModel(model, createTranslator(model))
    .filter((f) => f.code === 'missing')
    .map((f) => f.key);
  assert.deepEqual(missing.sort(), ['p-083f09', 'title']);
});

test('i18n:import reads a target of only invisible characters as no translation, by the same definition', async () => {
  const dir = await copyProject();
  const po = path.join(dir, 'invisible.po');
  await writeFile(po, 'msgid ""\nmsgstr ""\n"Language: ja\\n"\n"X-Editions-Namespace: the-route\\n"\n\nmsgctxt "title"\nmsgid "x"\nmsgstr "\ufe0f\u{e0100}\u180b\u200b"\n');
  const [summary] = await importFiles(dir, [po], { acceptStale: true });
  assert.deepEqual({ added: summary!.added, changed: summary!.changed, unchanged: summary!.unchanged }, { added: 0, changed: 0, unchanged: 1 });
});
