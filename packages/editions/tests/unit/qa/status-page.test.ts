import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editions as locales } from '../../helpers/project.ts';
import { createTranslator } from '../../../src/translator/i18n.ts';
import { loadModel } from '../../../src/model/load.ts';
import { buildStatusPages } from '../../../src/render/status-page.ts';
import { withOverride } from '../../../../../scripts/qa-faults.ts';
import { projectDir } from '../../helpers/project.ts';

test('the status page counts QA findings per file and lists them with the source and the translation', async () => {
  const { model } = await loadModel(projectDir);
  const text = model.locales.get('ko')!.files.get('the-route')!.strings.get('p-07f215')!.replace('세 곳', '두 곳');
  const planted = withOverride(model, { 'locales/ko/the-route.json': { 'p-07f215': text } });
  const [, , ko] = buildStatusPages(planted, createTranslator(planted), locales);
  const rows = ko!.table.filter((r) => r.locale === 'ko' && (r.namespace === 'the-route' || r.namespace === '' || r.namespace === 'the-notes'));
  assert.deepEqual(
    rows.map((r) => [r.namespace, r.qa]),
    [
      ['the-notes', 0],
      ['the-route', 1],
      ['', 1],
    ],
  );
  const [finding] = ko!.todos[0]!.qa.findings;
  assert.deepEqual(
    [finding!.code, finding!.key, finding!.sourceText, finding!.translation],
    ['qa-figure', 'the-route:p-07f215', model.story.chapters.find((c) => c.slug === 'the-route')!.units.find((u) => u.id === 'p-07f215')!.source, text],
  );
});
