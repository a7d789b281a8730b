import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { isMap, isPair, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Finding } from '../../../src/errors.ts';
import { keyLines, parseYaml } from '../../../src/model/yaml.ts';
import { fixturesDir, projectDir } from '../../helpers/project.ts';

/** Every YAML the project and its fixtures hold: quotes files and front matter. */
async function yamlTexts(): Promise<{ name: string; text: string }[]> {
  const out: { name: string; text: string }[] = [];
  for (const base of [projectDir, ...(await readdir(fixturesDir)).map((f) => path.join(fixturesDir, f))]) {
    for (const entry of await readdir(path.join(base, 'content'), { recursive: true }).catch(() => [] as string[])) {
      const text = await readFile(path.join(base, 'content', entry), 'utf8').catch(() => null);
      if (text === null) continue;
      if (entry.endsWith('.yml')) out.push({ name: `${base}/${entry}`, text });
      else if (entry.endsWith('.md')) out.push({ name: `${base}/${entry}`, text: text.split(/\r?\n---\r?\n/)[0]!.replace(/^---\r?\n/, '') });
    }
  }
  return out;
}

/** What `yaml` itself says: the value, and the line of every key path. */
function reference(text: string): { value: unknown; lines: Map<string, number>; errors: number; tooDeep: boolean } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const lines = new Map<string, number>();
  const walk = (node: unknown, prefix: string) => {
    if (!isMap(node)) return;
    for (const item of node.items) {
      if (!isPair(item) || !isScalar(item.key)) continue;
      const p = prefix ? `${prefix}.${String(item.key.value)}` : String(item.key.value);
      if (item.key.range) lines.set(p, counter.linePos(item.key.range[0]).line);
      walk(item.value, p);
    }
  };
  walk(doc.contents, '');
  return { value: doc.errors.length ? undefined : doc.toJS(), lines, errors: doc.errors.length, tooDeep: doc.errors.some((e) => /call stack/.test(e.message)) };
}

test('every YAML file reads to the same value and key lines as with `yaml` alone', async () => {
  const texts = await yamlTexts();
  assert.ok(texts.length > 10);
  for (const { name, text } of texts) {
    const want = reference(text);
    const findings: Finding[] = [];
    const got = parseYaml(text, name, 0, findings);
    if (want.errors) {
      assert.equal(got, null, name);
      // Nesting `yaml` cannot follow (its stack overflows) is one finding, saying so.
      if (want.tooDeep) assert.match(findings.map((f) => f.what).join(), /^This file is not valid YAML: it is nested more than \d+ levels deep\.$/, name);
      else assert.equal(findings.length, want.errors, name);
      continue;
    }
    assert.deepEqual(got?.value, want.value, name);
    for (const [key, line] of want.lines) assert.equal(got!.lineOf(key), line, `${name}: ${key}`);
  }
});

test('key lines follow nesting, quotes and block scalars', () => {
  const lines = keyLines('quotes:\n  a:\n    text: |\n      not: a key\n    "b c": 1\n  \'d\':\n    e: >-\n      x\n');
  assert.deepEqual(
    [...lines],
    [
      ['quotes', 1],
      ['quotes.a', 2],
      ['quotes.a.text', 3],
      ['quotes.a.b c', 5],
      ['quotes.d', 6],
      ['quotes.d.e', 7],
    ],
  );
});
