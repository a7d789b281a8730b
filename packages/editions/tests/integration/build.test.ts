import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { build, main } from '../../src/cli/build.ts';
import { refreshTemplates } from '../../src/cli/templates.ts';
import type { EditionsError } from '../../src/errors.ts';
import { copyProject } from '../helpers/project.ts';

/** One hash over every file's path and bytes. */
async function treeHash(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  for (const file of files) hash.update(path.relative(dir, file)).update(await readFile(file));
  return hash.digest('hex');
}

/** Rewords the first paragraph of the-letter.md (the source) to `words`, and returns what the Weblate/Crowdin template then says of it. */
async function reword(dir: string, words: string): Promise<() => Promise<string>> {
  const chapter = path.join(dir, 'content/chapters/the-letter.md');
  const before = await readFile(chapter, 'utf8');
  const after = before.replace(/^.* \{#p-1394be\}$/m, `${words} {#p-1394be}`);
  assert.notEqual(after, before, 'the paragraph is reworded');
  await writeFile(chapter, after);
  return async () => JSON.parse(await readFile(path.join(dir, 'i18n/en/the-letter.json'), 'utf8'))['p-1394be'];
}

test('a failed build leaves the previous _site byte for byte as it was, and the templates as the last good build wrote them', { timeout: 60_000 }, async () => {
  const dir = await copyProject();
  // `npm run build` itself: it also refreshes the Weblate/Crowdin templates from the source it validated.
  const template = await reword(dir, 'A reworded first paragraph.');
  await main(['--root', dir, '--out', '_site']);
  assert.equal(await template(), 'A reworded first paragraph.');
  const before = await treeHash(path.join(dir, '_site'));
  assert.ok((await readdir(path.join(dir, '_site', 'pagefind'))).length > 0, 'the search index is part of the build');

  await reword(dir, 'Reworded again, in a build that fails.');
  const ui = path.join(dir, 'locales/ko/ui.json');
  await writeFile(ui, (await readFile(ui, 'utf8')).replace('"site": {', '"site": {,'));
  let refreshed = false;
  const failing = build({
    root: dir,
    out: '_site',
    draft: false,
    alsoWhileIndexing: async ({ model }) => {
      refreshed = true;
      await refreshTemplates(dir, model);
    },
  });
  await assert.rejects(failing, (e: EditionsError) => {
    assert.match(e.message, /^locales\/ko\/ui\.json:2:12 This file is not valid JSON/);
    return true;
  });
  assert.equal(await treeHash(path.join(dir, '_site')), before);
  assert.equal(refreshed, false, 'a refused build refreshes no template');
  assert.equal(await template(), 'A reworded first paragraph.');
  assert.deepEqual(
    (await readdir(dir)).filter((n) => n.startsWith('_site.')),
    [],
    'no staging folder is left behind',
  );
});

test('a missing quote translation stops the build, naming file and key', { timeout: 60_000 }, async () => {
  const dir = await copyProject();
  const quotes = path.join(dir, 'locales/ja/quotes.json');
  const data = JSON.parse(await readFile(quotes, 'utf8'));
  delete data.quote['letter-kim'];
  await writeFile(quotes, JSON.stringify(data));
  await assert.rejects(build({ root: dir, out: '_site', draft: false }), /locales\/ja\/quotes\.json \[quote\.letter-kim\] No ja translation for "quote\.letter-kim"/);
});

test('a placeholder renamed in a Korean string stops the build too, naming file, line and key (the check and the build share one verdict)', { timeout: 60_000 }, async () => {
  const dir = await copyProject('placeholder-renamed');
  const line = (await readFile(path.join(dir, 'locales/ko/ui.json'), 'utf8')).split('\n').findIndex((l) => l.includes('{{num}}')) + 1;
  await assert.rejects(build({ root: dir, out: '_site', draft: false }), (e: EditionsError) => {
    assert.ok(
      e.message
        .split('\n')
        .includes(
          `locales/ko/ui.json:${line} [nav.chapterNumber] The placeholders differ from the source: expected {{number}}, found {{num}}. Fix: Keep every {{placeholder}} of the source, spelled exactly the same.`,
        ),
      e.message,
    );
    return true;
  });
  assert.deepEqual(
    (await readdir(dir)).filter((n) => n.startsWith('_site')),
    [],
    'nothing was published',
  );
});
