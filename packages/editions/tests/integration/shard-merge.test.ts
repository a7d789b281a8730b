/**
 * Editions built apart, as the CI matrix does (.github/workflows/build.yml):
 * one shard per edition, merged, against a full build of the same source.
 */
import assert from 'node:assert/strict';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { before, test } from 'node:test';
import { chromium } from '@playwright/test';
import { build } from '../../src/cli/build.ts';
import { merge } from '../../src/cli/merge.ts';
import { cliMessages } from '../../src/errors.ts';
import { launchOptions, requireChromium } from '../../../../scripts/lib/chromium.ts';
import { inTopThree, querySet, searchPage } from '../../../../tests/e2e/search-run.ts';
import { serveSite } from '../../../../scripts/lib/serve.ts';
import { copyProject, editionCodes as localeCodes } from '../helpers/project.ts';
import { diffSites, runToRun, siteFiles } from '../helpers/site-diff.ts';

let dir = '';
const shardDirs = localeCodes.map((code) => `shard-${code}`);

before(
  async () => {
    dir = await copyProject();
    await build({ root: dir, out: 'full', draft: false });
    for (const code of localeCodes) await build({ root: dir, out: `shard-${code}`, draft: false, locale: code });
    await merge({ root: dir, shards: shardDirs, out: 'merged' });
  },
  { timeout: 180_000 },
);

test('a merge of one shard per edition writes every file a full build writes, byte for byte', async () => {
  const diff = await diffSites(path.join(dir, 'full'), path.join(dir, 'merged'), (f) => !runToRun(f));
  assert.deepEqual(diff, { onlyInA: [], onlyInB: [], differ: [] });
  const files = await siteFiles(path.join(dir, 'merged'));
  for (const file of ['index.html', '404.html', 'sitemap.xml', '_headers', '_redirects', 'robots.txt', 'assets/site.css', 'ko/index.html', 'ja/404.html', 'en/feed.xml']) {
    assert.ok(files.includes(file), `${file} is in the merged site`);
  }
  assert.ok(
    files.some((f) => /^pagefind\/index\/ko_.*\.pf_index$/.test(f)),
    'the Korean word index is in the merged site',
  );
});

test('the merged search index names every edition, as the full build does', async () => {
  const entry = async (site: string) => JSON.parse(await readFile(path.join(dir, site, 'pagefind/pagefind-entry.json'), 'utf8'));
  const [full, merged] = [await entry('full'), await entry('merged')];
  assert.deepEqual(Object.keys(merged.languages), [...localeCodes].sort());
  const shape = (e: any) => Object.fromEntries(Object.entries(e.languages).map(([k, v]: [string, any]) => [k, { wasm: v.wasm, pages: v.page_count }]));
  assert.deepEqual(shape(merged), shape(full));
  const files = await siteFiles(path.join(dir, 'merged'));
  for (const [code, language] of Object.entries(merged.languages) as [string, { hash: string }][]) {
    assert.ok(files.includes(`pagefind/pagefind.${language.hash}.pf_meta`), `the ${code} index's metadata is there`);
  }
  // Each edition's filters, as many as in the full build.
  const filters = async (site: string) =>
    (await siteFiles(path.join(dir, site)))
      .filter((f) => f.startsWith('pagefind/filter/'))
      .map((f) => f.split('/')[2]!.split('_')[0])
      .join();
  assert.equal(await filters('merged'), await filters('full'));
});

test('search works in every edition of the merged site', { timeout: 60_000 }, async () => {
  requireChromium();
  const served = await serveSite(path.join(dir, 'merged'));
  const browser = await chromium.launch(launchOptions);
  try {
    const page = await browser.newPage();
    for (const code of localeCodes) {
      for (const c of querySet(code).slice(0, 3)) {
        // As a reader searches: through the search page and its query handling (Korean particles come off).
        const urls = await searchPage(page, served.origin, code, c.query);
        assert.ok(inTopThree(urls, c.expect), `${code} "${c.query}" finds ${c.expect}: got ${urls.slice(0, 3).join(', ')}`);
        assert.ok(
          urls.every((u) => u.startsWith(`/${code}/`)),
          `${code} "${c.query}" finds only its own edition's pages`,
        );
      }
    }
  } finally {
    await browser.close();
    await served.close();
  }
});

test('a shard holds its own edition and the site-wide files, with a manifest the merge leaves out', async () => {
  const files = await siteFiles(path.join(dir, 'shard-ko'));
  assert.deepEqual(files.filter((f) => !/^(ko|pagefind|assets)\//.test(f)).sort(), [
    '404.html',
    '_headers',
    '_redirects',
    'editions-shard.json',
    'index.html',
    'robots.txt',
    'sitemap.xml',
  ]);
  assert.ok(!(await siteFiles(path.join(dir, 'merged'))).includes('editions-shard.json'));
});

test('a merge refuses shards that do not make one site, and leaves --out as it was', async () => {
  const before = await siteFiles(path.join(dir, 'merged'));
  const refused = (shards: string[], message: string) => assert.rejects(merge({ root: dir, shards, out: 'merged' }), (e: Error) => (assert.equal(e.message, message), true));

  await refused(shardDirs.slice(0, 2), cliMessages.missingShards([localeCodes[2]!]));
  await refused([...shardDirs, shardDirs[0]!], cliMessages.duplicateShard(localeCodes[0]!, [shardDirs[0]!, shardDirs[0]!]));
  await refused([...shardDirs.slice(0, 2), 'full'], cliMessages.notAShard('full'));

  // A shard built with another SITE_URL.
  await cp(path.join(dir, shardDirs[2]!), path.join(dir, 'other-origin'), { recursive: true });
  const manifest = path.join(dir, 'other-origin', 'editions-shard.json');
  await writeFile(manifest, (await readFile(manifest, 'utf8')).replace('"siteUrl":"http://localhost:8080"', '"siteUrl":"https://example.org"'));
  await refused([...shardDirs.slice(0, 2), 'other-origin'], cliMessages.shardsDisagree('SITE_URL', ['http://localhost:8080', 'https://example.org']));

  // A shard from another version: a file both hold (the stylesheet) differs.
  await cp(path.join(dir, shardDirs[2]!), path.join(dir, 'other-version'), { recursive: true });
  await writeFile(path.join(dir, 'other-version', 'assets/site.css'), 'body{}');
  await refused([...shardDirs.slice(0, 2), 'other-version'], cliMessages.shardsConflict('assets/site.css', [shardDirs[0]!, 'other-version']));

  // A shard built from another source: the sitemap it wrote (the story's other chapters) differs.
  await cp(path.join(dir, shardDirs[2]!), path.join(dir, 'other-source'), { recursive: true });
  const sitemap = path.join(dir, 'other-source', 'sitemap.xml');
  await writeFile(sitemap, (await readFile(sitemap, 'utf8')).replace('</urlset>', '<url><loc>http://localhost:8080/en/elsewhere/</loc></url></urlset>'));
  await refused([...shardDirs.slice(0, 2), 'other-source'], cliMessages.shardsConflict('sitemap.xml', [shardDirs[0]!, 'other-source']));

  assert.deepEqual(await siteFiles(path.join(dir, 'merged')), before);
});
