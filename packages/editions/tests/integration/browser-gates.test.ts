/**
 * Proves the browser gates catch what they guard: two faults are planted and
 * the real Playwright suite is run once over both (a run of its own costs a
 * browser, a web server and the suite's start-up).
 *   - The quote gate: a copy of the publication loses one Korean quote and is
 *     built in draft mode (so it renders).
 *   - The pseudo-locale gate: a copy of the templates gets an English sentence
 *     above a chapter's text, and the pseudo build is made from it.
 * Both builds are of the Korean edition only: the run reads its pages.
 */
import assert from 'node:assert/strict';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { before, test } from 'node:test';
import { build } from '../../src/cli/build.ts';
import { findHardCoded } from '../../src/checks/pseudo.ts';
import { formatFinding } from '../../src/errors.ts';
import { copyProject, editJson, engineDir, runBrowserSuite } from '../helpers/project.ts';

let run = { status: null as number | null, output: '' };

before(
  async () => {
    const dir = await copyProject();
    await editJson(dir, 'locales/ko/quotes.json', (d) => delete d.quote['note-wish']);
    await build({ root: dir, out: '_site', draft: true, search: false, locale: 'ko' });

    const templates = path.join(dir, 'templates');
    await cp(path.join(engineDir, 'templates'), templates, { recursive: true });
    const page = path.join(templates, '_includes/edition-page.njk');
    const planted = (await readFile(page, 'utf8')).replace('{{ pg | storyPageHtml | safe }}', '<p>Share this story</p>\n{{ pg | storyPageHtml | safe }}');
    assert.match(planted, /Share this story/, 'the fault is planted');
    await writeFile(page, planted);
    // The copy's quote is missing: a draft pseudo build still renders it.
    await build({ root: dir, out: 'pseudo', draft: true, pseudo: true, templates, search: false, locale: 'ko' });

    // One test of each gate: a failed test costs the run a fresh worker and browser.
    run = await runBrowserSuite(path.join(dir, '_site'), ['quotes.spec.ts', 'pseudo.spec.ts'], 'quotes read in ko:|on /ko/the-route/$', {
      EDITIONS_ROOT: dir,
      PSEUDO_SITE: path.join(dir, 'pseudo'),
    });
  },
  { timeout: 180_000 },
);

test('the Playwright suite names locale, page, quote id, file and key of a missing translation', () => {
  assert.equal(run.status, 1, run.output);
  assert.ok(
    run.output.includes(
      'locales/ko/quotes.json [quote.note-wish] On /ko/the-letter/ (ko), quote "note-wish" is not translated: the page shows the English source text. Fix: Add "quote.note-wish" to locales/ko/quotes.json.',
    ),
    run.output,
  );
});

test('a hard-coded English string in a template fails the pseudo-locale test, naming page and text', () => {
  assert.equal(run.status, 1, run.output);
  assert.ok(run.output.includes('On /ko/the-route/, "Share this story" is not from the locale files'), run.output);
});

test('findHardCoded names plain text and lets pseudo-localized text and endonyms through', () => {
  assert.deepEqual(findHardCoded('/en/', ['[Ṗαṛţ ṓṇḛ]', '日本語', 'English', '2024', 'Share this story']).map(formatFinding), [
    '[Share this story] On /en/, "Share this story" is not from the locale files: it stayed unchanged in the pseudo-localized build. Fix: Move the text into locales/<lng>/ui.json and use it through the `t` filter in the template.',
  ]);
});
