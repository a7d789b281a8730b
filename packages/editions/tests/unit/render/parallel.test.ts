import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editions as locales } from '../../helpers/project.ts';
import { createTranslator } from '../../../src/translator/i18n.ts';
import { loadModel } from '../../../src/model/load.ts';
import { buildPages } from '../../../src/render/pages.ts';
import { buildParallelPages, parallelAlternate, parallelLinks, parallelPagesToWrite, type Row } from '../../../src/render/parallel-page.ts';
import { parallelUrl } from '../../../src/urls.ts';
import { renderInline } from '../../../src/markdown/inline.ts';
import { projectDir } from '../../helpers/project.ts';

const { model } = await loadModel(projectDir);
const tr = createTranslator(model);
const pages = buildPages(model, tr, locales);
const views = buildParallelPages(pages, tr, locales);

/** Every unit id a view shows in pairs, caption units included. */
function pairedIds(rows: Row[]): string[] {
  return rows.flatMap((r) => (r.type === 'figure' ? pairedIds(r.caption) : [r.first.id]));
}

test("parallel URLs: the first edition's chapter, then the edition beside it", () => {
  assert.equal(parallelUrl('ja', 'the-route', 'en'), '/ja/the-route/parallel/en/');
  // The masthead of ja|en: English first beside Japanese, Korean first beside English.
  assert.equal(parallelAlternate('en', 'ja', 'en', 'x'), '/en/x/parallel/ja/');
  assert.equal(parallelAlternate('ko', 'ja', 'en', 'x'), '/ko/x/parallel/en/');
  assert.equal(parallelAlternate('ja', 'ja', 'en', 'x'), '/ja/x/parallel/en/');
});

test('one view per chapter and ordered pair of editions, none for the home', () => {
  const chapters = model.story.chapters.length;
  assert.equal(views.length, chapters * locales.length * (locales.length - 1));
  assert.equal(new Set(views.map((v) => v.url)).size, views.length);
  assert.ok(views.every((v) => v.slug !== '' && v.locale !== v.other));
});

test('every unit of the chapter is paired with itself in the other edition, in reading order', () => {
  for (const view of views) {
    const chapter = model.story.chapters.find((c) => c.slug === view.slug)!;
    const expected = chapter.units.filter((u) => !['title', 'description', 'figure'].includes(u.kind)).map((u) => u.id);
    assert.deepEqual(pairedIds(view.rows), expected, view.url);
    const walk = (rows: Row[]): void => rows.forEach((r) => (r.type === 'figure' ? walk(r.caption) : assert.equal(r.first.id, r.second.id, view.url)));
    walk(view.rows);
  }
});

test("each side shows its own edition's text; a figure once, labelled in the first edition", () => {
  const jaEn = views.find((v) => v.url === '/ja/the-route/parallel/en/')!;
  const first = jaEn.rows.find((r) => r.type === 'text')!;
  assert.ok(first.type === 'text');
  assert.equal(first.first.html, renderInline(tr.t('ja', 'the-route', first.anchor), 'ja'));
  assert.equal(first.second.html, tr.t('en', 'the-route', first.anchor).replace(/'/g, '’'));
  const figure = jaEn.rows.find((r) => r.type === 'figure')!;
  assert.ok(figure.type === 'figure');
  assert.equal(figure.figure.title.text, tr.t('ja', 'figures', 'route-map.title'));
  assert.equal(jaEn.canonical, '/ja/the-route/');
  assert.deepEqual(
    jaEn.alternates.map((a) => a.url),
    ['/en/the-route/parallel/ja/', '/ja/the-route/parallel/en/', '/ko/the-route/parallel/en/'],
  );
});

test('a chapter links to its parallel view with every other edition; the home to none', () => {
  const ko = pages.find((p) => p.locale === 'ko' && p.slug === 'the-notes')!;
  assert.deepEqual(
    parallelLinks(ko, tr).map((l) => [l.locale, l.url]),
    [
      ['en', '/ko/the-notes/parallel/en/'],
      ['ja', '/ko/the-notes/parallel/ja/'],
    ],
  );
  assert.equal(parallelLinks(ko, tr)[0]!.label, tr.t('ko', 'ui', 'parallel.readWith', { language: tr.t('ko', 'ui', 'language.en') }));
  assert.deepEqual(parallelLinks(pages.find((p) => p.kind === 'home')!, tr), []);
});

test('watch mode rewrites the views whose either side an edit changed', () => {
  const changed = pages.filter((p) => p.locale === 'ko' && p.slug === 'the-notes');
  const written = parallelPagesToWrite(views, changed);
  assert.deepEqual(written.map((v) => v.url).sort(), ['/en/the-notes/parallel/ko/', '/ja/the-notes/parallel/ko/', '/ko/the-notes/parallel/en/', '/ko/the-notes/parallel/ja/']);
  assert.equal(parallelPagesToWrite(views, undefined), views);
});

test("a parallel view shows each edition's own corrections of the chapter, as its chapter page does", () => {
  const byUrl = new Map(pages.map((p) => [`${p.locale}/${p.slug}`, p]));
  let shown = 0;
  for (const view of views) {
    const first = byUrl.get(`${view.locale}/${view.slug}`)!.editorial.corrections;
    const second = byUrl.get(`${view.other}/${view.slug}`)!.editorial.corrections;
    assert.deepEqual(view.corrections, { first, second }, view.url);
    shown += first.length;
  }
  assert.ok(shown > 0, 'some chapter of the frozen publication has a correction');
});
