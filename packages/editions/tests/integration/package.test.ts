/**
 * The engine as another newsroom meets it: `npm pack ./packages/editions`,
 * installed from the tarball in an empty folder outside this repository,
 * `editions init` a Korean-source publication, then a real Korean chapter
 * with quotes: ids, check and build pass and every edition reads right.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import test from 'node:test';
import { engineDir } from '../helpers/project.ts';
import { tempDir } from '../helpers/tmp.ts';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(cwd: string, command: string, args: string[]): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });
  assert.equal(result.status, 0, `${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

const chapter = `---
title: 국경의 시장
description: 국경 도시의 시장에서 들은 말.
---

## 새벽 시장 {#dawn-market}

시장은 새벽 다섯 시에 열린다. 상인은 스무 명쯤이다.

::: quote trader-morning
:::
`;

const quotes = `people:
  trader:
    name: 박은희
    role: 상인
sources:
  interview:
    text: 필자의 인터뷰, 2026년 9월
quotes:
  trader-morning:
    speaker: trader
    language: ko
    published: ko
    originalForm: text
    source: interview
    text: 아침마다 값이 달라요.
`;

const quoteTranslations: Record<string, object> = {
  en: {
    quote: { 'trader-morning': 'The price changes every morning.' },
    person: { trader: { name: 'Park Eun-hee', role: 'Trader' } },
    source: { interview: 'Interview by the author, September 2026' },
  },
  ja: { quote: { 'trader-morning': '値段は毎朝変わります。' }, person: { trader: { name: '朴恩熙', role: '商人' } }, source: { interview: '筆者による取材、2026年9月' } },
};

test('a packed engine installs in an empty folder, starts a Korean publication and builds it in every edition', { timeout: 600_000 }, async () => {
  const work = await tempDir('editions-package-');
  const packed = run(engineDir, npm, ['pack', '--silent', '--pack-destination', work]).trim().split('\n').pop()!;
  const tarball = path.join(work, packed);
  const dir = path.join(work, 'newsroom');
  run(work, 'mkdir', [dir]);
  run(dir, npm, ['init', '-y']);
  run(dir, npm, ['install', '--prefer-offline', tarball]);
  const editions = (...args: string[]) => run(dir, process.execPath, [path.join(dir, 'node_modules/editions/bin/editions.js'), ...args]);
  // Nothing but compiled JavaScript runs: no TypeScript in the installed package.
  const installed = await readdir(path.join(dir, 'node_modules/editions'), { recursive: true });
  assert.deepEqual(
    installed.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')),
    [],
  );

  editions('init', '.', '--source', 'ko', '--editions', 'ko,en,ja');
  editions('check');
  editions('build');
  assert.match(await readFile(path.join(dir, '_site/ko/index.html'), 'utf8'), /<html lang="ko"/);

  // The starter replaced by a real Korean chapter and its quote.
  await rm(path.join(dir, 'content/chapters/getting-started.md'));
  await writeFile(path.join(dir, 'content/chapters/market.md'), chapter);
  const story = (await readFile(path.join(dir, 'content/story.md'), 'utf8')).replace('  - getting-started', '  - market');
  await writeFile(path.join(dir, 'content/story.md'), story);
  await writeFile(path.join(dir, 'content/quotes.yml'), quotes);
  for (const [lng, data] of Object.entries(quoteTranslations)) await writeFile(path.join(dir, `locales/${lng}/quotes.json`), JSON.stringify(data, null, 2));
  editions('ids');
  editions('check');
  editions('build');

  const ko = await readFile(path.join(dir, '_site/ko/market/index.html'), 'utf8');
  assert.match(ko, /data-quote="trader-morning"[^>]*lang="ko"|lang="ko"[^>]*data-quote="trader-morning"/);
  assert.match(ko, /아침마다 값이 달라요/);
  assert.doesNotMatch(ko, /data-status="missing"/);
  assert.match(ko, /id="dawn-market"/);
  for (const lng of ['en', 'ja']) {
    const page = await readFile(path.join(dir, `_site/${lng}/market/index.html`), 'utf8');
    assert.match(page, new RegExp(`<html lang="${lng}"`));
    // The quote is translated; the prose of a draft edition falls back to Korean, marked.
    assert.match(page, lng === 'en' ? /The price changes every morning/ : /値段は毎朝変わります/);
    assert.match(page, /lang="ko"[^>]*data-status="missing"|data-status="missing"[^>]*lang="ko"/);
  }
  for (const lng of ['ko', 'en', 'ja']) assert.ok((await readdir(path.join(dir, `_site/pagefind`))).length > 0, lng);

  // The same installed engine starts a Japanese-source publication with a Vietnamese edition: Editions' own chrome, no ui.json.
  const ja = path.join(dir, 'ja-newsroom');
  const inJa = (...args: string[]) => run(ja, process.execPath, [path.join(dir, 'node_modules/editions/bin/editions.js'), ...args]);
  run(dir, 'mkdir', [ja]);
  inJa('init', '.', '--source', 'ja', '--editions', 'ja,en,vi');
  assert.deepEqual(
    (await readdir(path.join(ja, 'locales/vi'))).filter((f) => f.endsWith('.json')),
    [],
  );
  assert.match(inJa('check'), /^0 error\(s\)/m);
  inJa('build');
  const vi = await readFile(path.join(ja, '_site/vi/getting-started/index.html'), 'utf8');
  assert.match(vi, /<html lang="vi"/);
  assert.match(vi, /Mục lục/);
  assert.match(vi, /lang="ja" data-status="missing"/);
});
