/**
 * The editorial record on the pages: corrections dated per edition, structured
 * data that says what the page is (and cannot break out of its script element),
 * and quote notes that say how each original was published.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { editions as locales } from '../../helpers/project.ts';
import { createTranslator } from '../../../src/translator/i18n.ts';
import { loadModel } from '../../../src/model/load.ts';
import { formatDate } from '../../../src/render/editorial.ts';
import { buildPages, type PageView, type QuoteView } from '../../../src/render/pages.ts';
import { quoteNoteText } from '../../../src/render/provenance-note.ts';
import { feedViews } from '../../../src/render/site.ts';
import { articleData, scriptJson } from '../../../src/render/structured-data.ts';
import { copyProject, editJson, editText, projectDir } from '../../helpers/project.ts';
import { statusItems } from '../../../src/status/units.ts';
import { checkModel } from '../../../src/checks/model.ts';
import { formatFinding } from '../../../src/errors.ts';

const { model } = await loadModel(projectDir);
const tr = createTranslator(model);
const pages = buildPages(model, tr, locales);
const page = (lng: string, slug: string) => pages.find((p) => p.locale === lng && p.slug === slug)!;
const quote = (pg: PageView, id: string): QuoteView => pg.blocks.flatMap((b) => (b.type === 'quote' ? [b.quote] : [])).find((q) => q.id === id)!;

test("dates are written the edition's way", () => {
  assert.equal(formatDate(tr, '2026-11-25', 'en'), 'November 25, 2026');
  assert.equal(formatDate(tr, '2026-11-25', 'ja'), '2026年11月25日');
  assert.equal(formatDate(tr, '2026-11-25', 'ko'), '2026년 11월 25일');
});

test('a chapter shows its corrections in every edition, translated and dated, and its modified date follows them', () => {
  const iiss = model.corrections.find((c) => c.id === 'route-iiss')!;
  for (const lng of ['en', 'ja', 'ko']) {
    const pg = page(lng, 'the-route');
    const shown = pg.editorial.corrections.find((c) => c.id === 'route-iiss')!;
    assert.equal(shown.date, iiss.date);
    assert.equal(shown.dateText, formatDate(tr, iiss.date, lng));
    assert.equal(shown.lang, undefined, `${lng}: the note is in the edition's language`);
    assert.equal(shown.text, lng === 'en' ? iiss.note : tr.t(lng, 'corrections', 'route-iiss'));
    assert.equal(pg.editorial.modified, iiss.date);
  }
  const feed = feedViews(pages, tr, locales, 'https://example.org').find((f) => f.locale === 'ko')!;
  assert.equal(feed.entries.find((e) => e.url.endsWith('/ko/the-route/'))!.updated, `${iiss.date}T00:00:00Z`, 'the feed entry is updated');
  assert.equal(feed.updated, `${iiss.date}T00:00:00Z`);
});

test('a draft edition shows an untranslated correction note in the source language, flagged, and the page is noindex', async () => {
  const dir = await copyProject('untranslated-correction-note');
  const { model: m } = await loadModel(dir);
  const t = createTranslator(m);
  const ko = buildPages(m, t, locales, { draft: true }).find((p) => p.locale === 'ko' && p.slug === 'the-route')!;
  const note = ko.editorial.corrections.find((c) => c.id === 'route-iiss')!;
  assert.deepEqual([note.lang, note.status, note.text], ['en', 'missing', m.corrections.find((c) => c.id === 'route-iiss')!.note]);
  assert.ok(ko.fallbacks >= 1);
  assert.equal(ko.noindex, true);
});

test('a translation fix is shown, dated and translated, only in its own edition; only that edition translates it', async () => {
  const dir = await copyProject();
  await editText(
    dir,
    'content/corrections.yml',
    (t) => `${t}\nja-name:\n  date: 2026-12-02\n  chapter: the-route\n  units: [p-53d4cd]\n  note: This edition misspelt the think tank's name.\n  editions: [ja]\n`,
  );
  await editJson(dir, 'locales/ja/corrections.json', (d) => {
    d['ja-name'] = '本版ではシンクタンクの名称を誤って表記していました。';
  });
  const { model: m } = await loadModel(dir);
  const t = createTranslator(m);
  const built = buildPages(m, t, locales);
  const route = (lng: string) => built.find((p) => p.locale === lng && p.slug === 'the-route')!;
  assert.deepEqual(
    route('ja')
      .editorial.corrections.filter((c) => c.id === 'ja-name')
      .map((c) => [c.text, c.dateText, c.lang]),
    [['本版ではシンクタンクの名称を誤って表記していました。', '2026年12月2日', undefined]],
  );
  for (const lng of ['en', 'ko']) {
    assert.ok(!route(lng).editorial.corrections.some((c) => c.id === 'ja-name'), `${lng} does not show it`);
    assert.notEqual(route(lng).editorial.modified, '2026-12-02', `${lng}: the page did not change`);
  }
  assert.equal(route('ja').editorial.modified, '2026-12-02');
  assert.ok(statusItems(m, t, 'ja').some((i) => i.key === 'ja-name' && i.state !== 'missing'));
  assert.ok(!statusItems(m, t, 'ko').some((i) => i.key === 'ja-name'), 'Korean has nothing to translate');
  assert.deepEqual(
    checkModel(m, t)
      .filter((f) => f.key === 'ja-name')
      .map((f) => f.code),
    ['unsynced'],
    'no missing ko note; only the ja lock is behind',
  );
  // The other edition holding a translation of it is an orphan, as any key no page shows.
  await editJson(dir, 'locales/ko/corrections.json', (d) => {
    d['ja-name'] = '이 판에서는…';
  });
  const again = await loadModel(dir);
  const orphan = checkModel(again.model, createTranslator(again.model)).filter((f) => f.key === 'ja-name' && f.file === 'locales/ko/corrections.json');
  const line = (await readFile(path.join(dir, 'locales/ko/corrections.json'), 'utf8')).split('\n').findIndex((l) => l.includes('"ja-name"')) + 1;
  assert.deepEqual(orphan.map(formatFinding), [
    `locales/ko/corrections.json:${line} [ja-name] warning: "ja-name" translates nothing: its unit or quote no longer exists. Fix: Delete "ja-name" from locales/ko/corrections.json.`,
  ]);
});

test('structured data: the article, its language, dates, credits, what it translates and its corrections', () => {
  const origin = 'https://example.org';
  const ja = articleData(page('ja', 'the-route'), origin);
  assert.equal(ja['@type'], 'NewsArticle');
  assert.equal(ja.inLanguage, 'ja');
  assert.equal(ja.headline, tr.t('ja', 'the-route', 'title'));
  assert.equal(ja.datePublished, model.story.published);
  assert.equal(ja.dateModified, '2026-11-25');
  assert.deepEqual(ja.author, [{ '@type': 'Organization', name: 'Editions' }]);
  assert.deepEqual(ja.translationOfWork, { '@type': 'NewsArticle', '@id': `${origin}/en/the-route/`, url: `${origin}/en/the-route/`, inLanguage: 'en' });
  assert.deepEqual(
    ja.translator,
    model.credits.translators.get('ja')!.map((c) => ({ '@type': 'Organization', name: c.name })),
  );
  assert.equal(ja.workTranslation, undefined);
  const corrections = ja.correction as { '@type': string; datePublished: string; text: string }[];
  assert.equal(corrections.length, model.corrections.filter((c) => c.chapter === 'the-route').length);
  assert.ok(corrections.every((c) => c['@type'] === 'CorrectionComment' && c.datePublished === '2026-11-25' && c.text.length > 0));

  const en = articleData(page('en', 'the-route'), origin);
  assert.equal(en.translationOfWork, undefined);
  assert.deepEqual(
    (en.workTranslation as { url: string }[]).map((w) => w.url),
    [`${origin}/ja/the-route/`, `${origin}/ko/the-route/`],
  );
  assert.equal(articleData(page('en', ''), origin).isPartOf, undefined, 'the home is the story itself');
});

test('structured data cannot close its script element, whatever a translator writes', () => {
  const hostile = { name: '</script><script>alert(1)</script><!--', note: 'a & b > c \u2028' };
  const text = scriptJson(hostile);
  assert.ok(!/[<>&\u2028\u2029]/.test(text), text);
  assert.deepEqual(JSON.parse(text), hostile, 'still the same JSON');
});

// One test per kind of provenance (src/model/provenance.ts), in every edition.
test('quote notes say how the original was published: image, recording, not at all', () => {
  const cases: [string, string, string, string][] = [
    ['en', 'the-notes', 'note-betrayal', 'English translation as published. The original Korean was published only as an image; no transcription of it is available.'],
    ['ja', 'the-notes', 'note-betrayal', '公表された英語訳から本版が翻訳。韓国語の原文は画像でのみ公開されており、文字に起こしたものは入手できていない。'],
    [
      'ko',
      'the-notes',
      'note-betrayal',
      '이 한국어 문장은 공개된 영어 번역을 본지가 다시 옮긴 것으로, 발언자 본인의 원래 표현이 아니다. 한국어 원문은 이미지로만 공개되었으며, 글로 옮긴 원문은 확인할 수 없다.',
    ],
    [
      'en',
      'hidden-identities',
      'captives-exchange',
      'English translation as published. The original Korean was published only as a recording; no transcription of it is available.',
    ],
    ['ja', 'hidden-identities', 'captives-exchange', '公表された英語訳から本版が翻訳。韓国語の原文は映像や音声でのみ公開されており、文字に起こしたものは入手できていない。'],
    [
      'ko',
      'hidden-identities',
      'captives-exchange',
      '이 한국어 문장은 공개된 영어 번역을 본지가 다시 옮긴 것으로, 발언자 본인의 원래 표현이 아니다. 한국어 원문은 영상이나 음성으로만 공개되었으며, 글로 옮긴 원문은 확인할 수 없다.',
    ],
    ['en', 'hidden-identities', 'command-drop-weapons', 'English translation as published. The sources do not give the original Russian wording.'],
    ['ja', 'hidden-identities', 'command-drop-weapons', '公表された英語訳から本版が翻訳。出典にはロシア語の原文が示されていない。'],
    ['ko', 'hidden-identities', 'command-drop-weapons', '공개된 영어 번역을 본지가 다시 번역. 출처에는 러시아어 원문이 나와 있지 않다.'],
    ['en', 'the-notes', 'lee-membership', 'As published in English; the source does not say in which language it was said.'],
  ];
  for (const [lng, slug, id, expected] of cases) {
    const q = quote(page(lng, slug), id);
    assert.equal(q.noteText, expected, `${lng} ${id}`);
  }
  assert.equal(quote(page('en', 'the-notes'), 'note-betrayal').originalForm, 'image');
  assert.equal(quote(page('en', 'the-notes'), 'lee-membership').source, 'Speaking to Nikkei');
  // An original published as text is quoted beside the translation, and the note says so.
  const ui = (key: string, values?: Record<string, string>) => tr.t('ja', 'ui', key, values);
  assert.equal(
    quoteNoteText(ui, 'ja', 'translated-published', { language: 'ko', published: 'en', original: '원문' }),
    '公表された英語訳から本版が翻訳。韓国語の原文を併せて掲げる。',
  );
});
