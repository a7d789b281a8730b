/**
 * A shard pays only for its edition: it gates its own edition (another
 * edition's error is that shard's to report) and writes only its edition's
 * pages and parallel views, besides the site-wide files every shard writes.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { build } from '../../src/cli/build.ts';
import type { EditionsError } from '../../src/errors.ts';
import { copyProject, editJson } from '../helpers/project.ts';

test('a missing Japanese quote stops the ja shard, naming file and key; the ko shard builds its own pages only', { timeout: 180_000 }, async () => {
  const dir = await copyProject();
  await editJson(dir, 'locales/ja/quotes.json', (d) => delete d.quote['letter-kim']);
  await assert.rejects(build({ root: dir, out: 'shard-ja', draft: false, locale: 'ja', search: false }), (e: EditionsError) => {
    assert.match(e.message, /locales\/ja\/quotes\.json \[quote\.letter-kim\] No ja translation for "quote\.letter-kim"/);
    return true;
  });
  await build({ root: dir, out: 'shard-ko', draft: false, locale: 'ko', search: false });
  const site = path.join(dir, 'shard-ko');
  assert.ok(existsSync(path.join(site, 'ko/the-route/parallel/ja/index.html')), 'its parallel views, its edition first');
  for (const other of ['ja/the-route/index.html', 'ja/the-route/parallel/ko/index.html', 'en/index.html']) {
    assert.equal(existsSync(path.join(site, other)), false, `${other} belongs to another shard`);
  }
  for (const siteWide of ['index.html', '404.html', 'sitemap.xml']) assert.ok(existsSync(path.join(site, siteWide)), `${siteWide}: every shard writes the site-wide files`);
  await assert.rejects(build({ root: dir, out: '_site', draft: false, search: false }), /quote\.letter-kim/, 'the full build gates every edition');
});
