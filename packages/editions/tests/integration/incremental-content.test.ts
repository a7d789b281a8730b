/**
 * `npm start`: an author saves a chapter; the watcher re-parses that file
 * only, re-renders the pages whose text changed, and the site it leaves is
 * the one a full build of the same source writes.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { editionCodes as localeCodes } from '../helpers/project.ts';
import { buildApart, copyProject } from '../helpers/project.ts';
import { diffSites } from '../helpers/site-diff.ts';
import { watch, type Watching } from '../helpers/watch.ts';

const chapterFile = 'content/chapters/the-route.md';
let dir = '';
let watching: Watching;
let original = '';

before(
  async () => {
    dir = await copyProject();
    original = await readFile(path.join(dir, chapterFile), 'utf8');
    watching = await watch(dir, path.join(dir, 'watched'), { search: false });
  },
  { timeout: 60_000 },
);

after(async () => {
  await watching.stop();
});

/**
 * A full build of the source as it now is, the build `npm run build` runs, in a process of its
 * own (fresh modules, nothing shared with the watcher), compared with what the watcher left:
 * every file but the search index, which is not compared and so not built.
 */
async function sameAsFullBuild(label: string): Promise<void> {
  await buildApart(dir, `full-${label}`);
  const diff = await diffSites(path.join(dir, 'watched'), path.join(dir, `full-${label}`), (f) => !f.startsWith('pagefind/'));
  assert.deepEqual(diff, { onlyInA: [], onlyInB: [], differ: [] }, `after "${label}" the watched site differs from a full build`);
}

/** The edition pages (home and chapters) among the URLs a rebuild wrote. */
const editionPages = (urls: string[]) => urls.filter((u) => /^\/[a-z]{2}\/([a-z0-9-]+\/)?$/.test(u) && !/\/(search|translation-status)\/$/.test(u)).sort();

test('moving a paragraph re-renders that chapter in every edition, and nothing else of the editions', { timeout: 60_000 }, async () => {
  const paragraphs = original.split('\n\n');
  const at = paragraphs.findIndex((p) => p.includes('{#p-083f09}'));
  const moved = [...paragraphs];
  [moved[at], moved[at + 2]] = [moved[at + 2]!, moved[at]!];
  const rebuild = await watching.save(chapterFile, moved.join('\n\n'));
  assert.deepEqual(editionPages(rebuild.urls), localeCodes.map((l) => `/${l}/the-route/`).sort());
  await sameAsFullBuild('moved');
});

test('rewording a paragraph re-renders its chapter; its translations are marked revised', { timeout: 60_000 }, async () => {
  const text = original.replace('In the footage they march in formation.', 'In the footage they march in step.');
  assert.notEqual(text, original);
  const rebuild = await watching.save(chapterFile, text);
  for (const l of localeCodes) assert.ok(rebuild.urls.includes(`/${l}/the-route/`), `/${l}/the-route/ was re-rendered`);
  // Only that chapter says so: no edition-wide figure on every page, so no other page is re-rendered.
  assert.deepEqual(editionPages(rebuild.urls), localeCodes.map((l) => `/${l}/the-route/`).sort());
  const ja = await readFile(path.join(dir, 'watched/ja/the-route/index.html'), 'utf8');
  // A strict edition keeps the translation, marked as made from an earlier text, and the chapter's head points to it.
  assert.match(ja, /id="p-083f09"[^>]*data-status="revised"/);
  assert.match(ja, /<p class="edition-notice" role="note" data-pagefind-ignore data-mark="outdated"><a href="#p-083f09">要更新<\/a><\/p>/);
  const home = await readFile(path.join(dir, 'watched/ja/index.html'), 'utf8');
  assert.doesNotMatch(home, /edition-notice/);
  await sameAsFullBuild('reworded');
});

test("a new chapter title reaches the neighbours' contents and the home's list", { timeout: 60_000 }, async () => {
  const text = original.replace('title: From North Korea to Kursk', 'title: The road from North Korea to Kursk');
  const rebuild = await watching.save(chapterFile, text);
  const pages = editionPages(rebuild.urls);
  assert.ok(pages.includes('/en/'), 'the home lists every chapter');
  assert.ok(pages.includes('/en/the-notes/'), 'a neighbour lists it in its contents');
  const home = await readFile(path.join(dir, 'watched/en/index.html'), 'utf8');
  assert.ok(home.includes('The road from North Korea to Kursk'));
  await sameAsFullBuild('retitled');
});

test('back to the original text: the site is the original build again', { timeout: 60_000 }, async () => {
  await watching.save(chapterFile, original);
  await sameAsFullBuild('restored');
});
