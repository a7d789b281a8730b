/**
 * `npm start`: Eleventy's watcher with the Editions plugin rewrites only the
 * edition page that uses an edited string, and shows the edit.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { createEleventy, watchUntilReady } from '../../src/render/eleventy-run.ts';
import { paths } from '../../src/config.ts';
import { editionCodes as localeCodes } from '../helpers/project.ts';
import { allPages, loadModel } from '../../src/model/load.ts';
import { pageUrl, storySlug } from '../../src/urls.ts';
import { copyProject, editJson, projectDir } from '../helpers/project.ts';

test('an edit of one Japanese string rewrites that page and no other edition page', { timeout: 120_000 }, async () => {
  const dir = await copyProject();
  process.env.EDITIONS_ROOT = dir;
  const out = path.join(dir, '_site');
  let done: ((urls: string[]) => void) | null = null;
  const eleventy = await createEleventy({ root: dir, output: out, runMode: 'watch', plugin: { search: false }, configure(cfg: any) {
      cfg.on('eleventy.after', ({ results }: { results: { url: string }[] }) => done?.(results.map((r) => r.url)));
  } });
  await watchUntilReady(eleventy);
  try {
    const written = new Promise<string[]>((resolve) => { done = resolve; });
    await editJson(dir, 'locales/ja/the-notes.json', (d) => { d['p-95c4bb'] = '書き換えた段落。'; });
    const urls = await written;
    const { model } = await loadModel(dir);
    const chapterPages = new Set(localeCodes.flatMap((l) => allPages(model.story).map((c) => pageUrl(l, storySlug(model.story, c)))));
    const editionPages = urls.filter((u) => chapterPages.has(u));
    assert.deepEqual(editionPages, ['/ja/the-notes/']);
    assert.match(await readFile(path.join(out, 'ja/the-notes/index.html'), 'utf8'), /書き換えた段落。/);
  } finally {
    await eleventy.stopWatch();
  }
});
