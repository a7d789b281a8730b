import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkPageQuotes, type RenderedQuote } from '../../../src/checks/page-quotes.ts';
import { formatFinding } from '../../../src/errors.ts';
import { loadModel } from '../../../src/model/load.ts';
import { projectDir } from '../../helpers/project.ts';

const { model } = await loadModel(projectDir);
const page = { url: '/ko/the-letter/', locale: 'ko', slug: 'the-letter' };
const good: RenderedQuote[] = [
  { id: 'letter-kim', lang: 'ko', text: '몸 성히 돌아오라.', status: null },
  { id: 'note-birthday', lang: 'ko', text: '2024년 12월. 생일을 맞았다.', status: null },
  { id: 'note-wish', lang: 'ko', text: '건강을 기원한다.', status: null },
];
const check = (rendered: RenderedQuote[]) => checkPageQuotes(model, page, rendered).map(formatFinding);
const replace = (id: string, patch: Partial<RenderedQuote> | null) => good.flatMap((q) => (q.id !== id ? [q] : patch === null ? [] : [{ ...q, ...patch }]));

test('a page with every quote translated passes', () => {
  assert.deepEqual(check(good), []);
});

test('the English source standing in for a Korean quote is named with file and key', () => {
  assert.deepEqual(check(replace('note-wish', { lang: 'en', text: 'Wishing you health.', status: 'missing' })), [
    'locales/ko/quotes.json [quote.note-wish] On /ko/the-letter/ (ko), quote "note-wish" is not translated: the page shows the English source text. Fix: Add "quote.note-wish" to locales/ko/quotes.json.',
  ]);
});

test('each other fault gets its own message', () => {
  assert.match(check(replace('note-wish', null))[0]!, /quote "note-wish" is not on the page\./);
  assert.match(check(replace('note-wish', { text: '  ' }))[0]!, /quote "note-wish" is empty\./);
  assert.match(check(replace('note-wish', { text: 'quote.note-wish' }))[0]!, /shows the raw key "quote\.note-wish"/);
  assert.match(check(replace('note-wish', { lang: 'ja' }))[0]!, /has lang="ja" but shows ko text/);
  assert.match(check(replace('note-wish', { text: 'Gesundheit' }))[0]!, /does not look like Korean/);
  assert.match(check([...good, { id: 'lee-membership', lang: 'ko', text: '당', status: null }])[0]!, /quote "lee-membership" appears but the chapter does not reference it/);
});
