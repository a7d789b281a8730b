/** The cards: drawn in the edition's own face from the installed font packages, 1200 × 630, the same bytes for the same text. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cardKey, drawCard } from '../../../src/cards/card.ts';
import { fontsFor, parseRanges } from '../../../src/cards/fonts.ts';
import { pngSize } from '../../helpers/book.ts';

test('each edition draws in its own face, reading only the subsets its text needs', () => {
  const families = (lng: string, text: string) => [...new Set(fontsFor(lng, text).map((f) => f.family.replace(/ [\w-]+$/, '')))];
  assert.deepEqual(families('ja', '骨と海'), ['Noto Serif JP']);
  assert.deepEqual(families('ko', '새벽의 항구'), ['Noto Serif KR']);
  assert.deepEqual(families('en', 'The harbour'), ['Noto Serif']);
  // A Korean name inside a Japanese title comes from the Korean face; Latin from the Japanese face's own Latin.
  assert.deepEqual(families('ja', 'Editions 김정은 港'), ['Noto Serif JP', 'Noto Serif KR']);
  assert.ok(fontsFor('ja', '港').length <= 4, 'one subset, two weights');
  assert.ok(fontsFor('ja', '港').every((f) => f.file.endsWith('.woff') && f.file.includes('node_modules')));
  assert.deepEqual(parseRanges('U+0000-00FF,U+0131'), [
    [0, 255],
    [305, 305],
  ]);
});

test('a card is a 1200 × 630 PNG, the same bytes each time it is drawn, its key changing with its text', { timeout: 60_000 }, async () => {
  const spec = { locale: 'ja', title: '北朝鮮からクルスクへ', kicker: 'Editions', footer: '異国の戦場に残されたメモ' };
  const first = await drawCard(spec);
  assert.deepEqual(pngSize(first), { width: 1200, height: 630 });
  assert.deepEqual(await drawCard({ ...spec }), first);
  assert.equal(cardKey(spec), cardKey({ ...spec }));
  assert.notEqual(cardKey(spec), cardKey({ ...spec, title: '北朝鮮から' }));
});
