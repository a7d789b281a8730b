import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTranslator } from '../../../src/translator/i18n.ts';
import { loadModel } from '../../../src/model/load.ts';
import { qaFindings } from '../../../src/qa/index.ts';
import { loadFaults, withOverride } from '../../../../../scripts/qa-faults.ts';
import { projectDir } from '../../helpers/project.ts';

const { model } = await loadModel(projectDir);
const faults = loadFaults(projectDir);

test('the planted-fault corpus has at least 40 faults, in Japanese and in Korean, across figures, names and typography', () => {
  assert.ok(faults.length >= 40, `${faults.length} faults`);
  for (const locale of ['ja', 'ko']) {
    const codes = new Set(faults.filter((f) => f.expect.locale === locale).map((f) => f.expect.code));
    for (const code of ['qa-figure', 'qa-term', 'qa-unbalanced', 'qa-straight-quote', 'qa-double-space', 'qa-source-leftover', 'qa-identical']) {
      assert.ok(codes.has(code), `no ${locale} fault for ${code}`);
    }
  }
});

for (const fault of faults) {
  test(`planted fault ${fault.name}: ${fault.fault}`, () => {
    const [[file, strings]] = Object.entries(fault.override) as [[string, Record<string, string>]];
    for (const [key, text] of Object.entries(strings)) {
      const current = model.locales.get(fault.expect.locale)?.files.get(file.replace(/^locales\/[^/]+\/|\.json$/g, ''))?.strings.get(key);
      assert.ok(current !== undefined, `${file} has no "${key}" any more: the fixture is stale`);
      assert.notEqual(text, current, 'the fixture plants nothing');
    }
    const faulty = withOverride(model, fault.override);
    const found = qaFindings(faulty, createTranslator(faulty), fault.expect.locale);
    const caught = found.some((f) => f.code === fault.expect.code && f.key === fault.expect.unit);
    if (fault.limit) assert.ok(!caught, `now caught: drop "limit" from tests/fixtures/qa/${fault.name}/fault.json`);
    else assert.ok(caught, `expected ${fault.expect.code} on ${fault.expect.unit}; found ${JSON.stringify(found.map((f) => [f.code, f.key]))}`);
  });
}
