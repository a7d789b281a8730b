/** Parsed files remembered between runs: reused only while a file is unchanged, with its findings. */
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { formatFinding } from '../../../src/errors.ts';
import { loadModel } from '../../../src/model/load.ts';
import { ParseCache } from '../../../src/model/parse-cache.ts';
import { copyProject, editText, projectDir } from '../../helpers/project.ts';

/** A copy of the project with a node_modules folder, where the cache lives; its files last changed an hour ago. */
async function cachedCopy(): Promise<string> {
  const dir = await copyProject();
  await mkdir(path.join(dir, 'node_modules'));
  for (const rel of await readdir(path.join(dir, 'content'), { recursive: true })) await ageFile(path.join(dir, 'content', rel));
  return dir;
}

const hourAgo = () => new Date(Date.now() - 3_600_000);
async function ageFile(file: string, to = hourAgo()): Promise<void> {
  await utimes(file, to, to);
}

/** Rewrites a file with text of the same length and puts its modification time back: what the cache cannot tell from no change. */
async function sameSizeEditUnseen(file: string, edit: (text: string) => string): Promise<void> {
  const { mtime } = await stat(file);
  const text = await readFile(file, 'utf8');
  const edited = edit(text);
  assert.equal(Buffer.byteLength(edited), Buffer.byteLength(text));
  await writeFile(file, edited);
  await ageFile(file, mtime);
}

test('an unchanged text is not parsed again; an edited one is', async () => {
  const dir = await cachedCopy();
  const file = 'content/chapters/the-route.md';
  const text = await readFile(path.join(dir, file), 'utf8');
  let parses = 0;
  const parse = (t: string) => {
    parses++;
    return { length: t.length };
  };
  const first = ParseCache.open(dir);
  const before = first.read(file, '', text, parse);
  first.save();
  assert.deepEqual(ParseCache.open(dir).read(file, '', text, parse), before);
  assert.equal(parses, 1, 'the second run reads the result back');
  assert.equal(ParseCache.open(dir).read(file, 'other variant', text, parse).length, before.length);
  assert.equal(parses, 2, 'a different variant parses again');
  const after = ParseCache.open(dir).read(file, '', `${text}\nOne more paragraph. {#p-added}\n`, parse);
  assert.equal(parses, 3, 'an edited text is parsed again');
  assert.ok(after.length > before.length);
});

test('regression: a same-size edit with the old modification time is seen (the cache is keyed by content, not timestamps)', async () => {
  const dir = await cachedCopy();
  const load = () =>
    loadModel(dir).then(
      () => [],
      (error: { findings: Parameters<typeof formatFinding>[0][] }) => error.findings.map(formatFinding),
    );
  assert.deepEqual(await load(), []);
  await sameSizeEditUnseen(path.join(dir, 'content/chapters/the-route.md'), (text) => text.replace(/\{#p-[0-9a-f]+\}/, (id) => ' '.repeat(id.length)));
  const after = await load();
  assert.ok(
    after.some((f) => f.includes('content/chapters/the-route.md') && f.includes('has no id')),
    after.join('\n'),
  );
});

test('a cached load gives the same model and the same findings, and sees an edit', async () => {
  const dir = await cachedCopy();
  // A block without an id is an error the parser reports; an unused quote is a warning.
  await editText(dir, 'content/chapters/the-route.md', (text) => text.replace(/\{#p-[0-9a-f]+\}/, ''));
  const load = () =>
    loadModel(dir).then(
      () => [],
      (error: { findings: Parameters<typeof formatFinding>[0][] }) => error.findings.map(formatFinding),
    );
  await ageFile(path.join(dir, 'content/chapters/the-route.md'));
  const fresh = await load();
  assert.ok(
    fresh.some((f) => f.includes('content/chapters/the-route.md')),
    fresh.join('\n'),
  );
  assert.ok(
    (await readdir(path.join(dir, 'node_modules/.cache/editions'))).some((f) => f.endsWith('.v8')),
    'the cache was written',
  );
  assert.deepEqual(await load(), fresh, 'the cached run reports what the fresh one did');

  // Put the chapter back as it is in the project: the cache must see the edit, and the errors go.
  await writeFile(path.join(dir, 'content/chapters/the-route.md'), await readFile(path.join(projectDir, 'content/chapters/the-route.md')));
  const { model } = await loadModel(dir);
  assert.ok(
    model.story.chapters.some((c) => c.slug === 'the-route'),
    'the edit is seen',
  );
});
