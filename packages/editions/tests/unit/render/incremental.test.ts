/**
 * Watch mode re-renders only the pages that use an edited string, and what
 * it renders is exactly what a full build would.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { editions as locales } from '../../helpers/project.ts';
import type { EditionsError } from '../../../src/errors.ts';
import { createTranslator } from '../../../src/translator/i18n.ts';
import { loadModel } from '../../../src/model/load.ts';
import { applyLocaleEdits, buildTrackedPages } from '../../../src/render/incremental.ts';
import { buildPages } from '../../../src/render/pages.ts';
import { copyProject, editJson, editText } from '../../helpers/project.ts';

async function watched() {
  const dir = await copyProject();
  const { model } = await loadModel(dir);
  const tr = createTranslator(model);
  const { pages, tracked } = buildTrackedPages(model, tr, locales);
  const edit = (...files: string[]) =>
    applyLocaleEdits(
      dir,
      model,
      tr,
      pages,
      tracked,
      files.map((f) => path.join(dir, f)),
      { locales },
    );
  /** The same pages, built from scratch from the files on disk. */
  const fullBuild = async () => {
    const fresh = (await loadModel(dir)).model;
    return buildPages(fresh, createTranslator(fresh), locales);
  };
  return { dir, pages, edit, fullBuild };
}

test('editing one Japanese paragraph re-renders only its page, as a full build would', async () => {
  const { dir, pages, edit, fullBuild } = await watched();
  await editJson(dir, 'locales/ja/the-notes.json', (d) => {
    d['p-95c4bb'] = `${d['p-95c4bb']}（改訂）`;
  });
  const update = await edit('locales/ja/the-notes.json');
  assert.deepEqual(
    update?.changed.map((p) => p.url),
    ['/ja/the-notes/'],
  );
  assert.equal(update?.statusChanged, false);
  assert.ok(JSON.stringify(pages.find((p) => p.url === '/ja/the-notes/')).includes('（改訂）'));
  assert.deepEqual(pages, await fullBuild());
});

test('editing a chapter title re-renders every page of that edition that links to it, and no other', async () => {
  const { dir, pages, edit, fullBuild } = await watched();
  await editJson(dir, 'locales/ko/the-route.json', (d) => {
    d.title = `${d.title} (개정)`;
  });
  const update = await edit('locales/ko/the-route.json');
  // A story this short lists every chapter on every page.
  assert.deepEqual(
    update?.changed.map((p) => p.url),
    pages.filter((p) => p.locale === 'ko').map((p) => p.url),
  );
  assert.deepEqual(pages, await fullBuild());
});

test('editing a quote translation re-renders the pages that show it', async () => {
  const { dir, pages, edit, fullBuild } = await watched();
  await editJson(dir, 'locales/ja/quotes.json', (d) => {
    d.quote['note-wish'] = `${d.quote['note-wish']}（改訂）`;
  });
  const update = await edit('locales/ja/quotes.json');
  assert.deepEqual(
    update?.changed.map((p) => p.url),
    pages.filter((p) => p.locale === 'ja' && JSON.stringify(p.blocks).includes('"note-wish"')).map((p) => p.url),
  );
  assert.ok(update!.changed.length >= 1);
  assert.deepEqual(pages, await fullBuild());
});

test('an edit of ui.json re-renders its whole edition', async () => {
  const { dir, pages, edit } = await watched();
  await editJson(dir, 'locales/ja/ui.json', (d) => {
    d.nav.next = '次の章へ';
  });
  const update = await edit('locales/ja/ui.json');
  assert.deepEqual(
    update?.changed.map((p) => p.url),
    pages.filter((p) => p.locale === 'ja').map((p) => p.url),
  );
});

test('emptying a translation in a strict edition stops the rebuild with the usual message', async () => {
  const { dir, edit } = await watched();
  await editJson(dir, 'locales/ja/the-notes.json', (d) => {
    delete d['p-95c4bb'];
  });
  await assert.rejects(edit('locales/ja/the-notes.json'), (e: EditionsError) => e.name === 'EditionsError' && e.message.includes('locales/ja/the-notes.json [p-95c4bb]'));
});

test('edits outside the translations, and broken files, take the full build', async () => {
  const { dir, edit } = await watched();
  await editText(dir, 'content/chapters/the-notes.md', (t) => t.replace('hurried notes', 'rushed notes'));
  assert.equal(await edit('content/chapters/the-notes.md'), null);
  assert.equal(await edit('locales/en/ui.json'), null);
  await editText(dir, 'locales/ja/the-notes.json', (t) => t.replace('{', '{,'));
  assert.equal(await edit('locales/ja/the-notes.json'), null);
});
