import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editions as locales } from '../../helpers/project.ts';
import { createTranslator } from '../../../src/translator/i18n.ts';
import { loadModel } from '../../../src/model/load.ts';
import fc from 'fast-check';
import { buildPages, chapterNumber, CONTENTS_AROUND, contentsWindow } from '../../../src/render/pages.ts';
import { copyProject, editText, projectDir } from '../../helpers/project.ts';

test('a chapter page lists the home and the chapters around it; the home lists every chapter', () => {
  const around = Array.from({ length: 2 * CONTENTS_AROUND + 1 }, (_, i) => 500 - CONTENTS_AROUND + i);
  assert.deepEqual(contentsWindow(1001, 500), [0, ...around]);
  assert.equal(contentsWindow(1001, 0).length, 1001);
  // At either end the run is shifted, not shortened.
  assert.deepEqual(contentsWindow(1001, 1), [0, ...Array.from({ length: 2 * CONTENTS_AROUND + 1 }, (_, i) => 1 + i)]);
  assert.deepEqual(
    contentsWindow(1001, 1000).slice(1),
    Array.from({ length: 2 * CONTENTS_AROUND + 1 }, (_, i) => 1000 - 2 * CONTENTS_AROUND + i),
  );
});

test('a story of a few chapters still lists all of them on every page', async () => {
  const { model } = await loadModel(projectDir);
  const pages = buildPages(model, createTranslator(model), locales);
  for (const page of pages) {
    assert.equal(page.contents.length, model.story.chapters.length + 1, page.url);
    assert.deepEqual(
      page.contents.filter((c) => c.current).map((c) => c.url),
      [page.url],
    );
  }
});

test('the home and back matter carry no chapter number; the chapters count on past them', async () => {
  assert.equal(chapterNumber([{}, {}, { numbered: false }, {}], 0), 0);
  assert.equal(chapterNumber([{}, {}, { numbered: false }, {}], 2), 0);
  assert.equal(chapterNumber([{}, {}, { numbered: false }, {}], 3), 2);
  // Counted once per list, the numbers are still each page's count of numbered chapters up to it.
  fc.assert(
    fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 60 }), (flags) => {
      const pages = flags.map((numbered) => (numbered ? {} : { numbered: false as const }));
      const counted = pages.map((p, i) => (i === 0 || p.numbered === false ? 0 : pages.slice(1, i + 1).filter((c) => c.numbered !== false).length));
      assert.deepEqual(
        pages.map((_, i) => chapterNumber(pages, i)),
        counted,
      );
    }),
  );
  // The last chapter declared as back matter in its front matter.
  const dir = await copyProject();
  const { model } = await loadModel(dir);
  const last = model.story.chapters.at(-1)!;
  await editText(dir, `content/chapters/${last.slug}.md`, (t) => t.replace('\n---\n', '\nnumbered: false\n---\n'));
  const fresh = (await loadModel(dir)).model;
  const pages = buildPages(fresh, createTranslator(fresh), locales);
  for (const page of pages) {
    const numbers = page.contents.map((c) => c.chapterNumber);
    assert.deepEqual(numbers, [0, ...fresh.story.chapters.slice(0, -1).map((_, i) => i + 1), 0], page.url);
  }
  assert.ok(pages.filter((p) => p.slug === last.slug).every((p) => p.chapterNumber === 0 && p.kind === 'chapter'));
  assert.equal(pages.find((p) => p.locale === 'en' && p.slug === fresh.story.chapters[1]!.slug)!.chapterNumber, 2);
});
