import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildGlossary } from '../../../src/qa/glossary.ts';
import type { Model } from '../../../src/model/types.ts';

const model = { people: new Map(), story: { sourceLanguage: 'en', editions: [] }, locales: new Map() } as unknown as Model;

test('a glossary term written without "terms:" is an error, never silently ignored', () => {
  const glossary = buildGlossary(model, 'kursk:\n  source: Kursk\n  ja: クルスク\n');
  assert.deepEqual(
    glossary.findings.map((f) => `${f.file} ${f.what}`),
    [
      'content/glossary.yml This QA file is invalid: "kursk" is not a section of the glossary: write each term under "terms:" (and extra forms of a person\'s name under "people:").',
    ],
  );
  assert.deepEqual(buildGlossary(model, 'terms:\n  kursk:\n    source: Kursk\n').findings, []);
});
