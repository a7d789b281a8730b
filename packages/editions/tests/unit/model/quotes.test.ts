import assert from 'node:assert/strict';
import { test } from 'node:test';
import { presentQuote } from '../../../src/model/quotes.ts';

const note = { language: 'ko', published: 'en' };

test('a Korean note published only in English is never presented as original in Korean', () => {
  assert.deepEqual(presentQuote(note, 'ko'), { shows: 'translation', lang: 'ko', note: 'not-original', from: 'locale' });
});

test('the English edition shows the published translation and says the original is unpublished', () => {
  assert.deepEqual(presentQuote(note, 'en'), { shows: 'translation', lang: 'en', note: 'published-translation', from: 'content' });
});

test('other editions translate from the published version', () => {
  assert.equal(presentQuote(note, 'ja').note, 'translated-published');
  assert.equal(presentQuote({ language: 'en', published: 'en' }, 'ja').note, 'translated');
  assert.equal(presentQuote({ language: 'und', published: 'en' }, 'ko').note, 'translated-unstated');
  assert.equal(presentQuote({ language: 'und', published: 'en' }, 'en').note, 'published-unstated');
});

test('published original words are shown as original in their own language', () => {
  assert.deepEqual(presentQuote({ language: 'ko', published: 'en', original: '원문' }, 'ko'), { shows: 'original', lang: 'ko', note: 'original', from: 'content' });
  assert.deepEqual(presentQuote({ language: 'en', published: 'en' }, 'en'), { shows: 'original', lang: 'en', note: 'original', from: 'content' });
});
