/** A built parallel view of a draft edition: its missing passage is shown as missing on its side, never filled from the other. */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { build } from '../../src/cli/build.ts';
import { createTranslator } from '../../src/translator/i18n.ts';
import { loadModel } from '../../src/model/load.ts';
import { copyProject, projectDir } from '../helpers/project.ts';

const tr = createTranslator((await loadModel(projectDir)).model);

test("a draft edition's missing passage is shown as missing on its side, never filled from the other", { timeout: 90_000 }, async () => {
  const dir = await copyProject();
  const file = path.join(dir, 'locales/ko/the-route.json');
  const ko = JSON.parse(await readFile(file, 'utf8'));
  delete ko['p-083f09'];
  await writeFile(file, JSON.stringify(ko, null, 2));
  await build({ root: dir, out: '_site', draft: true, search: false });
  const html = await readFile(path.join(dir, '_site/en/the-route/parallel/ko/index.html'), 'utf8');
  const row = /<div class="pair" id="p-083f09">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
  const sides = [...row.matchAll(/<p class="side" data-unit="p-083f09" lang="(\w+)"([^>]*)>([\s\S]*?)<\/p>/g)].map((m) => ({ lang: m[1], attrs: m[2], text: m[3] }));
  assert.deepEqual(
    sides.map((s) => s.lang),
    ['en', 'ko'],
  );
  assert.match(sides[0]!.text!, /On 18 October a video appeared/);
  assert.match(sides[1]!.attrs!, /data-status="missing"/);
  assert.ok(sides[1]!.text!.includes(tr.t('ko', 'ui', 'parallel.missing')), 'the Korean side says what it lacks, in Korean');
  assert.doesNotMatch(sides[1]!.text!, /October/, 'the English text does not stand in for the Korean');
});
