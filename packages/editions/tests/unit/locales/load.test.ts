import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatFinding, type Finding } from '../../../src/errors.ts';
import { parseLocaleFile } from '../../../src/locales/load.ts';

test('broken JSON is reported with file, line and column', () => {
  const findings: Finding[] = [];
  const parsed = parseLocaleFile('{\n  "a": "x",\n}\n', 'locales/ja/ui.json', 'ui', findings);
  assert.equal(parsed, null);
  assert.equal(
    formatFinding(findings[0]!),
    'locales/ja/ui.json:3:1 This file is not valid JSON: Unexpected token RBrace found. Fix: Correct the JSON at that line and column (look for a missing quote or comma, or a trailing comma).',
  );
});

test('a byte-order mark and CRLF line endings are accepted silently', () => {
  const findings: Finding[] = [];
  const parsed = parseLocaleFile('\uFEFF{\r\n  "a": "x"\r\n}\r\n', 'f.json', 'ui', findings);
  assert.deepEqual(findings, []);
  assert.equal(parsed!.strings.get('a'), 'x');
});

test('decomposed Korean is normalized to NFC, with a warning', () => {
  const findings: Finding[] = [];
  const nfd = '한국어'.normalize('NFD');
  const parsed = parseLocaleFile(JSON.stringify({ quote: { x: nfd } }), 'locales/ko/quotes.json', 'quotes', findings);
  assert.equal(parsed!.strings.get('quote.x'), '한국어');
  assert.deepEqual(
    findings.map((f) => [f.code, f.severity, f.key]),
    [['nfd', 'warning', 'quote.x']],
  );
});

test('a translation that is not a string is an error at its line', () => {
  const findings: Finding[] = [];
  parseLocaleFile('{\n  "a": 3,\n  "b": null\n}', 'f.json', 'ui', findings);
  assert.deepEqual(
    findings.map((f) => [f.code, f.key, f.line]),
    [
      ['not-a-string', 'a', 2],
      ['not-a-string', 'b', 3],
    ],
  );
});

test('a well-formed file still knows the line of every key, for findings', () => {
  const parsed = parseLocaleFile('{\n  "a": "x",\n  "b": {\n    "c": "y"\n  }\n}\n', 'f.json', 'ui', []);
  assert.equal(parsed!.strings.get('b.c'), 'y');
  assert.deepEqual([parsed!.lines.get('a'), parsed!.lines.get('b.c')], [2, 4]);
});

test('a key written twice is an error at its second line (JSON.parse alone would keep the last silently)', () => {
  const findings: Finding[] = [];
  const parsed = parseLocaleFile('{\n  "title": "一",\n  "note": "a \\": b",\n  "title": "二"\n}', 'locales/ja/x.json', 'x', findings);
  assert.deepEqual(
    findings.map((f) => [f.code, f.key, f.line]),
    [['duplicate-key', 'title', 4]],
  );
  assert.equal(parsed!.strings.get('title'), '二');
});
