/**
 * Whole builds with random hostile translations (fast-check): a build either
 * refuses, every problem a finding naming a file, or publishes nothing live
 * (no script, handler, embedded element or link beyond those of the untouched
 * story) and writes XML that parses. FUZZ_BUILDS=<n> runs n builds (10 when
 * FUZZ_RUNS is set), FUZZ_SEED=<n> replays a failure.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { DOMParser, onErrorStopParsing } from '@xmldom/xmldom';
import { build } from '../../src/cli/build.ts';
import { EditionsError } from '../../src/errors.ts';
import { copyProject, editJson } from '../helpers/project.ts';
import { hostileText } from '../helpers/hostile-text.ts';

const BUILDS = Number(process.env.FUZZ_BUILDS ?? (process.env.FUZZ_RUNS ? 10 : 1));
const options = process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {};

test('fuzz: builds with random translations publish nothing live and write XML that parses', { timeout: 600_000 }, async () => {
  const baseline = await tagCensus(await builtSite(await copyProject()));
  const strings = fc.array(hostileText, { minLength: 6, maxLength: 6 });
  await fc.assert(
    fc.asyncProperty(strings, async ([unit, quote, speaker, source, label, title]) => {
      const dir = await copyProject();
      await editJson(dir, 'locales/ja/the-route.json', (d) => {
        d['p-083f09'] = unit;
      });
      await editJson(dir, 'locales/ja/quotes.json', (d) => {
        d.quote['note-wish'] = quote;
        d.person['lee-hyunseung'].name = speaker;
        d.source[Object.keys(d.source)[0]!] = source;
      });
      await editJson(dir, 'locales/ja/figures.json', (d) => {
        d['route-map'].russia = label;
      });
      await editJson(dir, 'locales/ko/story.json', (d) => {
        d.title = title;
      });
      let site: string;
      try {
        site = await builtSite(dir);
      } catch (e) {
        // Refused: every problem is a finding naming a file.
        assert.ok(e instanceof EditionsError || (e as Error).name === 'EditionsError', String((e as Error).stack));
        for (const f of (e as EditionsError).findings) assert.ok(f.file, f.what);
        return;
      }
      const extra = [...(await tagCensus(site))].filter((item) => !baseline.has(item));
      assert.deepEqual(extra, [], 'no script, handler, embedded element or link beyond those of the untouched story');
    }),
    { ...options, numRuns: BUILDS },
  );
});

async function builtSite(dir: string): Promise<string> {
  await build({ root: dir, out: '_site', draft: true, search: false });
  return path.join(dir, '_site');
}

/**
 * What could be live in a built site: the distinct script and embedding
 * elements, event handler attributes and link targets of all its pages; and
 * every XML file parsed (throws when one does not parse).
 */
async function tagCensus(site: string): Promise<Set<string>> {
  const out = new Set<string>();
  for (const file of (await readdir(site, { recursive: true })).filter((f) => /\.(html|xml)$/.test(f) && !f.startsWith('pagefind')).sort()) {
    const text = await readFile(path.join(site, file), 'utf8');
    if (file.endsWith('.xml')) {
      new DOMParser({ onError: onErrorStopParsing }).parseFromString(text, 'text/xml');
      continue;
    }
    for (const m of text.matchAll(/<(script|iframe|object|embed|foreignObject|img|image|video|audio|form|meta http-equiv|base)\b[^>]*>/gi)) out.add(m[0]);
    for (const m of text.matchAll(/\son[a-z]+\s*=/gi)) out.add(m[0]);
    for (const m of text.matchAll(/\b(?:href|src|action|formaction|xlink:href)\s*=\s*"([^"]*)"/gi)) out.add(m[0]);
  }
  return out;
}
