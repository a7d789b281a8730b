/**
 * Pagefind/pagefind#1211: a Korean index stayed one chunk however large it
 * grew, so every Korean search downloaded all of it. Editions gives Pagefind
 * Hangul as jamo (src/render/korean-index.ts); this builds a Korean site big
 * enough for several chunks and counts them, with Pagefind's defaults and
 * with the index copies.
 */
import assert from 'node:assert/strict';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { writeSearchIndex } from '../../src/render/search-index.ts';
import type { SiteFile } from '../../src/render/page-kinds.ts';
import { tempDir } from '../helpers/tmp.ts';

/** `pages` Korean pages of distinct words (syllables from a small seeded walk), enough positions for several chunks. */
async function koreanSite(pages: number, words: number): Promise<{ dir: string; pages: SiteFile[] }> {
  const dir = await tempDir('editions-korean-chunks-');
  let seed = 7;
  const syllable = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return String.fromCodePoint(0xac00 + (seed % 11172));
  };
  for (let p = 0; p < pages; p++) {
    const text = Array.from({ length: words }, () => syllable() + syllable() + syllable()).join(' ');
    await mkdir(path.join(dir, 'ko', `p${p}`), { recursive: true });
    await writeFile(
      path.join(dir, 'ko', `p${p}`, 'index.html'),
      `<!doctype html><html lang="ko"><head><title>${p}</title></head><body><article data-pagefind-body><h1>제목 ${p}</h1><p>${text}</p></article></body></html>`,
    );
  }
  return { dir, pages: Array.from({ length: pages }, (_, p) => ({ url: `/ko/p${p}/`, locale: 'ko' })) };
}

const koreanChunks = async (site: string) => (await readdir(path.join(site, 'pagefind', 'index'))).filter((f) => f.startsWith('ko_')).length;

test('a large Korean index is cut into chunks (Pagefind alone keeps it in one)', { timeout: 120_000 }, async () => {
  const { dir: site, pages } = await koreanSite(120, 250);
  await writeSearchIndex(site, pages, { tuned: false });
  assert.equal(await koreanChunks(site), 1, "Pagefind's defaults: one chunk (if this fails, Pagefind fixed #1211 and korean-index.ts may go)");
  await rm(path.join(site, 'pagefind'), { recursive: true });
  await writeSearchIndex(site, pages);
  assert.ok((await koreanChunks(site)) > 1, 'with the index copies, several chunks');
});
