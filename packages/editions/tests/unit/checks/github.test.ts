import assert from 'node:assert/strict';
import test from 'node:test';
import { annotation, summaryTable } from '../../../src/cli/github.ts';

test('a finding becomes a GitHub annotation on its file and line, with nothing raw from the file', () => {
  const line = annotation({
    severity: 'error',
    code: 'missing',
    file: 'locales/ja/quotes.json',
    line: 4,
    key: 'quote.a',
    what: 'No ja translation.\n\u001b[31mred',
    fix: 'Add it: 100%.',
  });
  assert.equal(line, '::error file=locales/ja/quotes.json,line=4,title=missing [quote.a]::No ja translation.\\n\\u{1b}[31mred Fix: Add it: 100%25.');
  assert.doesNotMatch(line, /[\u0000-\u001f]/);
  assert.match(annotation({ severity: 'warning', code: 'outdated', file: 'a,b:c.json', what: 'w', fix: 'f' }), /^::warning file=a%2Cb%3Ac\.json,title=outdated::w Fix: f$/);
});

test('the job summary has one row per edition with its counts', () => {
  const table = summaryTable([{ locale: 'ja', mode: 'strict', rows: [], total: { translated: 3, reviewed: 0, missing: 1, outdated: 2, total: 6 }, todo: [] }], 1, 0);
  assert.match(table, /\| ja \| strict \| 3 \| 1 \| 2 \|/);
  assert.match(table, /1 error\(s\), 0 warning\(s\)\./);
});
