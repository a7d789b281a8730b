import assert from 'node:assert/strict';
import { test } from 'node:test';
import { languageFacts } from '../../../src/languages.ts';
import { names } from '../../../src/qa/glossary.ts';
import { doubledWord, sourceLeftover, typography, unbalanced } from '../../../src/qa/punctuation.ts';

test('unbalanced: the first mark left open or closed twice', () => {
  assert.equal(unbalanced('「兵士」は『手帳』を（二冊）'), null);
  assert.equal(unbalanced('「兵士」」'), '」');
  assert.equal(unbalanced('“어머니 당'), '“');
  assert.equal(unbalanced('（IISS'), '（');
});

test('a name is found whole in spaced scripts, and inside words where none are spaced', () => {
  assert.equal(names('Jong wrote', 'Jong'), true);
  assert.equal(names('in Jongno', 'Jong'), false);
  assert.equal(names('ロシア・クルスク州で', 'クルスク'), true);
  assert.equal(names('쿠르스크에서', '쿠르스크'), true);
});

test('source-language leftovers, whichever the source language', () => {
  assert.equal(sourceLeftover('兵士は the drone was spotted と書いた', []), 'the drone was spotted');
  assert.equal(sourceLeftover('英国際戦略研究所（IISS）の The Military Balance', []), null);
  assert.equal(sourceLeftover('He wrote 彼は書いた in his note', [], 'ja'), '彼は書いた');
  assert.equal(sourceLeftover('The Kursk region (クルスク州) is Russian', [], 'ja'), null, 'a name in katakana and kanji is not a sentence');
  assert.equal(sourceLeftover('They said 병사들은 돌아왔다 twice', [], 'ko'), '병사들은 돌아왔다');
});

test('a story written in Korean: the Korean pasted into the English edition is identical, and a Korean phrase left in it is a leftover', () => {
  const en = languageFacts('en');
  assert.deepEqual(
    typography('병사들은 한국어로 썼다.', '병사들은 한국어로 썼다.', en, 'ko', []).map((i) => i.code),
    ['qa-identical'],
  );
  assert.deepEqual(
    typography('병사들은 한국어로 썼다.', 'The soldiers 한국어로 썼다.', en, 'ko', []).map((i) => i.code),
    ['qa-source-leftover'],
  );
});

test('doubled words, and no doubling across a comma', () => {
  assert.equal(doubledWord('병사들이 병사들이 돌아왔다'), '병사들이 병사들이');
  assert.equal(doubledWord('병사들이, 병사들이'), null);
});

test('katakana names one letter apart are one name spelled twice; other words are not', async () => {
  const { misspelledName, nameParts, oneEditApart } = await import('../../../src/qa/spelling.ts');
  assert.deepEqual(nameParts(['ウォロディミル・ゼレンスキー', '金正恩', 'ロシア']), ['ウォロディミル', 'ゼレンスキー']);
  assert.deepEqual(misspelledName('サムソン製のスマートフォン', ['サムスン']), { found: 'サムソン', name: 'サムスン' });
  assert.equal(misspelledName('サムスン製のスマートフォン', ['サムスン']), null);
  assert.equal(oneEditApart('クルスク', 'クルスクー'), true);
  assert.equal(oneEditApart('テレグラム', 'テレビ'), false);
});
