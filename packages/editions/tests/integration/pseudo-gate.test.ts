/**
 * Proves the pseudo-locale test catches a hard-coded string: a copy of the
 * templates gets an English sentence above a chapter's text, the pseudo build is made
 * from it, and the real Playwright test is run over the result.
 */
import assert from 'node:assert/strict';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { build } from '../../src/cli/build.ts';
import { findHardCoded } from '../../src/checks/pseudo.ts';
import { formatFinding } from '../../src/errors.ts';
import { engineDir, projectDir, runBrowserSuite } from '../helpers/project.ts';
import { tempDir } from '../helpers/tmp.ts';

test('findHardCoded names plain text and lets pseudo-localized text and endonyms through', () => {
  assert.deepEqual(findHardCoded('/en/', ['[Ṗαṛţ ṓṇḛ]', '日本語', 'English', '2024', 'Share this story']).map(formatFinding), [
    '[Share this story] On /en/, "Share this story" is not from the locale files: it stayed unchanged in the pseudo-localized build. Fix: Move the text into locales/<lng>/ui.json and use it through the `t` filter in the template.',
  ]);
});

test('a hard-coded English string in a template fails the pseudo-locale test, naming page and text', { timeout: 120_000 }, async () => {
  const dir = await tempDir('editions-pseudo-');
  const templates = path.join(dir, 'templates');
  await cp(path.join(engineDir, 'templates'), templates, { recursive: true });
  const page = path.join(templates, '_includes/edition-page.njk');
  const planted = (await readFile(page, 'utf8')).replace('{{ pg | storyPageHtml | safe }}', '<p>Share this story</p>\n{{ pg | storyPageHtml | safe }}');
  assert.match(planted, /Share this story/, 'the fault is planted');
  await writeFile(page, planted);
  // The pages the run below reads (/ko/the-route/ and its parallel views): the Korean edition, no search index.
  await build({ root: projectDir, out: path.join(dir, 'site'), draft: false, pseudo: true, templates, search: false, locale: 'ko' });

  // SITE_DIR too (runBrowserSuite): the suite's web server must find a site even on a fresh clone, before any _site is built.
  const { status, output } = await runBrowserSuite(path.join(dir, 'site'), 'pseudo.spec.ts', 'on /ko/the-route/', { PSEUDO_SITE: path.join(dir, 'site') });
  assert.equal(status, 1, output);
  assert.ok(output.includes('On /ko/the-route/, "Share this story" is not from the locale files'), output);
});
