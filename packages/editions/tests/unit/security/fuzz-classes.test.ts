/**
 * One fuzz generator per class of unsafe outcome the hostile batches found
 * (see docs/untrusted-input.md): each builds inputs of that class from the
 * pieces attackers use, and asserts the invariant that defends it. Bounded
 * for `npm test`; FUZZ_RUNS=<n> and FUZZ_SEED=<n> as in fuzz.test.ts.
 */
import assert from 'node:assert/strict';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { before, test } from 'node:test';
import fc from 'fast-check';
import { tokenize, TokenType } from '@csstools/css-tokenizer';
import { DOMParser, onErrorStopParsing, type Element } from '@xmldom/xmldom';
import { validateTranslation } from '../../../src/checks/translation.ts';
import { formatFinding, type Finding } from '../../../src/errors.ts';
import { readProjectText } from '../../../src/files/safe-files.ts';
import { isBlankText } from '../../../src/locales/blank.ts';
import { parseLocaleFile } from '../../../src/locales/load.ts';
import { markupOf, renderInline, renderLines } from '../../../src/markdown/inline.ts';
import { parseCredits } from '../../../src/model/credits.ts';
import { parseFigure } from '../../../src/model/figures.ts';
import { loadModel } from '../../../src/model/load.ts';
import type { Model } from '../../../src/model/types.ts';
import { statusItems } from '../../../src/status/units.ts';
import { escapeControls, safeJson } from '../../../src/terminal.ts';
import { createTranslator } from '../../../src/translator/i18n.ts';
import { contentLinkProblem } from '../../../src/urls.ts';
import { copyProject, outsideOf, projectDir } from '../../helpers/project.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const options = { numRuns: RUNS, ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}) };
const RAW = /[\p{Cc}\p{Bidi_Control}\u2028\u2029]/u;

let base: Model;
before(async () => {
  base = (await loadModel(projectDir)).model;
});

test('class 1, judged as rendered: a string the check accepts links, whole or per line, only where its source does', () => {
  const piece = fc.constantFrom(
    '`',
    '``',
    '*',
    '_',
    '\n',
    '\\',
    '[',
    '](',
    ')',
    '!',
    'a',
    ' ',
    '語',
    '&#96;',
    '[x](https://evil.example/a)',
    '[m](/p/#m)',
    '![i](https://evil.example/i.png)',
    '[y](//evil.example)',
  );
  fc.assert(
    fc.property(
      fc.array(piece, { maxLength: 16 }).map((p) => p.join('')),
      (text) => {
        const refused = validateTranslation({ file: 'f', locale: 'ja', namespace: 'n', key: 'k', source: 'See [m](/p/#m).', translation: text }).some(
          (f) => f.severity === 'error',
        );
        const seen = new Set(markupOf(text, 'ja').hrefs);
        for (const html of [renderInline(text, 'ja'), ...renderLines(text, 'ja')]) {
          assert.ok(!html.includes('<img'), html);
          for (const [, href] of html.matchAll(/<a href="([^"]*)"/g)) {
            assert.ok(seen.has(href!.replace(/&amp;/g, '&')), `unseen link ${href} in ${JSON.stringify(text)}`);
            if (!refused) assert.equal(href, '/p/#m', JSON.stringify(text));
          }
        }
      },
    ),
    options,
  );
});

test('class 2, CSS in SVG: a published figure holds no CSS function but colours and transforms, and url() only to its own ids, however spelt', () => {
  const value = fc
    .array(
      fc.constantFrom(
        'url(#a)',
        'u\\72 l(',
        'U\\52L(',
        '\\75rl(',
        'url(',
        'image-set(',
        'i\\6d age(',
        'var(--x)',
        'rgb(1 2 3)',
        'translate(1,2)',
        'https://evil.example/x',
        '"//evil.example/y"',
        "'#a'",
        '#a',
        ')',
        ' ',
        ',',
        '1x',
        'red',
        '/**/',
        '\\',
        ';',
        '{',
        'attr(x)',
        'env(x)',
      ),
      { minLength: 1, maxLength: 6 },
    )
    .map((p) => p.join(''));
  const attr = fc.constantFrom('fill', 'stroke', 'clip-path', 'mask', 'marker-end', 'filter', 'transform', 'font-family');
  let published = 0;
  fc.assert(
    fc.property(fc.array(fc.tuple(attr, value), { maxLength: 3 }), (attrs) => {
      const a = attrs.map(([n, v]) => ` ${n}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('');
      const text = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9"><title data-label="title">T</title><desc data-label="desc">D</desc><g id="a"/><rect${a}/></svg>`;
      const findings: Finding[] = [];
      const figure = parseFigure('f', 'content/figures/f.svg', text, findings);
      if (!figure) return assert.ok(findings.length > 0 && findings.every((f) => f.file === 'content/figures/f.svg'));
      published++;
      const root = new DOMParser({ onError: onErrorStopParsing }).parseFromString(figure.svg, 'image/svg+xml').documentElement!;
      for (const el of Array.from(root.getElementsByTagName('*')) as Element[]) {
        for (const at of Array.from(el.attributes)) {
          for (const t of tokenize({ css: at.value })) {
            if (t[0] === TokenType.URL) assert.equal(t[4].value, '#a', at.value);
            if (t[0] === TokenType.Function) assert.ok(['url', 'rgb', 'translate'].includes(t[4].value.toLowerCase()), at.value);
            assert.ok(![TokenType.Semicolon, TokenType.OpenCurly, TokenType.BadURL].includes(t[0]), at.value);
          }
        }
      }
    }),
    { ...options, numRuns: RUNS * 2 },
  );
  assert.ok(published > 0, 'some figures are published, so the output was checked');
});

test('class 3, unbounded structure: any nesting of SVG or JSON, any length, is a finding naming the file, never a RangeError', () => {
  fc.assert(
    fc.property(fc.nat({ max: 60_000 }), fc.constantFrom('g', 'svg', 'text'), (depth, el) => {
      const findings: Finding[] = [];
      parseFigure(
        'f',
        'content/figures/f.svg',
        `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><title data-label="title">T</title><desc data-label="desc">D</desc>${`<${el}>`.repeat(depth)}${`</${el}>`.repeat(depth)}</svg>`,
        findings,
      );
      for (const f of findings) assert.equal(f.file, 'content/figures/f.svg');
    }),
    { ...options, numRuns: Math.ceil(RUNS / 5) },
  );
  fc.assert(
    fc.property(fc.nat({ max: 60_000 }), fc.nat({ max: 40_000 }), (depth, length) => {
      const findings: Finding[] = [];
      parseLocaleFile(`${'{"a":'.repeat(depth)}"${'x'.repeat(length)}"${'}'.repeat(depth)}`, 'locales/ja/x.json', 'x', findings);
      for (const f of findings) assert.equal(f.file, 'locales/ja/x.json');
      if (length > 20_000 || depth > 32) assert.ok(findings.length > 0);
    }),
    { ...options, numRuns: Math.ceil(RUNS / 5) },
  );
});

test('class 4, invisible text: a translation of only default-ignorable code points counts as missing in status', () => {
  const ignorable = fc.constantFrom(
    0x00ad,
    0x034f,
    0x115f,
    0x1160,
    0x17b4,
    0x180b,
    0x180d,
    0x180e,
    0x200b,
    0x200d,
    0x2060,
    0x3164,
    0xfe00,
    0xfe0f,
    0xfeff,
    0xffa0,
    0x1bca0,
    0xe0001,
    0xe0041,
    0xe0100,
    0xe01ef,
    0x20,
    0x3000,
  );
  const tr = createTranslator(base);
  const saved = tr.i18n.getResource('ja', 'the-route', 'p-083f09') as string;
  try {
    fc.assert(
      fc.property(fc.array(ignorable, { minLength: 1, maxLength: 8 }), (cps) => {
        const text = String.fromCodePoint(...cps);
        assert.ok(isBlankText(text));
        tr.i18n.addResource('ja', 'the-route', 'p-083f09', text);
        assert.equal(statusItems(base, tr, 'ja').find((i) => i.namespace === 'the-route' && i.key === 'p-083f09')!.state, 'missing');
      }),
      { ...options, numRuns: Math.ceil(RUNS / 5) },
    );
  } finally {
    tr.i18n.addResource('ja', 'the-route', 'p-083f09', saved);
  }
});

test("class 5, not every name is a file: a link out, a FIFO or a folder in any file kind's place is a finding, read never blocks", async () => {
  const dir = await copyProject();
  const kinds = [
    'content/credits.yml',
    'content/corrections.yml',
    'content/glossary.yml',
    'content/qa.yml',
    'locales/ja/_waivers.yml',
    'locales/ja/_sources.lock',
    'content/figures/route-map.svg',
    'locales/ja/the-route.json',
    'content/story.md',
  ];
  await mkdir(outsideOf(dir), { recursive: true });
  await writeFile(path.join(outsideOf(dir), 'target'), 'outside\n');
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...kinds), fc.constantFrom('link-out', 'fifo', 'folder'), async (rel, what) => {
      const full = path.join(dir, rel);
      await rm(full, { recursive: true, force: true });
      if (what === 'link-out') await symlink(path.join(outsideOf(dir), 'target'), full);
      else if (what === 'folder') await mkdir(full);
      else assert.equal(spawnSync('mkfifo', [full]).status, 0);
      const findings: Finding[] = [];
      assert.equal(readProjectText(dir, rel, findings), null);
      assert.deepEqual(
        findings.map((f) => [f.file, f.code]),
        [[rel, what === 'link-out' ? 'outside-project' : 'not-a-file']],
      );
    }),
    { ...options, numRuns: Math.ceil(RUNS / 5) },
  );
});

test('class 6, the terminal: any name or text in a finding reaches it escaped, and JSON stays JSON', () => {
  const hostile = fc.string({
    unit: fc.constantFrom('\u001b', '[', ']', '0', ';', '\u0007', '\u0085', '\u009b', '\u202e', '\u2067', '\u200f', '\r', '\n', '\t', 'a', '語', '\u007f', '\u2028'),
  });
  fc.assert(
    fc.property(hostile, hostile, hostile, (file, key, what) => {
      const f: Finding = { severity: 'error', code: 'x', file, key, what, fix: what };
      assert.equal(RAW.exec(formatFinding(f).replace(/\n/g, '')), null);
      assert.equal(RAW.exec(escapeControls(what).replace(/\n/g, '')), null);
      assert.deepEqual(JSON.parse(safeJson(f)), f);
    }),
    options,
  );
});

test('class 7, names, keys and links: controls in a credit name, a key flat and nested, a protocol-relative link, each refused', () => {
  const control = fc.constantFrom('\u0000', '\u0001', '\u001b', '\u0085', '\u009b', '\u202a', '\u202e', '\u2066', '\u2069', '\n', '\t', '\u2028');
  fc.assert(
    fc.property(fc.string({ maxLength: 6 }), control, fc.string({ maxLength: 6 }), (a, c, b) => {
      const findings: Finding[] = [];
      parseCredits(`byline:\n  - name: ${JSON.stringify(`X${a}${c}${b}Y`)}\ntranslators: {}\n`, ['en'], 'en', findings);
      assert.ok(
        findings.some((f) => f.file === 'content/credits.yml' && f.severity === 'error'),
        JSON.stringify(a + c + b),
      );
    }),
    options,
  );
  fc.assert(
    fc.property(fc.constantFrom('quote', 'person', 'nav'), fc.stringMatching(/^[a-z][a-z-]{0,8}$/), fc.boolean(), (group, id, flatFirst) => {
      const flat = `"${group}.${id}": "flat"`;
      const nested = `"${group}": {"${id}": "nested"}`;
      const findings: Finding[] = [];
      parseLocaleFile(`{${flatFirst ? `${flat}, ${nested}` : `${nested}, ${flat}`}}`, 'locales/ja/quotes.json', 'quotes', findings);
      assert.deepEqual(
        findings.map((f) => f.code),
        ['shadowed-key'],
      );
    }),
    options,
  );
  fc.assert(
    fc.property(fc.constantFrom('//', '/\\', '\\\\', '\\/', ' //', '\t//'), fc.domain(), fc.webPath(), (lead, host, p) => {
      assert.match(contentLinkProblem(`${lead}${host}${p}`) ?? '', /protocol-relative/);
    }),
    options,
  );
});
