import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../../../src/errors.ts';
import { parseBlocks, slugify } from '../../../src/markdown/units.ts';

test('blocks become units with their ids, kinds and lines', () => {
  const findings: Finding[] = [];
  const body = 'First *para* {#p-1}\n\n## Why it matters {#why}\n\n- one {#i-1}\n- two {#i-2}\n\n::: quote note-x\n:::\n\nNo id yet\n';
  const blocks = parseBlocks(body, 'c.md', 4, findings);
  assert.deepEqual(findings, []);
  assert.deepEqual(
    blocks.map((b) => [b.unit.id, b.unit.kind, b.unit.source, b.unit.line]),
    [
      ['p-1', 'paragraph', 'First *para*', 5],
      ['why', 'heading', 'Why it matters', 7],
      ['i-1', 'item', 'one', 9],
      ['i-2', 'item', 'two', 10],
      ['note-x', 'quote', 'note-x', 12],
      [null, 'paragraph', 'No id yet', 15],
    ],
  );
  assert.equal(blocks[2]!.unit.list, blocks[3]!.unit.list);
});

test('a figure container holds its caption: units marked with the figure, numbered lists kept', () => {
  const findings: Finding[] = [];
  const body = '::: figure route-map\n1. First {#i-1}\n2. Second {#i-2}\n:::\n\nAfter {#p-2}\n';
  const blocks = parseBlocks(body, 'c.md', 0, findings);
  assert.deepEqual(findings, []);
  assert.deepEqual(
    blocks.map((b) => [b.unit.id, b.unit.kind, b.unit.figure, b.unit.ordered]),
    [
      ['route-map', 'figure', undefined, undefined],
      ['i-1', 'item', 'route-map', true],
      ['i-2', 'item', 'route-map', true],
      ['p-2', 'paragraph', undefined, undefined],
    ],
  );
});

test('a heading inside a figure is refused', () => {
  const findings: Finding[] = [];
  parseBlocks('::: figure map\n## Title {#t}\n:::\n', 'c.md', 0, findings);
  assert.deepEqual(
    findings.map((f) => [f.code, f.line]),
    [['unsupported-block', 2]],
  );
});

test('unsupported blocks are named with their line', () => {
  const findings: Finding[] = [];
  parseBlocks('> a blockquote\n\n```\ncode\n```\n', 'c.md', 0, findings);
  assert.deepEqual(
    findings.map((f) => [f.code, f.line]),
    [
      ['unsupported-block', 1],
      ['unsupported-block', 3],
    ],
  );
});

test('slugify makes readable anchors', () => {
  assert.equal(slugify('Why party membership matters'), 'why-party-membership-matters');
  assert.equal(slugify('A letter signed "Kim Jong Un"'), 'a-letter-signed-kim-jong-un');
  // CJK headings keep their own words (a heading of punctuation only still gets an id).
  assert.equal(slugify('日本語'), '日本語');
  assert.equal(slugify('ドローン戦の「訓練」'), 'ドローン戦の-訓練');
  assert.equal(slugify('2024년 3월, 쿠르스크'), '2024년-3월-쿠르스크');
  assert.equal(slugify('「」'), 'section');
  assert.equal(slugify('Élan vital'), 'elan-vital');
});
