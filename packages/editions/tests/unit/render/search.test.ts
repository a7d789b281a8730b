import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editions as locales } from '../../helpers/project.ts';
import { languageFacts } from '../../../src/languages.ts';
import { createTranslator } from '../../../src/translator/i18n.ts';
import { loadModel } from '../../../src/model/load.ts';
import { hangulAsJamo } from '../../../src/render/korean-index.ts';
import { BOUNDARY, indexCopy, variantForms } from '../../../src/render/search-forms.ts';
import { buildSearchPages } from '../../../src/render/search-page.ts';
import { projectDir } from '../../helpers/project.ts';

const ja = languageFacts('ja').search;
const page = (body: string) => `<html lang="ja"><head><title>2025</title></head><body><main data-pagefind-body>${body}</main></body></html>`;

test('Japanese index copy: runs of digits and Latin letters are marked off as words, in text only', () => {
  const out = indexCopy(page('<p id="p-1a2b" data-x="1953">北朝鮮軍は1953年に、英国の研究所（IISS）は1.28万&amp;1&#12354;</p>'), ja);
  const b = BOUNDARY;
  assert.ok(out.includes(`北朝鮮軍は${b}1953${b}年に`));
  assert.ok(out.includes(`（${b}IISS${b}）は${b}1.28${b}万&amp;${b}1${b}&#12354;`), 'entities stay whole');
  assert.ok(out.includes('id="p-1a2b" data-x="1953"'), 'attributes are untouched');
});

test('Japanese index copy: names with variant kanji are indexed in their common form too', () => {
  assert.deepEqual(variantForms('礒﨑敦仁教授は、慶応義塾大学')[0], '磯崎敦仁教授');
  const out = indexCopy(page('<p>礒﨑敦仁教授は</p>'), ja);
  assert.match(out, /<meta data-pagefind-meta="forms\[content\]" content="磯崎敦仁教授 [^"]*"><\/head>/);
  assert.ok(out.includes('<p>礒﨑敦仁教授は</p>'), 'the text keeps its own spelling');
});

// Regression: the name's spelling was corrected from 礒﨑 to 礒崎 (issue #16); readers who type the old variant still find it.
test('Japanese index copy: a name with variant kanji is indexed in every spelling of its group, the old one included', () => {
  const forms = variantForms('礒崎敦仁教授は');
  for (const form of ['磯崎敦仁教授', '礒﨑敦仁教授', '磯﨑敦仁教授']) assert.ok(forms.includes(form), form);
  assert.ok(!forms.includes('礒崎敦仁教授'), 'the text itself needs no copy');
  assert.deepEqual(variantForms('国家情報院'), [], 'a run without a variant is left alone');
});

test('English index copies are the page as built', () => {
  const html = page('<p>In 1953 the 드론이 IISS 礒﨑</p>');
  assert.equal(indexCopy(html, languageFacts('en').search), html);
});

// Pagefind/pagefind#1211: Pagefind files a word whose NFD differs from it (every Hangul word) under a
// variant that its chunking does not count, so a Korean index stayed one chunk, downloaded by every search.
test('Korean index copy: Hangul in text is given as conjoining jamo, which Pagefind keeps on the word itself', () => {
  const html = page('<h1 title="드론">드론이</h1><p id="p-1">병사들의 1953년 IISS 礒﨑</p>');
  const out = indexCopy(html, languageFacts('ko').search);
  assert.equal(out, page(`<h1 title="드론">${'드론이'.normalize('NFD')}</h1><p id="p-1">${'병사들의 1953년'.normalize('NFD')} IISS 礒﨑</p>`));
  assert.ok(!/[\uAC00-\uD7A3]/.test(out.replace(/<[^>]*>/g, '')), 'no precomposed syllable is left in the text');
  assert.ok(out.includes('title="드론"'), 'attributes (filters, metadata) are untouched');
  assert.equal(hangulAsJamo('드론이 IISS').normalize('NFC'), '드론이 IISS', 'composing gives the text back');
  // Pagefind's own key for a word: NFD without combining marks. Jamo are their own NFD, so no variant is made.
  const key = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');
  assert.equal(key(hangulAsJamo('병사들의')), hangulAsJamo('병사들의'));
  assert.notEqual(key('병사들의'), '병사들의');
});

test('the search page of each edition carries its strings and filter choices', async () => {
  const { model } = await loadModel(projectDir);
  const views = buildSearchPages(model, createTranslator(model), locales);
  const en = views.find((v) => v.locale === 'en')!;
  const jaView = views.find((v) => v.locale === 'ja')!;
  const ko = views.find((v) => v.locale === 'ko')!;
  assert.equal(en.url, '/en/search/');
  // Placeholders are left for the script; one form per plural category of the language.
  assert.deepEqual(Object.keys(en.messages.results).sort(), ['one', 'other']);
  assert.equal(en.messages.results.one, '{{count}} chapter matches “{{query}}”.');
  assert.deepEqual(Object.keys(jaView.messages.results), ['other']);
  assert.equal(jaView.messages.results.other, '「{{query}}」を含む章：{{count}}件');
  assert.equal(ko.messages.none, '“{{query}}”에 대한 검색 결과가 없습니다. 다른 표기로 쓰거나 검색어를 줄여 보세요.');
  // Chapters in reading order, the story's own page first; speakers by their name in the edition.
  assert.deepEqual(
    jaView.chapters.map((c) => c.value),
    ['home', ...model.story.chapters.map((c) => c.slug)],
  );
  assert.equal(jaView.chapters[1]!.label, '自らを責めるメモ');
  assert.equal(ko.speakers.find((s) => s.value === 'jong-gyong-hong')!.label, '정경홍');
});
