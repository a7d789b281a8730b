/**
 * Proves the browser gate catches a missing translation: a copy of the
 * publication loses one Korean quote, is built in draft mode (so it renders),
 * and the real Playwright suite is run over it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { build } from '../../src/cli/build.ts';
import { copyProject, editJson, freePort, repoDir } from '../helpers/project.ts';

test('the Playwright suite names locale, page, quote id, file and key of a missing translation', { timeout: 120_000 }, async () => {
  const dir = await copyProject();
  await editJson(dir, 'locales/ko/quotes.json', (d) => delete d.quote['note-wish']);
  await build({ root: dir, out: '_site', draft: true, search: false });

  const port = await freePort();
  const run = spawnSync('npx', ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts', 'tests/e2e/quotes.spec.ts', '-g', 'quotes read in ko:', '--reporter=line'], {
    cwd: repoDir,
    encoding: 'utf8',
    env: { ...process.env, SITE_DIR: path.join(dir, '_site'), EDITIONS_ROOT: dir, E2E_PORT: String(port) },
  });
  const output = run.stdout + run.stderr;
  assert.equal(run.status, 1, output);
  assert.ok(
    output.includes(
      'locales/ko/quotes.json [quote.note-wish] On /ko/the-letter/ (ko), quote "note-wish" is not translated: the page shows the English source text. Fix: Add "quote.note-wish" to locales/ko/quotes.json.',
    ),
    output,
  );
});
