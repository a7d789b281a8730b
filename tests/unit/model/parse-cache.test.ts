/** Parsed files remembered between runs: reused only while a file is unchanged, with its findings. */
import assert from 'node:assert/strict';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { formatFinding } from '../../../src/errors.ts';
import { loadModel } from '../../../src/model/load.ts';
import { ParseCache } from '../../../src/model/parse-cache.ts';
import { copyProject, editText } from '../../helpers/project.ts';

/** A copy of the project with a node_modules folder, where the cache lives. */
async function cachedCopy(): Promise<string> {
  const dir = await copyProject();
  await mkdir(path.join(dir, 'node_modules'));
  return dir;
}

test('an unchanged file is not parsed again; an edited one is', async () => {
  const dir = await cachedCopy();
  const file = 'content/chapters/the-route.md';
  let parses = 0;
  const parse = (text: string) => { parses++; return { length: text.length }; };
  const first = ParseCache.open(dir);
  const before = first.read(file, '', parse);
  first.save();
  assert.deepEqual(ParseCache.open(dir).read(file, '', parse), before);
  assert.equal(parses, 1, 'the second run reads the result back');
  assert.equal(ParseCache.open(dir).read(file, 'other variant', parse).length, before.length);
  assert.equal(parses, 2, 'a different variant parses again');

  await editText(dir, file, (text) => `${text}\nOne more paragraph. {#p-added}\n`);
  const after = ParseCache.open(dir).read(file, '', parse);
  assert.equal(parses, 3, 'an edited file is parsed again');
  assert.ok(after.length > before.length);
});

test('a cached load gives the same model and the same findings, and sees an edit', async () => {
  const dir = await cachedCopy();
  // A block without an id is an error the parser reports; an unused quote is a warning.
  await editText(dir, 'content/chapters/the-route.md', (text) => text.replace(/\{#p-[0-9a-f]+\}/, ''));
  const load = () => loadModel(dir).then(() => [], (error: { findings: Parameters<typeof formatFinding>[0][] }) => error.findings.map(formatFinding));
  const fresh = await load();
  assert.ok(fresh.some((f) => f.includes('content/chapters/the-route.md')), fresh.join('\n'));
  assert.ok((await readdir(path.join(dir, 'node_modules/.cache/editions'))).some((f) => f.endsWith('.v8')), 'the cache was written');
  assert.deepEqual(await load(), fresh, 'the cached run reports what the fresh one did');

  await editText(dir, 'content/chapters/the-route.md', (text) => text.replace(/\n\n([^\n{]+)\n\n/, '\n\n$1 {#p-fixed}\n\n'));
  const { model } = await loadModel(dir);
  assert.ok(model.story.chapters.find((c) => c.slug === 'the-route')!.units.some((u) => u.id === 'p-fixed'), 'the edit is seen');
});
