/**
 * `npm start`: Eleventy's watcher with the Editions plugin rewrites only the
 * edition page that uses an edited string, and shows the edit.
 */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { createEleventy, watchUntilReady } from '../../src/render/eleventy-run.ts';
import { editionCodes as localeCodes } from '../helpers/project.ts';
import { allPages, loadModel } from '../../src/model/load.ts';
import { pageUrl, storySlug } from '../../src/urls.ts';
import { buildApart, copyProject, editJson } from '../helpers/project.ts';
import { diffSites } from '../helpers/site-diff.ts';

test('an edit of one Japanese string rewrites that page and no other edition page', { timeout: 120_000 }, async () => {
  const dir = await copyProject();
  process.env.EDITIONS_ROOT = dir;
  const out = path.join(dir, '_site');
  let done: ((urls: string[]) => void) | null = null;
  const eleventy = await createEleventy({
    root: dir,
    output: out,
    runMode: 'watch',
    plugin: { search: false },
    configure(cfg: any) {
      cfg.on('eleventy.after', ({ results }: { results: { url: string }[] }) => done?.(results.map((r) => r.url)));
    },
  });
  await watchUntilReady(eleventy, dir);
  try {
    const written = new Promise<string[]>((resolve) => {
      done = resolve;
    });
    await editJson(dir, 'locales/ja/the-notes.json', (d) => {
      d['p-95c4bb'] = '書き換えた段落。';
    });
    const urls = await written;
    const { model } = await loadModel(dir);
    const chapterPages = new Set(localeCodes.flatMap((l) => allPages(model.story).map((c) => pageUrl(l, storySlug(model.story, c)))));
    const editionPages = urls.filter((u) => chapterPages.has(u));
    assert.deepEqual(editionPages, ['/ja/the-notes/']);
    assert.match(await readFile(path.join(out, 'ja/the-notes/index.html'), 'utf8'), /書き換えた段落。/);
    // Nothing else is written but its parallel views: the sitemap, feeds, search and 404 pages would be the same bytes.
    assert.deepEqual(urls.filter((u) => u !== '/ja/the-notes/').sort(), [
      '/en/the-notes/parallel/ja/',
      '/ja/the-notes/parallel/en/',
      '/ja/the-notes/parallel/ko/',
      '/ko/the-notes/parallel/ja/',
    ]);
    // And the site is the one a full build of the same source writes (the search index aside, so not built).
    await buildApart(dir, 'full');
    assert.deepEqual(await diffSites(out, path.join(dir, 'full'), (f) => !f.startsWith('pagefind/')), { onlyInA: [], onlyInB: [], differ: [] });
  } finally {
    await eleventy.stopWatch();
  }
});

test('under start, a saved control character is refused and named once, never served, and the next good save is', { timeout: 120_000 }, async (t) => {
  const dir = await copyProject('japanese-source');
  const out = path.join(dir, '_site');
  let done: ((urls: string[]) => void) | null = null;
  const errors: string[] = [];
  // Every line to the terminal goes through src/terminal.ts, which writes to stderr itself.
  t.mock.method(process.stderr, 'write', (chunk: unknown) => {
    errors.push(...String(chunk).split('\n').filter(Boolean));
    return true;
  });
  const eleventy = await createEleventy({
    root: dir,
    output: out,
    runMode: 'watch',
    plugin: { preview: true, search: false },
    configure(cfg: any) {
      cfg.on('eleventy.after', ({ results }: { results: { url: string }[] }) => done?.(results.map((r) => r.url)));
    },
  });
  await watchUntilReady(eleventy, dir);
  const saved = () =>
    new Promise<string[]>((resolve) => {
      done = resolve;
    });
  const chapter = path.join(dir, 'content/chapters/market.md');
  const original = await readFile(chapter, 'utf8');
  try {
    let written = saved();
    await writeFile(chapter, `${original}\n鐘が\u0007鳴った。 {#p-a39995}\n`);
    // Nothing is written: the site stays as last built.
    assert.deepEqual(await written, []);
    const refused = errors.filter((e) => e.includes('U+0007'));
    assert.equal(refused.length, 1, errors.join('\n'));
    assert.match(refused[0]!, /^content\/chapters\/market\.md:\d+ \[p-a39995\] The text holds the character U\+0007/);
    assert.ok(errors.some((e) => e.startsWith('Editions: that save was refused (1 error(s) above)')));
    assert.doesNotMatch(await readFile(path.join(out, 'ja/market/index.html'), 'utf8'), /鐘が/);
    written = saved();
    await writeFile(chapter, `${original}\n鐘が鳴った。 {#p-a39995}\n`);
    await written;
    assert.match(await readFile(path.join(out, 'ja/market/index.html'), 'utf8'), /<p id="p-a39995">鐘が鳴った。<\/p>/);
  } finally {
    await eleventy.stopWatch();
  }
});
