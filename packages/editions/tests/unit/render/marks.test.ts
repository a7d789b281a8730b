/**
 * An outdated or missing translation is shown where it is: on the passage and
 * at the head of its chapter's page. The edition-wide figure is on the status
 * page only, so one edit of the source marks one chapter, not every page.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { copyProject, editJson, editText, editions } from '../../helpers/project.ts';
import { loadModel } from '../../../src/model/load.ts';
import { createTranslator } from '../../../src/translator/i18n.ts';
import { buildPages } from '../../../src/render/pages.ts';
import { buildStatusPages } from '../../../src/render/status-page.ts';

async function built(edit: (dir: string) => Promise<void>, draft = false) {
  const dir = await copyProject();
  await edit(dir);
  const { model } = await loadModel(dir);
  const tr = createTranslator(model);
  return { pages: buildPages(model, tr, editions, { draft }), status: buildStatusPages(model, tr, editions) };
}

test('a reworded source paragraph marks its chapter in every other edition, and no other page', async () => {
  const { pages, status } = await built((dir) => editText(dir, 'content/chapters/the-route.md', (t) => t.replace('they march in formation.', 'they march in step.')));
  const marked = pages.filter((p) => p.mark).map((p) => [p.url, p.mark!.status, p.mark!.first]);
  assert.deepEqual(marked, [
    ['/ja/the-route/', 'outdated', 'p-083f09'],
    ['/ko/the-route/', 'outdated', 'p-083f09'],
  ]);
  assert.equal(pages.find((p) => p.url === '/ja/the-route/')!.mark!.label, '要更新');
  // The edition-wide share is the status page's alone.
  assert.ok(pages.every((p) => !('completeness' in p)));
  const share = Object.fromEntries(status.map((s) => [s.locale, s.completeness]));
  assert.equal(share.en, undefined);
  assert.ok(share.ja! < 100 && share.ko! < 100, JSON.stringify(share));
});

test('a missing translation in a draft edition marks its chapter as missing, pointing at the first such passage', async () => {
  const { pages } = await built(
    (dir) =>
      editJson(dir, 'locales/ko/the-notes.json', (d) => {
        delete d['p-95c4bb'];
        delete d.title;
      }),
    true,
  );
  const ko = pages.find((p) => p.url === '/ko/the-notes/')!;
  assert.deepEqual({ status: ko.mark?.status, first: ko.mark?.first, label: ko.mark?.label }, { status: 'missing', first: 'title', label: '미번역' });
  assert.ok(ko.fallbacks >= 1);
  assert.deepEqual(
    pages.filter((p) => p.mark).map((p) => p.url),
    ['/ko/the-notes/'],
  );
});
