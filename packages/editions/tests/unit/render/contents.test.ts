import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editions as locales } from '../../helpers/project.ts';
import { createTranslator } from '../../../src/translator/i18n.ts';
import { loadModel } from '../../../src/model/load.ts';
import { buildPages, CONTENTS_AROUND, contentsWindow } from '../../../src/render/pages.ts';
import { projectDir } from '../../helpers/project.ts';

test('a chapter page lists the home and the chapters around it; the home lists every chapter', () => {
  const around = Array.from({ length: 2 * CONTENTS_AROUND + 1 }, (_, i) => 500 - CONTENTS_AROUND + i);
  assert.deepEqual(contentsWindow(1001, 500), [0, ...around]);
  assert.equal(contentsWindow(1001, 0).length, 1001);
  // At either end the run is shifted, not shortened.
  assert.deepEqual(contentsWindow(1001, 1), [0, ...Array.from({ length: 2 * CONTENTS_AROUND + 1 }, (_, i) => 1 + i)]);
  assert.deepEqual(contentsWindow(1001, 1000).slice(1), Array.from({ length: 2 * CONTENTS_AROUND + 1 }, (_, i) => 1000 - 2 * CONTENTS_AROUND + i));
});

test('a story of a few chapters still lists all of them on every page', async () => {
  const { model } = await loadModel(projectDir);
  const pages = buildPages(model, createTranslator(model), locales);
  for (const page of pages) {
    assert.equal(page.contents.length, model.story.chapters.length + 1, page.url);
    assert.deepEqual(page.contents.filter((c) => c.current).map((c) => c.url), [page.url]);
  }
});
