/**
 * Search engines never index a half-translated page as that language: a page
 * showing any unit in fallback is noindex, and no page (nor the sitemap, nor
 * the structured data) names it as an alternate; a complete page is named.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { build } from '../../src/cli/build.ts';
import { settleIndexing } from '../../src/render/indexing.ts';
import type { PageView } from '../../src/render/pages.ts';
import { copyProject } from '../helpers/project.ts';

const alternatesIn = (html: string) => [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]*)">/g)].map((m) => `${m[1]} ${new URL(m[2]!).pathname}`);
const robots = (html: string) => /<meta name="robots" content="([^"]+)">/.exec(html)?.[1] ?? null;
const jsonLd = (html: string) => JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)![1]!) as Record<string, unknown>;

test('a draft build: the incomplete page is noindex and out of the alternates; a complete one stays in', { timeout: 120_000 }, async () => {
  // tests/fixtures/incomplete-draft-page: locales/ko/drone-warfare.json lacks one paragraph.
  const dir = await copyProject('incomplete-draft-page');
  await build({ root: dir, out: '_site', draft: true, search: false });
  const read = (url: string) => readFile(path.join(dir, '_site', url, 'index.html'), 'utf8');

  const incomplete = await read('ko/drone-warfare');
  assert.match(incomplete, /data-status="missing"/, 'the page shows a fallback');
  assert.equal(robots(incomplete), 'noindex');
  for (const url of ['en/drone-warfare', 'ja/drone-warfare']) {
    const html = await read(url);
    assert.equal(robots(html), null, `${url} is complete and indexable`);
    assert.deepEqual(alternatesIn(html), ['en /en/drone-warfare/', 'ja /ja/drone-warfare/', 'x-default /en/drone-warfare/'], `${url} does not name the incomplete page`);
  }
  const translations = (jsonLd(await read('en/drone-warfare')).workTranslation as { inLanguage: string }[]).map((w) => w.inLanguage);
  assert.deepEqual(translations, ['ja'], 'the source edition lists only indexable translations');

  const complete = await read('ko/the-route');
  assert.equal(robots(complete), null);
  assert.deepEqual(alternatesIn(await read('en/the-route')), ['en /en/the-route/', 'ja /ja/the-route/', 'ko /ko/the-route/', 'x-default /en/the-route/']);

  const sitemap = await readFile(path.join(dir, '_site', 'sitemap.xml'), 'utf8');
  assert.ok(!sitemap.includes('/ko/drone-warfare/'), 'neither an entry nor an alternate in the sitemap');
  assert.ok(sitemap.includes('<loc>http://localhost:8080/ko/the-route/</loc>'));
});

test('settleIndexing reports the pages whose head changed (watch mode re-renders them)', () => {
  const alt = (locale: string) => ({ locale, url: `/${locale}/x/`, endonym: locale, readIn: '', readSection: '', current: false });
  const view = (locale: string, fallbacks: number) => ({ locale, url: `/${locale}/x/`, fallbacks, alternates: [alt('en'), alt('ko')] }) as unknown as PageView;
  const pages = [view('en', 0), view('ko', 1)];
  assert.deepEqual(
    settleIndexing(pages).map((p) => p.url),
    ['/en/x/', '/ko/x/'],
    'first pass: every page',
  );
  assert.deepEqual(
    pages.map((p) => [p.noindex, p.hreflang.map((a) => a.locale)]),
    [
      [false, ['en']],
      [true, ['en']],
    ],
  );
  assert.deepEqual(settleIndexing(pages), [], 'nothing changed');
  pages[1]!.fallbacks = 0;
  assert.deepEqual(
    settleIndexing(pages).map((p) => p.url),
    ['/en/x/', '/ko/x/'],
    'the translation was completed: both heads change',
  );
});
