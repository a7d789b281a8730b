/**
 * The build with untrusted input: it cleans up after a killed build, refuses
 * hostile text, publishes a link only where the source has it, and writes
 * XML that parses whatever the (legal) text holds.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { DOMParser, onErrorStopParsing } from '@xmldom/xmldom';
import { build } from '../../src/cli/build.ts';
import { copyProject, editJson, editText } from '../helpers/project.ts';

/** Every .xml file under `dir`, parsed strictly: throws naming the file on the first error. */
async function parseEveryXml(dir: string): Promise<string[]> {
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.xml')).sort();
  for (const file of files) {
    const text = await readFile(path.join(dir, file), 'utf8');
    assert.doesNotThrow(() => new DOMParser({ onError: onErrorStopParsing }).parseFromString(text, 'text/xml'), `${file} is not well-formed XML`);
  }
  return files;
}

test("a build removes what killed builds left, keeps a running build's folder, and every XML output parses", { timeout: 120_000 }, async () => {
  const dir = await copyProject();
  // Legal but awkward text in every string that reaches the feed and the sitemap.
  const awkward = ' & <b> ]]> "q" \'a\' \u2028 😀 &amp;';
  await editJson(dir, 'locales/ko/story.json', (d) => {
    d.title += awkward;
    d.description += awkward;
  });
  await editText(dir, 'content/chapters/the-route.md', (t) => t.replace('title: From North Korea to Kursk', `title: "From North Korea to Kursk${awkward.replace(/"/g, '\\"')}"`));
  // What a killed build leaves: its staging folder (or, killed while removing it, that moved aside) and previous folder, named by a process that no longer runs.
  const dead = 2 ** 22 + 12345;
  const alive = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
  try {
    for (const name of [`_site.staging-${dead}`, `_site.staging-${dead}.removing`, `_site.previous-${dead}`, `_site.staging-${alive.pid}`]) {
      await mkdir(path.join(dir, name));
      await writeFile(path.join(dir, name, 'index.html'), 'old');
    }
    await build({ root: dir, out: '_site', draft: false, search: false });
    assert.deepEqual(
      (await readdir(dir)).filter((n) => n.startsWith('_site.')),
      [`_site.staging-${alive.pid}`],
      'a running build keeps its folder',
    );
  } finally {
    alive.kill();
  }
  const xml = await parseEveryXml(path.join(dir, '_site'));
  assert.deepEqual(xml, ['en/feed.xml', 'ja/feed.xml', 'ko/feed.xml', 'sitemap.xml']);
  const sitemap = await readFile(path.join(dir, '_site/sitemap.xml'), 'utf8');
  for (const [, loc] of sitemap.matchAll(/<loc>(.*?)<\/loc>/g)) assert.match(loc!, /^https?:\/\/[A-Za-z0-9.:-]+\/[A-Za-z0-9/._~%-]*$/, loc);
});

test('a link is published only where the source unit has the same address; any other is refused by the build', { timeout: 120_000 }, async () => {
  const dir = await copyProject();
  await editText(dir, 'content/chapters/the-route.md', (t) => t.replace('appeared on Telegram', 'appeared on [Telegram](https://t.me/example)'));
  // The real translation (its figures and names intact for QA), with the link of the source added.
  await editJson(dir, 'locales/ja/the-route.json', (d) => {
    d['p-083f09'] = `${d['p-083f09']}（[テレグラム](https://t.me/example)に*動画*）`;
  });
  await build({ root: dir, out: '_site', draft: false, search: false });
  const page = await readFile(path.join(dir, '_site/ja/the-route/index.html'), 'utf8');
  assert.match(page, /<a href="https:\/\/t\.me\/example">テレグラム<\/a>に<em>動画<\/em>/);

  await editJson(dir, 'locales/ja/the-route.json', (d) => {
    d['p-083f09'] = d['p-083f09'].replace('https://t.me/example)', 'https://t.me/example.evil)');
  });
  await assert.rejects(build({ root: dir, out: '_site', draft: true, search: false }), (e: Error) => {
    assert.match(e.message, /^locales\/ja\/the-route\.json:\d+ \[p-083f09\] The translation links to "https:\/\/t\.me\/example\.evil", an address its source does not link to\./m);
    return true;
  });
});
