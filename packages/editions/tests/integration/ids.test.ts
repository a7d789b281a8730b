import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assignIds } from '../../src/cli/ids.ts';

const chapter = '---\ntitle: T\ndescription: D\n---\n\nKept {#p-old}\n\nNew paragraph\nover two lines\n\n## A heading\n\n::: quote q\n:::\n';

test('ids are added only where missing, at the end of the block', () => {
  let n = 0;
  const { text, added } = assignIds(chapter, 'c.md', () => `p-new${++n}`);
  assert.deepEqual(added, ['p-new1', 'a-heading']);
  assert.match(text, /Kept \{#p-old\}\n/);
  assert.match(text, /New paragraph\nover two lines \{#p-new1\}\n/);
  assert.match(text, /## A heading \{#a-heading\}\n/);
  assert.match(text, /::: quote q\n:::\n$/);
});

test('running it twice changes nothing', () => {
  const once = assignIds(chapter, 'c.md').text;
  const twice = assignIds(once, 'c.md');
  assert.deepEqual(twice.added, []);
  assert.equal(twice.text, once);
});

test('a heading whose slug is taken gets a numbered id', () => {
  const { added } = assignIds('---\ntitle: T\ndescription: D\n---\n\n## Notes {#notes}\n\n## Notes\n', 'c.md');
  assert.deepEqual(added, ['notes-2']);
});

test("a figure's caption gets ids; the figure line is left alone", () => {
  let n = 0;
  const text = '---\ntitle: T\ndescription: D\n---\n\n::: figure map\n1. Step one\n2. Step two\n:::\n';
  const out = assignIds(text, 'c.md', () => `p-new${++n}`);
  assert.deepEqual(out.added, ['p-new1', 'p-new2']);
  assert.match(out.text, /::: figure map\n1\. Step one \{#p-new1\}\n2\. Step two \{#p-new2\}\n:::\n$/);
});
