import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editionCodes as localeCodes } from '../../helpers/project.ts';
import { createTranslator } from '../../../src/translator/i18n.ts';
import { loadModel } from '../../../src/model/load.ts';
import { patchedStatus } from '../../../src/status/patch.ts';
import { statusItems, statusOnce } from '../../../src/status/units.ts';
import { projectDir } from '../../helpers/project.ts';

test('the status patched after a chapter edit is the status of the edited model, item for item', async () => {
  const { model } = await loadModel(projectDir);
  const tr = createTranslator(model);
  const before = statusOnce(model, tr);
  for (const code of localeCodes) before(code);
  const index = model.story.chapters.findIndex((c) => c.slug === 'the-route');
  const chapter = model.story.chapters[index]!;
  const firstQuote = chapter.units.find((u) => u.kind === 'quote');
  const unused = [...model.quotes.keys()].find((id) => !model.story.chapters.some((c) => c.units.some((u) => u.id === id)));
  // Reword a paragraph, drop a unit, move another, and swap a quote reference.
  const units = chapter.units.map((u) => (u.id === 'p-083f09' ? { ...u, source: `${u.source} Reworded.` } : u)).filter((u) => u.id !== 'p-eec3f7' && u !== firstQuote);
  units.push(units.splice(3, 1)[0]!);
  if (unused) units.push({ id: unused, kind: 'quote', source: '', line: 99 });
  model.story.chapters[index] = { ...chapter, units };
  const patched = patchedStatus(model, tr, before, new Set(['the-route']));
  for (const code of localeCodes) assert.deepEqual(patched(code), statusItems(model, tr, code), `${code}: the patched status differs`);
});
