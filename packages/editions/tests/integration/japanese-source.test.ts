/**
 * A publication written in Japanese, with English and Korean editions
 * (tests/fixtures/japanese-source/): the editions, their modes and the
 * source language are the publication's, declared in its content/story.md.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { build } from '../../src/cli/build.ts';
import { copyProject, npmScript, projectDir } from '../helpers/project.ts';

const page = (dir: string, url: string) => readFile(path.join(dir, '_site', url, 'index.html'), 'utf8');

test('a Japanese-source publication with English and Korean editions passes the check and builds every edition', { timeout: 120_000 }, async () => {
  const dir = await copyProject('japanese-source');
  const [command, ...args] = npmScript('check');
  const check = spawnSync(command, [...args, '--root', dir], { cwd: projectDir, encoding: 'utf8' });
  assert.equal(check.status, 0, check.stdout + check.stderr);
  // Korean is a draft edition: its one untranslated paragraph is a warning, not an error.
  assert.match(
    check.stdout,
    /^locales\/ko\/harbour\.json \[p-a20002\] warning: No ko translation for "p-a20002" \(source: "魚は氷を詰めた箱に移され、すぐに市場へ運ばれる。"\)\./m,
  );
  assert.match(check.stdout, /^0 error\(s\), 1 warning\(s\) in ja, en, ko\.$/m);

  await build({ root: dir, out: '_site', draft: false });
  for (const [lng, title] of [
    ['ja', '夜明けの港'],
    ['en', 'The harbour at dawn'],
    ['ko', '새벽의 항구'],
  ] as const) {
    const html = await page(dir, `${lng}/harbour`);
    assert.match(html, new RegExp(`^<!doctype html>\\n<html lang="${lng}">`), `${lng}: <html lang>`);
    assert.ok(html.includes(`<h1 id="title">${title}</h1>`), `${lng}: the chapter title in its edition's language`);
    // Every quote, in the edition's language; the switcher leads to the same chapter in the other two.
    assert.match(html, new RegExp(`data-quote="fisher-dawn" lang="${lng}"`));
    for (const other of ['ja', 'en', 'ko'].filter((l) => l !== lng)) {
      assert.match(html, new RegExp(`<a href="/${other}/harbour/" hreflang="${other}" lang="${other}"`), `${lng}: switcher to ${other}`);
    }
  }
  // The source edition shows the chapters as written; the draft Korean edition flags its fallback in Japanese.
  assert.match(await page(dir, 'ja/harbour'), /<p id="p-a20002">魚は氷を詰めた箱に移され、すぐに市場へ運ばれる。<\/p>/);
  assert.match(await page(dir, 'ko/harbour'), /<p id="p-a20002" lang="ja" data-status="missing">魚は氷を詰めた/);
  // The source edition quotes every quote from content/, whatever language it was published in (issue #20):
  // words published in Korean and in English, and a Vietnamese speaker's, all in Japanese, their originals beside them.
  const market = await page(dir, 'ja/market');
  assert.match(
    market,
    /<blockquote data-quote="resident-wait" lang="ja"><p>船が入るまで待つしかなかった。<\/p><\/blockquote>\s*<blockquote class="original" lang="ko"><p>배가 들어올 때까지 기다릴 수밖에 없었다\.<\/p>/,
  );
  assert.match(
    market,
    /<blockquote data-quote="report-night" lang="ja"><p>漁船は真夜中前に出港した。<\/p><\/blockquote>\s*<blockquote class="original" lang="en"><p>The boats went out before midnight\.<\/p>/,
  );
  assert.match(market, /<blockquote data-quote="worker-hours" lang="ja"><p>朝から晩まで箱を運んだ。<\/p>/);
  assert.match(market, /韓国語の原文から本版が翻訳。/);
  assert.match(market, /出典にはベトナム語の原文が示されていない。/);
  assert.doesNotMatch(market, /data-status="missing"|noindex|locales\/ja|&amp;#x2F;|&#x2F;/);
  assert.match(market, /<h2 id="競りの前に"><span class="heading-text">競りの前に<\/span>/);
  // The Korean edition shows the Korean words as their speaker's own; the English one the English report's.
  assert.match(await page(dir, 'ko/market'), /<blockquote data-quote="resident-wait" lang="ko"><p>배가 들어올 때까지 기다릴 수밖에 없었다.<\/p>/);
  assert.match(await page(dir, 'en/market'), /<blockquote data-quote="report-night" lang="en"><p>The boats went out before midnight\.<\/p>/);
  // The Japanese page is complete, so it is in the sitemap with its alternates.
  const sitemap = await readFile(path.join(dir, '_site/sitemap.xml'), 'utf8');
  assert.match(sitemap, /<loc>[^<]*\/ja\/market\/<\/loc>/);
  // x-default is the source edition's chapter.
  assert.match(await page(dir, 'en/market'), /<link rel="alternate" hreflang="x-default" href="[^"]*\/ja\/market\/">/);
  // The status page lists the translated editions, not the source.
  const status = await page(dir, 'en/translation-status');
  assert.match(status, /<td>en<\/td>/);
  assert.match(status, /<td>ko<\/td>/);
  assert.doesNotMatch(status, /<td>ja<\/td>/);
  // One search index per edition.
  const entry = JSON.parse(await readFile(path.join(dir, '_site/pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
  assert.deepEqual(Object.keys(entry.languages).sort(), ['en', 'ja', 'ko']);
});
