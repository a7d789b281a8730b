import assert from 'node:assert/strict';
import { test } from 'node:test';
import { presentQuote } from '../../../src/model/quotes.ts';

const note = { language: 'ko', published: 'en' };

test('a Korean note published only in English is never presented as original in Korean', () => {
  assert.deepEqual(presentQuote(note, 'ko', 'en'), { shows: 'translation', lang: 'ko', note: 'not-original', from: 'locale' });
});

test('the English edition shows the published translation and says the original is unpublished', () => {
  assert.deepEqual(presentQuote(note, 'en', 'en'), { shows: 'translation', lang: 'en', note: 'published-translation', from: 'content' });
});

test('other editions translate from the published version', () => {
  assert.equal(presentQuote(note, 'ja', 'en').note, 'translated-published');
  assert.equal(presentQuote({ language: 'en', published: 'en' }, 'ja', 'en').note, 'translated');
  assert.equal(presentQuote({ language: 'und', published: 'en' }, 'ko', 'en').note, 'translated-unstated');
  assert.equal(presentQuote({ language: 'und', published: 'en' }, 'en', 'en').note, 'published-unstated');
});

test('published original words are shown as original in their own language', () => {
  assert.deepEqual(presentQuote({ language: 'ko', published: 'en', original: '원문' }, 'ko', 'en'), { shows: 'original', lang: 'ko', note: 'original', from: 'content' });
  assert.deepEqual(presentQuote({ language: 'en', published: 'en' }, 'en', 'en'), { shows: 'original', lang: 'en', note: 'original', from: 'content' });
});

test('a source edition in another language shows the text of content/ as its own translation, whatever language the quote was published in', () => {
  const resident = { language: 'ko', published: 'ko', original: '원문' };
  assert.deepEqual(presentQuote(resident, 'ja', 'ja'), { shows: 'translation', lang: 'ja', note: 'translated', from: 'content' });
  assert.deepEqual(presentQuote(resident, 'ko', 'ja'), { shows: 'original', lang: 'ko', note: 'original', from: 'content' });
  assert.deepEqual(presentQuote(resident, 'en', 'ja'), { shows: 'translation', lang: 'en', note: 'translated', from: 'locale' });
  const report = { language: 'en', published: 'en' };
  assert.deepEqual(presentQuote(report, 'ja', 'ja'), { shows: 'translation', lang: 'ja', note: 'translated', from: 'content' });
  assert.equal(presentQuote({ language: 'vi', published: 'ko' }, 'ja', 'ja').note, 'translated-published');
});
