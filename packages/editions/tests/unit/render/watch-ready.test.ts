/**
 * `npm start` serves only once the watcher watches every file of content/ and
 * locales/: chokidar says `ready` before its scan is over when a watched path
 * is missing (Eleventy watches config files a publication need not have), and
 * a file saved before the scan reaches it never gives an event.
 */
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { watchUntilReady } from '../../../src/render/eleventy-run.ts';
import { tempDir } from '../../helpers/tmp.ts';

test('the watcher is ready when it watches every file under content/ and locales/, not when chokidar says so', async () => {
  const root = await tempDir('editions-ready-');
  await mkdir(path.join(root, 'content/chapters'), { recursive: true });
  await mkdir(path.join(root, 'locales/ja'), { recursive: true });
  await writeFile(path.join(root, 'content/chapters/a.md'), '');
  await writeFile(path.join(root, 'locales/ja/a.json'), '{}');
  // A scan that takes its time: the Japanese folder is reached only after 300 ms.
  const started = performance.now();
  const scanned = () => performance.now() - started > 300;
  const watcher = {
    options: { cwd: '/' },
    getWatched: () => ({
      [path.relative('/', root)]: ['content', 'locales'],
      [path.relative('/', path.join(root, 'content'))]: ['chapters'],
      [path.relative('/', path.join(root, 'content/chapters'))]: ['a.md'],
      [path.relative('/', path.join(root, 'locales'))]: ['ja'],
      ...(scanned() ? { [path.relative('/', path.join(root, 'locales/ja'))]: ['a.json'] } : {}),
    }),
  };
  const eleventy = { watch: async () => {}, watcher } as unknown as Parameters<typeof watchUntilReady>[0];
  await watchUntilReady(eleventy, root);
  assert.ok(scanned(), 'returned before locales/ja/a.json was watched');
});
