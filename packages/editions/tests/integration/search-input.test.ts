/**
 * The search index reads only what it indexes, and a build leaves nothing
 * behind: Pagefind is handed the home and chapter pages (not the parallel
 * views or tool pages it would parse and drop), its input folder is gone
 * afterwards, a build that fails leaves no Pagefind process, and a build
 * stopped with Ctrl-C removes its staging folder.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { build } from '../../src/cli/build.ts';
import { loadModel } from '../../src/model/load.ts';
import { indexedPages } from '../../src/render/page-kinds.ts';
import { writeSearchIndex } from '../../src/render/search-index.ts';
import { diffSites, runToRun } from '../helpers/site-diff.ts';
import { copyProject, engineDir, npmScript } from '../helpers/project.ts';
import { tempDir } from '../helpers/tmp.ts';

test('the index holds every home and chapter page of each edition, and nothing else; nothing else is written', { timeout: 180_000 }, async (t) => {
  const dir = await copyProject();
  await build({ root: dir, out: '_site', draft: false });
  const { model } = await loadModel(dir);
  const entry = JSON.parse(await readFile(path.join(dir, '_site/pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  for (const edition of model.story.editions) {
    const expected = indexedPages(model, edition.code).length;
    assert.ok(expected > 1, `${edition.code} has pages to index`);
    assert.equal(entry.languages[edition.code]?.page_count, expected, `${edition.code}: one index entry per home and chapter page`);
  }
  const fragments = await readdir(path.join(dir, '_site/pagefind/fragment'));
  assert.equal(fragments.length, indexedPages(model).length, 'one fragment per indexed page: no parallel view, search or status page');
  assert.ok(existsSync(path.join(dir, '_site/en/the-route/parallel/ja/index.html')), 'the parallel views are still written');
  assert.deepEqual(
    (await readdir(path.join(dir, '_site'))).filter((n) => n.startsWith('.')),
    [],
    'no hidden working folder is published',
  );
  assert.deepEqual(
    (await readdir(dir)).filter((n) => n.startsWith('_site.')),
    [],
    'no staging or previous folder is left',
  );

  // The same pages give the same index byte for byte, in whatever order they are handed over: Pagefind numbers the
  // pages as it walks its input, and a tmpfs folder lists its entries in an order set by when they were made (an
  // ext4 folder lists them by a hash of their names, which would hide the fault).
  if (!existsSync('/dev/shm')) {
    t.diagnostic('no /dev/shm (tmpfs) here: the index order was not checked');
    return;
  }
  const scratch = await tempDir('editions-index-order-', '/dev/shm');
  const [inOrder, reversed] = [path.join(scratch, 'in-order'), path.join(scratch, 'reversed')];
  for (const site of [inOrder, reversed]) await cp(path.join(dir, '_site'), site, { recursive: true, filter: (src) => !src.includes(`${path.sep}pagefind`) });
  await writeSearchIndex(inOrder, indexedPages(model));
  await writeSearchIndex(reversed, [...indexedPages(model)].reverse());
  const inIndex = (file: string) => file.startsWith('pagefind/') && !runToRun(file);
  assert.deepEqual(await diffSites(inOrder, reversed, inIndex), { onlyInA: [], onlyInB: [], differ: [] });
});

test('a build stopped with Ctrl-C removes its staging folder and publishes no half-written site', { timeout: 180_000 }, async () => {
  const dir = await copyProject();
  const [command, ...args] = npmScript('build');
  const stopped = spawn(command, [...args, '--root', dir, '--out', '_site'], { stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => stopped.on('exit', (code) => resolve(code)));
  // Interrupted while it writes: as soon as its staging folder exists.
  const staging = path.join(dir, `_site.staging-${stopped.pid}`);
  let running = true;
  void exited.then(() => {
    running = false;
  });
  while (running && !existsSync(path.join(staging, 'en'))) await new Promise((resolve) => setTimeout(resolve, 10));
  assert.ok(running, 'the build was still running when interrupted');
  stopped.kill('SIGINT');
  assert.equal(await exited, 130, 'it exits as a process stopped by Ctrl-C');
  assert.deepEqual(
    (await readdir(dir)).filter((n) => n.startsWith('_site')),
    [],
    'no staging folder, and no half-written site',
  );
});

test('Ctrl-C while hundreds of writes are in flight: the staging folder is gone when the process has exited (six times)', async () => {
  const left: number[] = [];
  for (let run = 0; run < 6; run++) {
    const staging = path.join(await tempDir('editions-interrupted-'), '_site.staging');
    const child = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), path.join(engineDir, 'tests/helpers/writes-in-flight.ts'), staging], { encoding: 'utf8' });
    assert.equal(child.status, 130, child.stderr);
    if (existsSync(staging) || existsSync(`${staging}.removing`)) left.push(run);
  }
  assert.deepEqual(left, [], 'runs that left a folder behind');
});

test('a build that fails half-way through rendering stops Pagefind and leaves the previous site as it was', { timeout: 180_000 }, async () => {
  const dir = await copyProject();
  await build({ root: dir, out: '_site', draft: false, search: false });
  const before = await readFile(path.join(dir, '_site/en/index.html'), 'utf8');
  // Templates that break on the fourth Korean story page, after most pages were rendered.
  const templates = path.join(dir, 'templates');
  await cp(path.join(engineDir, 'templates'), templates, { recursive: true });
  const layout = path.join(templates, '_includes/edition-page.njk');
  await writeFile(
    layout,
    (await readFile(layout, 'utf8')).replace(
      '{{ pg | storyPageHtml | safe }}',
      '{% if pg.number == 3 and pg.locale == "ko" %}{% include "no-such-part.njk" %}{% endif %}{{ pg | storyPageHtml | safe }}',
    ),
  );
  await assert.rejects(build({ root: dir, out: '_site', draft: false, templates }), (error: Error) => {
    // Eleventy wraps the template's error: the cause names the missing part.
    const chain: string[] = [];
    for (let e: unknown = error; e; e = (e as { originalError?: unknown }).originalError ?? (e as { cause?: unknown }).cause) chain.push(String((e as Error).message));
    assert.match(chain.join('\n'), /template not found: no-such-part\.njk/);
    return true;
  });
  assert.equal(await readFile(path.join(dir, '_site/en/index.html'), 'utf8'), before, 'the previous site is untouched');
  // Stopped, it exits a moment later: looked for until then.
  const pagefindChildren = () => {
    const pids = spawnSync('pgrep', ['-P', String(process.pid)], { encoding: 'utf8' }).stdout.trim();
    const name = (pid: string) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, 'utf8');
      } catch {
        return ''; // gone meanwhile
      }
    };
    return (pids ? pids.split('\n') : []).filter((pid) => name(pid).includes('pagefind'));
  };
  for (let tries = 0; tries < 50 && pagefindChildren().length; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
  assert.deepEqual(pagefindChildren(), [], "Pagefind's process does not outlive the build");
});
