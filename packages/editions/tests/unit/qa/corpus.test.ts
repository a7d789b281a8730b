import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { createTranslator } from '../../../src/translator/i18n.ts';
import { loadModel } from '../../../src/model/load.ts';
import type { Model } from '../../../src/model/types.ts';
import { qaFindings } from '../../../src/qa/index.ts';
import { FIRST_PUBLICATION, loadFaults, loadRewrites, PUBLICATIONS_DIR, withOverride } from '../../../../../scripts/qa-faults.ts';
import { projectDir } from '../../helpers/project.ts';

// The first publication is the frozen copy; the others (written in other source languages) live beside it.
const models = new Map<string, Model>();
async function publication(name = FIRST_PUBLICATION): Promise<Model> {
  if (!models.has(name)) models.set(name, (await loadModel(name === FIRST_PUBLICATION ? projectDir : path.join(PUBLICATIONS_DIR, name))).model);
  return models.get(name)!;
}
const faults = loadFaults(projectDir);
const rewrites = loadRewrites();
const FIGURE_KINDS = ['count', 'myriad', 'kanji', 'native', 'approximation', 'proportion', 'ordinal', 'rate', 'decade', 'age', 'duration', 'date', 'measure'];

test('the planted-fault corpus has faults in Japanese and in Korean across figures, names and typography, and one of every figure kind', () => {
  assert.ok(faults.length >= 100, `${faults.length} faults`);
  for (const locale of ['ja', 'ko']) {
    const codes = new Set(faults.filter((f) => f.expect.locale === locale).map((f) => f.expect.code));
    for (const code of ['qa-figure', 'qa-term', 'qa-unbalanced', 'qa-straight-quote', 'qa-double-space', 'qa-source-leftover', 'qa-identical']) {
      assert.ok(codes.has(code), `no ${locale} fault for ${code}`);
    }
  }
  for (const kind of FIGURE_KINDS)
    assert.ok(
      faults.some((f) => f.kind === kind),
      `no fault of kind ${kind}`,
    );
});

test('the rewrite corpus has at least 60 rewrites in Japanese and Korean, of every figure kind and of names', () => {
  assert.ok(rewrites.filter((r) => r.locale === 'ja' || r.locale === 'ko').length >= 60);
  for (const kind of [...FIGURE_KINDS, 'names'])
    assert.ok(
      rewrites.some((r) => r.kind === kind),
      `no rewrite of kind ${kind}`,
    );
});

/** The strings an override plants must exist and differ, or the case tests nothing. */
function assertPlants(model: Model, locale: string, override: Record<string, Record<string, string>>): void {
  for (const [file, strings] of Object.entries(override)) {
    for (const [key, text] of Object.entries(strings)) {
      const current = model.locales
        .get(locale)
        ?.files.get(file.replace(/^locales\/[^/]+\/|\.json$/g, ''))
        ?.strings.get(key);
      assert.ok(current !== undefined, `${file} has no "${key}" any more: the fixture is stale`);
      assert.notEqual(text, current, 'the fixture plants nothing');
    }
  }
}

for (const fault of faults) {
  test(`planted fault ${fault.name}: ${fault.fault}`, async () => {
    const model = await publication(fault.publication);
    assertPlants(model, fault.expect.locale, fault.override);
    const faulty = withOverride(model, fault.override);
    const found = qaFindings(faulty, createTranslator(faulty), fault.expect.locale);
    const caught = found.some((f) => f.code === fault.expect.code && f.key === fault.expect.unit);
    if (fault.limit) assert.ok(!caught, `now caught: drop "limit" from tests/fixtures/qa/${fault.name}/fault.json`);
    else assert.ok(caught, `expected ${fault.expect.code} on ${fault.expect.unit}; found ${JSON.stringify(found.map((f) => [f.code, f.key]))}`);
  });
}

for (const rewrite of rewrites) {
  test(`legitimate rewrite ${rewrite.name} (${rewrite.kind}, ${rewrite.locale}): ${rewrite.note}`, async () => {
    const model = await publication(rewrite.publication);
    assertPlants(model, rewrite.locale, rewrite.override);
    const rewritten = withOverride(model, rewrite.override);
    const found = qaFindings(rewritten, createTranslator(rewritten), rewrite.locale).filter((f) => f.key === rewrite.unit);
    assert.deepEqual(
      found.map((f) => `${f.code}: ${f.what}`),
      [],
    );
  });
}

test('a publication written in Japanese, with figures of every kind, has no QA finding in its English and Korean editions', async () => {
  const model = await publication('village-bus');
  assert.equal(model.story.sourceLanguage, 'ja');
  for (const locale of ['en', 'ko'])
    assert.deepEqual(
      qaFindings(model, createTranslator(model), locale).map((f) => `${f.code}: ${f.what}`),
      [],
      locale,
    );
});
