/**
 * Proves the browser gate catches a missing translation: a copy of the
 * publication loses one Korean quote, is built in draft mode (so it renders),
 * and the real Playwright suite is run over it.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { build } from '../../src/cli/build.ts';
import { copyProject, editJson, runBrowserSuite } from '../helpers/project.ts';

test('the Playwright suite names locale, page, quote id, file and key of a missing translation', { timeout: 120_000 }, async () => {
  const dir = await copyProject();
  await editJson(dir, 'locales/ko/quotes.json', (d) => delete d.quote['note-wish']);
  // The Korean edition only: the run below reads its pages, nothing else.
  await build({ root: dir, out: '_site', draft: true, search: false, locale: 'ko' });

  const { status, output } = await runBrowserSuite(path.join(dir, '_site'), 'quotes.spec.ts', 'quotes read in ko:', { EDITIONS_ROOT: dir });
  assert.equal(status, 1, output);
  assert.ok(
    output.includes(
      'locales/ko/quotes.json [quote.note-wish] On /ko/the-letter/ (ko), quote "note-wish" is not translated: the page shows the English source text. Fix: Add "quote.note-wish" to locales/ko/quotes.json.',
    ),
    output,
  );
});
