import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editions as locales } from '../../helpers/project.ts';
import { createTranslator } from '../../../src/translator/i18n.ts';
import { loadModel } from '../../../src/model/load.ts';
import { headerPolicy, metaPolicy } from '../../../src/render/csp.ts';
import { buildPages } from '../../../src/render/pages.ts';
import { feedViews, hostFiles, hreflangCluster, rootView, sitemapEntries } from '../../../src/render/site.ts';
import { projectDir } from '../../helpers/project.ts';

const { model } = await loadModel(projectDir);
const tr = createTranslator(model);
const pages = buildPages(model, tr, locales);
const origin = 'https://example.org';

test("a chapter's hreflang cluster names every edition, and x-default is the source edition", () => {
  const ja = pages.find((p) => p.locale === 'ja' && p.slug === 'the-route')!;
  assert.deepEqual(hreflangCluster(ja), [
    { hreflang: 'en', url: '/en/the-route/' },
    { hreflang: 'ja', url: '/ja/the-route/' },
    { hreflang: 'ko', url: '/ko/the-route/' },
    { hreflang: 'x-default', url: '/en/the-route/' },
  ]);
  const home = pages.find((p) => p.locale === 'ko' && p.kind === 'home')!;
  assert.equal(hreflangCluster(home).at(-1)!.url, '/', "the homes' x-default is the root chooser");
});

test('the sitemap lists the root and every page, each with its absolute alternates', () => {
  const entries = sitemapEntries(pages, origin);
  assert.equal(entries.length, pages.length + 1);
  assert.equal(entries[0]!.loc, 'https://example.org/');
  const route = entries.find((e) => e.loc === 'https://example.org/ko/the-route/')!;
  assert.deepEqual(
    route.alternates.map((a) => `${a.hreflang} ${a.href}`),
    ['en https://example.org/en/the-route/', 'ja https://example.org/ja/the-route/', 'ko https://example.org/ko/the-route/', 'x-default https://example.org/en/the-route/'],
  );
});

test("each edition's feed lists its chapters, in its language, with typographic quotes", () => {
  const ja = feedViews(pages, tr, locales, origin).find((f) => f.locale === 'ja')!;
  assert.equal(ja.self, 'https://example.org/ja/feed.xml');
  assert.equal(ja.entries.length, model.story.chapters.length);
  assert.equal(ja.entries.find((e) => e.url.endsWith('/the-letter/'))!.title, '「金正恩」の名が記されたメモ');
});

test('the root chooser shows each edition in its own language', () => {
  const root = rootView(pages, tr, locales, 'en');
  assert.deepEqual(
    root.editions.map((e) => [e.locale, e.endonym, e.url]),
    [
      ['en', 'English', '/en/'],
      ['ja', '日本語', '/ja/'],
      ['ko', '한국어', '/ko/'],
    ],
  );
  assert.equal(root.editions[1]!.choose, tr.t('ja', 'ui', 'root.choose'));
});

test("hosts get each edition's 404 page and the sitemap's address", () => {
  const files = Object.fromEntries(hostFiles(locales, origin, 'H').map((f) => [f.path, f.text]));
  assert.match(files['/_redirects']!, /^\/ja\/\* {2}\/ja\/404\.html {2}404$/m);
  assert.match(files['/robots.txt']!, /^Sitemap: https:\/\/example\.org\/sitemap\.xml$/m);
});

test('the policy allows no inline script or style, and frame-ancestors only as a header', () => {
  assert.doesNotMatch(headerPolicy, /'unsafe-inline'|'unsafe-eval'|\*/);
  assert.match(metaPolicy, /^default-src 'none'; script-src 'self'/);
  assert.doesNotMatch(metaPolicy, /frame-ancestors/);
  assert.match(headerPolicy, /frame-ancestors 'none'$/);
});
