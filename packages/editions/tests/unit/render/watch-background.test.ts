/**
 * `npm start` makes the books, cards and search index after a pause in the
 * saves, so that they never hold up the next save's page; what it then makes
 * covers every page the builds it waited for wrote.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { afterAPause, type BuildState } from '../../../src/render/plugin.ts';
import type { PageView } from '../../../src/render/pages.ts';

const page = (url: string) => ({ url }) as PageView;
const after = (pages: string[] | null) => ({ render: pages && { pages: pages.map(page), statusPages: [] } }) as unknown as BuildState;

test('saves in quick succession make the background work once, for every page they wrote; a build starting puts it off', async () => {
  const runs: (string[] | null)[] = [];
  const background = afterAPause((_, state) => runs.push(state.render ? state.render.pages.map((p) => p.url).sort() : null), 50);
  background.built('_site', after(['/ja/a/']));
  await new Promise((r) => setTimeout(r, 20));
  background.building();
  await new Promise((r) => setTimeout(r, 60));
  assert.deepEqual(runs, [], 'a build started: nothing made meanwhile');
  background.built('_site', after(['/ja/b/', '/ja/a/']));
  await new Promise((r) => setTimeout(r, 80));
  assert.deepEqual(runs, [['/ja/a/', '/ja/b/']]);
  // A full build among them: everything.
  background.built('_site', after(null));
  background.built('_site', after(['/ja/c/']));
  await new Promise((r) => setTimeout(r, 80));
  assert.deepEqual(runs, [['/ja/a/', '/ja/b/'], null]);
});
