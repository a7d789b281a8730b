import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bestLocation, localStop, resultView, type ResultData } from '../../../templates/assets/search/results.js';

/** A result as Pagefind returns it for an English page: words split on spaces. */
const en: ResultData = {
  url: '/en/the-route/',
  content: 'From North Korea to Kursk. How did the troops reach the war? Vladivostok. On 18 October a video appeared on Telegram.',
  meta: { title: 'From North Korea to Kursk' },
  anchors: [
    { element: 'h1', id: 'title', text: 'From North Korea to Kursk', location: 0 },
    { element: 'p', id: 'p-7a3b6e', text: 'How did the troops reach the war?', location: 5 },
    { element: 'h2', id: 'vladivostok', text: 'Vladivostok English 日本語', location: 12 },
    { element: 'p', id: 'p-083f09', text: 'On 18 October a video appeared on Telegram.', location: 13 },
  ],
  weighted_locations: [
    { weight: 1, balanced_score: 10, location: 20 },
    { weight: 1, balanced_score: 4, location: 7 },
  ],
  locations: [7, 20],
};

test('a result links to the unit holding its best match, under its section', () => {
  const view = resultView(en);
  assert.equal(view.url, '/en/the-route/#p-083f09');
  assert.equal(view.title, 'From North Korea to Kursk');
  // The section's own words, not the section links its anchor text carries.
  assert.equal(view.section, 'Vladivostok');
  assert.deepEqual(view.excerpt, [
    { text: 'On 18 October a video appeared on ', mark: false },
    { text: 'Telegram.', mark: true },
  ]);
  assert.equal(view.cutBefore, false);
  assert.equal(view.cutAfter, false);
});

test('a long unit is cut around the match', () => {
  const view = resultView(en, 12);
  assert.ok(view.cutBefore);
  assert.equal(view.excerpt.at(-1)?.text, 'Telegram.');
});

test('a match in the title or standfirst links to the page itself', () => {
  const view = resultView({ ...en, weighted_locations: [{ weight: 7, balanced_score: 50, location: 3 }], locations: [3] });
  assert.equal(view.url, '/en/the-route/');
  assert.equal(view.section, '');
});

test('Japanese: words are split where Pagefind put U+200B, and index-only soft hyphens are dropped', () => {
  const content = ['北朝鮮', 'から', 'クルスク', 'へ. ', '約', '\u00AD1\u00AD', '万人', 'が', '派遣', 'さ', 'れ', 'た。'].join('\u200B');
  const view = resultView({
    url: '/ja/the-route/',
    content,
    raw_content: content,
    meta: { title: '北朝鮮からクルスクへ' },
    anchors: [
      { element: 'h1', id: 'title', location: 0 },
      { element: 'p', id: 'p-53d4cd', location: 4 },
    ],
    weighted_locations: [
      { weight: 1, balanced_score: 5, location: 5 },
      { weight: 1, balanced_score: 5, location: 6 },
    ],
    locations: [5, 6],
  });
  assert.equal(view.url, '/ja/the-route/#p-53d4cd');
  assert.deepEqual(view.excerpt, [
    { text: '約', mark: false },
    { text: '1万人', mark: true },
    { text: 'が派遣された。', mark: false },
  ]);
});

test('a result found by a filter alone has no best match', () => {
  assert.equal(bestLocation([]), null);
  assert.equal(resultView({ ...en, weighted_locations: [], locations: [] }).url, '/en/the-route/');
});

/**
 * Japanese as Pagefind returns it: the title, then the standfirst (anchored as
 * #description), joined by Pagefind's Latin ". " (regression: the excerpt read
 * 「ドローンとの戦い方を学ぶ. 手描きの図には…」).
 */
const jaWords = [
  'ドローン',
  'と',
  'の',
  '戦い方',
  'を',
  '学ぶ. ',
  '手描き',
  'の',
  '図',
  'に',
  'は',
  '記さ',
  'れ',
  'て',
  'い',
  'た。 ',
  '兵士',
  'の',
  '手順',
  '1',
  '人',
  'が',
  '撃つ. ',
  'チョン',
  '・',
  'ギョンホン',
];
const ja: ResultData = {
  url: '/ja/drone-warfare/',
  content: jaWords.join('\u200B'),
  raw_content: jaWords.join('\u200B'),
  meta: { title: 'ドローンとの戦い方を学ぶ' },
  anchors: [
    { element: 'h1', id: 'title', location: 0 },
    { element: 'p', id: 'description', location: 6 },
    { element: 'figure', id: 'quote-note-drone-drill', location: 16 },
  ],
  weighted_locations: [{ weight: 1, balanced_score: 9, location: 6 }],
  locations: [6],
};

test('Japanese: the excerpt never joins the title to the standfirst', () => {
  const view = resultView(ja);
  assert.equal(view.title, 'ドローンとの戦い方を学ぶ');
  assert.equal(view.url, '/ja/drone-warfare/');
  assert.deepEqual(
    view.excerpt.map((p) => ({ ...p, text: p.text.trim() })),
    [
      { text: '手描き', mark: true },
      { text: 'の図には記されていた。', mark: false },
    ],
  );
  assert.ok(
    !view.excerpt
      .map((p) => p.text)
      .join('')
      .includes('学ぶ'),
  );
});

test('a match in the title shows the standfirst under it, not the title again', () => {
  const view = resultView({ ...ja, weighted_locations: [{ weight: 7, balanced_score: 20, location: 0 }], locations: [0, 17] });
  assert.equal(
    view.excerpt
      .map((p) => p.text)
      .join('')
      .trim(),
    '手描きの図には記されていた。',
  );
});

test('Japanese: a Latin stop Pagefind added after a block becomes 。 inside the excerpt and goes at its end', () => {
  const inside = resultView({ ...ja, weighted_locations: [{ weight: 1, balanced_score: 9, location: 18 }], locations: [18] });
  assert.equal(
    inside.excerpt
      .map((p) => p.text)
      .join('')
      .trim(),
    '兵士の手順1人が撃つ。チョン・ギョンホン',
  );
  const atEnd = resultView({ ...ja, weighted_locations: [{ weight: 1, balanced_score: 9, location: 21 }], locations: [21] }, 4);
  assert.deepEqual(atEnd.excerpt, [
    { text: 'が', mark: true },
    { text: '撃つ', mark: false },
  ]);
});

test('Korean and English keep their own full stops', () => {
  assert.equal(localStop('익히다. ', '', true), '익히다. ');
  assert.equal(localStop('Kursk.', '', false), 'Kursk.');
  assert.equal(localStop('. ', 'つ', false), '。');
  assert.equal(localStop('. ', 'つ', true), '');
});

test('a Korean result indexed as jamo is shown composed', () => {
  const jamo = (text: string) => text.normalize('NFD');
  const view = resultView({
    url: '/ko/the-notes/',
    content: jamo('메모 정경홍의 메모. 병사들의 말을 적었다.'),
    meta: { title: jamo('메모') },
    anchors: [
      { element: 'h1', id: 'title', text: jamo('메모'), location: 0 },
      { element: 'h2', id: 'the-notes', text: jamo('정경홍의 메모.'), location: 1 },
      { element: 'p', id: 'p-1', text: jamo('병사들의 말을 적었다.'), location: 3 },
    ],
    weighted_locations: [{ weight: 1, balanced_score: 5, location: 3 }],
    locations: [3],
  });
  assert.equal(view.title, '메모');
  assert.equal(view.section, '정경홍의 메모');
  assert.deepEqual(view.excerpt, [
    { text: '병사들의', mark: true },
    { text: ' 말을 적었다.', mark: false },
  ]);
});
