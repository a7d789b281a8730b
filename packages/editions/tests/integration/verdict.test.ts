/**
 * The one verdict: the build refuses exactly what the check calls an error,
 * with the same --draft, for every planted fault (and the clean publication).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { judgedCheck } from '../../src/checks/model.ts';
import { judge, severity, type Context } from '../../src/checks/verdict.ts';
import { EditionsError, formatFinding, problems, type Finding } from '../../src/errors.ts';
import { loadModel } from '../../src/model/load.ts';
import { prepareBuild } from '../../src/render/plugin.ts';
import { createTranslator } from '../../src/translator/i18n.ts';
import { copyProject, editJson, editions } from '../helpers/project.ts';

/** What `npm run check [--draft]` calls an error: load errors, or the judged check's errors. */
async function checkErrors(dir: string, draft: boolean): Promise<string[]> {
  try {
    const { model, findings } = await loadModel(dir);
    const ctx: Context = { command: 'check', draft, editions: model.story.editions };
    return [...judge(findings, ctx), ...judgedCheck(model, createTranslator(model), 'check', draft)].filter((f) => f.severity === 'error').map(formatFinding);
  } catch (error) {
    return (error as EditionsError).findings.map(formatFinding);
  }
}

/** What `npm run build [--draft]` refuses (the same errors, or none when it would publish). */
async function buildRefuses(dir: string, draft: boolean): Promise<string[]> {
  try {
    await prepareBuild(dir, draft);
    return [];
  } catch (error) {
    assert.ok(error instanceof EditionsError, String(error));
    return error.findings.map(formatFinding);
  }
}

const faults = [
  undefined, // the clean publication
  'placeholder-renamed',
  'placeholder-dropped',
  'placeholder-added',
  'empty-translation',
  'not-a-string',
  'draft-edition-missing-paragraph',
  'orphaned-chapter-translations',
  'undefined-quote',
  'unused-quote',
  'html-in-translation',
  'quotes-misspelled-field',
  'story-unknown-language',
  // Hostile input: markup, a link, nesting, a control character, an unsafe figure, an invisible translation.
  'link-in-translation',
  'image-in-translation',
  'nesting-in-translation',
  'control-character-in-title',
  'script-in-figure',
  'invisible-translation',
  'variation-selectors-translation',
  'control-character-in-credit-name',
  'control-character-in-speaker-name',
  'protocol-relative-content-link',
  'css-escape-in-figure',
  'deeply-nested-figure',
  'code-span-across-lines-in-translation',
  'oversized-translation',
];

describe('the build never publishes what the check calls an error, and the check never passes what the build refuses', { concurrency: 4 }, () => {
  for (const fixture of faults) {
    for (const draft of [false, true]) {
      test(`${fixture ?? 'the clean publication'}${draft ? ' (--draft)' : ''}`, async () => {
        const dir = await copyProject(fixture);
        assert.deepEqual(await buildRefuses(dir, draft), await checkErrors(dir, draft));
      });
    }
  }
  test('a wrong figure in a Korean translation (1,500 soldiers written as 150): both refuse it, naming file and key', async () => {
    const dir = await copyProject();
    await editJson(dir, 'locales/ko/the-route.json', (d) => {
      d['p-07f215'] = d['p-07f215'].replace('1500', '150');
    });
    const check = await checkErrors(dir, false);
    assert.ok(
      check.some((f) => f.startsWith('locales/ko/the-route.json:') && f.includes('[the-route:p-07f215] The figures differ from the source')),
      check.join('\n'),
    );
    assert.deepEqual(await buildRefuses(dir, false), check);
    assert.deepEqual(await buildRefuses(dir, true), await checkErrors(dir, true), 'and with --draft');
  });
  test('a quote missing in a draft edition stops both unless --draft', async () => {
    const dir = await copyProject('draft-edition-missing-paragraph');
    const { model } = await loadModel(dir);
    delete (model.locales.get('ko')!.files.get('quotes')!.data.quote as Record<string, string>)['note-wish'];
    const errors = judgedCheck(model, createTranslator(model), 'build', false).filter((f) => f.severity === 'error');
    assert.deepEqual(
      errors.map((f) => `${f.code} ${f.locale} ${f.key}`),
      ['missing ko quote.note-wish'],
    );
    assert.deepEqual(
      judgedCheck(model, createTranslator(model), 'build', true).filter((f) => f.severity === 'error'),
      [],
    );
  });
});

describe('the rules', () => {
  const ko = editions.find((e) => e.code === 'ko')!;
  const ctx = (over: Partial<Context> & { mode?: 'strict' | 'draft' }): Context => ({
    command: over.command ?? 'build',
    draft: over.draft ?? false,
    editions: [{ ...ko, mode: over.mode ?? 'strict' }],
  });
  const missing = (subject: Finding['subject']): Finding => problems.missingTranslation('locales/ko/x.json', 'ko', 'k', 'Source', subject);
  test('a missing paragraph stops a strict edition, not a draft one', () => {
    assert.equal(severity(missing('unit'), ctx({ mode: 'strict' })), 'error');
    assert.equal(severity(missing('unit'), ctx({ mode: 'draft' })), 'warning');
    assert.equal(severity(missing('unit'), ctx({ mode: 'strict', draft: true })), 'warning');
  });
  test('a missing quote or chrome string stops even a draft edition, unless the build is --draft', () => {
    for (const subject of ['quote', 'ui'] as const) {
      assert.equal(severity(missing(subject), ctx({ mode: 'draft' })), 'error');
      assert.equal(severity(missing(subject), ctx({ mode: 'draft', draft: true })), 'warning');
    }
  });
  test('an outdated translation is published (flagged) but is work left to do for i18n:status in a strict edition', () => {
    const outdated = problems.outdatedTranslation('locales/ko/x.json', 'ko', 'x', 'k');
    assert.equal(severity(outdated, ctx({ command: 'build' })), 'warning');
    assert.equal(severity(outdated, ctx({ command: 'check' })), 'warning');
    assert.equal(severity(outdated, ctx({ command: 'status' })), 'error');
    assert.equal(severity(outdated, ctx({ command: 'status', mode: 'draft' })), 'warning');
  });
  test('a broken placeholder is an error in every mode', () => {
    const f = problems.placeholderMismatch('locales/ko/ui.json', 'ko', 'k', ['n'], ['m']);
    for (const mode of ['strict', 'draft'] as const) for (const draft of [false, true]) assert.equal(severity(f, ctx({ mode, draft })), 'error');
  });
});
