/** The one escaper between the engine and a terminal: nothing a file holds acts on it, and JSON stays JSON. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { escapeControls, escapeLine, safeJson } from '../../../src/terminal.ts';
import { engineDir } from '../../helpers/project.ts';

const RAW = /[\p{Cc}\p{Bidi_Control}\u2028\u2029]/u;
/** Text rich in what terminals act on: C0, DEL, C1, every bidi control, separators, among letters. */
const hostile = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'\u0000\u0007\u0008\t\r\u001b\u007f\u0085\u009b\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029'),
    fc.constantFrom('[', ']', '0', ';', 'a', '語', '\n'),
  ),
  maxLength: 40,
});

test('escapeControls leaves no control or bidi character but the newline; escapeLine not even that', () => {
  fc.assert(
    fc.property(hostile, (text) => {
      assert.equal(RAW.exec(escapeControls(text).replace(/\n/g, '')), null);
      assert.equal(RAW.exec(escapeLine(text)), null);
    }),
  );
});

test('safeJson is valid JSON holding the same value, with nothing raw', () => {
  fc.assert(
    fc.property(hostile, (text) => {
      const json = safeJson({ key: text, list: [text] });
      assert.deepEqual(JSON.parse(json), { key: text, list: [text] });
      assert.equal(RAW.exec(json.replace(/\n/g, '')), null);
    }),
  );
});

test('no engine module writes to the terminal but src/terminal.ts', () => {
  const src = path.join(engineDir, 'src');
  const offenders = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((rel) => rel.endsWith('.ts') && rel !== 'terminal.ts')
    .filter((rel) => /\bconsole\.\w+\(|process\.(stdout|stderr)\.write\(/.test(readFileSync(path.join(src, rel), 'utf8')));
  assert.deepEqual(offenders, []);
});
