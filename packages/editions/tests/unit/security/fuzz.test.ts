/**
 * Property-based fuzzing of everything a translator or figure author writes
 * (fast-check): random locale JSON, inline Markdown, Markdown blocks and SVG
 * fragments, built from the pieces attackers use. The invariants:
 *   - the check never throws: every problem is a finding naming a file;
 *   - nothing published is live: no script, no event handler, no element
 *     outside the allow-lists, no link the source did not have;
 * (Whole builds with random translations: tests/integration/fuzz-build.test.ts.)
 * Bounded for `npm test`; FUZZ_RUNS=<n> runs n cases per property,
 * FUZZ_SEED=<n> replays a failure.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import fc from 'fast-check';
import { DOMParser, onErrorStopParsing, type Element } from '@xmldom/xmldom';
import { checkModel } from '../../../src/checks/model.ts';
import { translationTextFindings } from '../../../src/checks/translation-text.ts';
import type { Finding } from '../../../src/errors.ts';
import { createTranslator } from '../../../src/translator/i18n.ts';
import { parseLocaleFile } from '../../../src/locales/load.ts';
import { renderInline, renderLines } from '../../../src/markdown/inline.ts';
import { parseChapter } from '../../../src/model/content.ts';
import { parseFigure } from '../../../src/model/figures.ts';
import { loadModel } from '../../../src/model/load.ts';
import type { Model } from '../../../src/model/types.ts';
import { renderFigureSvg } from '../../../src/render/figures.ts';
import { projectDir } from '../../helpers/project.ts';
import { hostileText, piece } from '../../helpers/hostile-text.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const options = { numRuns: RUNS, ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}) };

/** A source unit: plain text with, sometimes, a link the translation may then repeat. */
const sourceText = fc
  .array(fc.constantFrom('Text ', 'more ', '*emphasis* ', '[a link](https://a.example/x) ', '[other](https://b.example/) ', '`code` '), { minLength: 1, maxLength: 5 })
  .map((p) => p.join('').trim());

let base: Model;
before(async () => {
  base = (await loadModel(projectDir)).model;
});

/** The tags renderInline may produce: `<em>`, `<strong>`, `<code>`, `<br>`, `<a href>`; anything else is live markup. */
function liveMarkup(html: string, allowedHrefs: Set<string>): string[] {
  const problems: string[] = [];
  for (const [tag] of html.matchAll(/<[^>]*>/g)) {
    const href = /^<a href="([^"]*)">$/.exec(tag)?.[1];
    if (href !== undefined) {
      if (!allowedHrefs.has(href)) problems.push(`a link the source did not have: ${tag}`);
    } else if (!/^<\/?(em|strong|code|a)>$|^<br>$/.test(tag)) problems.push(`markup: ${tag}`);
  }
  return problems;
}
const hrefsOf = (html: string) => new Set([...html.matchAll(/<a href="([^"]*)">/g)].map((m) => m[1]!));

test('fuzz: a random locale file never makes the check throw; every finding names a file', () => {
  const json = fc.oneof(
    fc.json(),
    fc.dictionary(fc.oneof(fc.constantFrom('title', 'p-083f09', 'description'), fc.string()), hostileText).map((d) => JSON.stringify(d)),
    fc.tuple(fc.nat({ max: 3000 }), hostileText).map(([depth, s]) => `${'{"a":'.repeat(depth)}${JSON.stringify(s)}${'}'.repeat(depth)}`),
    fc.string({ unit: 'binary' }),
  );
  const tr = createTranslator(base);
  const locale = base.locales.get('ja')!;
  const saved = locale.files.get('the-route')!;
  // The file swapped into the model and i18next, as watch mode does after an edit.
  const swap = (file: typeof saved) => {
    locale.files.set('the-route', file);
    tr.i18n.removeResourceBundle('ja', 'the-route');
    tr.i18n.addResourceBundle('ja', 'the-route', file.data);
  };
  fc.assert(
    fc.property(json, (text) => {
      const findings: Finding[] = [];
      const file = parseLocaleFile(text, 'locales/ja/the-route.json', 'the-route', findings);
      try {
        if (file) swap(file);
        findings.push(...translationTextFindings(base), ...checkModel(base, tr, { only: base.story.editions.filter((e) => e.code === 'ja') }));
      } finally {
        swap(saved);
      }
      for (const f of findings) assert.ok(f.file, `a finding without a file: ${f.what}`);
    }),
    { ...options, numRuns: Math.ceil(RUNS / 2) },
  ); // each case checks the whole model: the slowest property
});

test('fuzz: a translation the check accepts renders no live markup and no link its source did not have', () => {
  const at = base.story.chapters.findIndex((c) => c.slug === 'the-route');
  const chapter = base.story.chapters[at]!;
  const locale = base.locales.get('ja')!;
  const file = locale.files.get('the-route')!;
  let accepted = 0;
  try {
    fc.assert(
      fc.property(sourceText, hostileText, (source, translation) => {
        // A parsed file is never changed in place (the check remembers findings by file): each case swaps in new ones, as npm start does.
        base.story.chapters[at] = { ...chapter, units: chapter.units.map((u) => (u.id === 'p-083f09' ? { ...u, source } : u)) };
        locale.files.set('the-route', { ...file, strings: new Map(file.strings).set('p-083f09', translation) });
        const refused = translationTextFindings(base).some((f) => f.key === 'p-083f09' && f.file === file.file);
        if (refused) return;
        accepted++;
        // Whole, as a unit is set, and line by line, as a quote is.
        for (const html of [renderInline(translation, 'ja'), ...renderLines(translation, 'ja')])
          assert.deepEqual(liveMarkup(html, hrefsOf(renderInline(source, 'ja'))), [], translation);
      }),
      options,
    );
  } finally {
    base.story.chapters[at] = chapter;
    locale.files.set('the-route', file);
  }
  assert.ok(accepted > 0, 'some cases pass the check, so rendering was exercised');
});

test('fuzz: random Markdown blocks never make the chapter parser throw; every finding names a file', () => {
  const block = fc
    .array(
      fc.oneof(
        piece,
        fc.constantFrom(
          '# ',
          '## ',
          '- ',
          '1. ',
          '> ',
          '::: quote x\n',
          '::: figure y\n',
          ':::\n',
          '\n\n',
          '{#p-abcdef}',
          '{#title}',
          '```\n',
          '    ',
          '<div>',
          '---\n',
          '|a|b|\n|-|-|\n',
        ),
      ),
      { maxLength: 30 },
    )
    .map((p) => p.join(''));
  fc.assert(
    fc.property(block, hostileText, (body, title) => {
      const findings: Finding[] = [];
      parseChapter('x', 'content/chapters/x.md', `---\ntitle: ${JSON.stringify(title)}\ndescription: d\n---\n${body}`, findings);
      for (const f of findings) assert.ok(f.file === 'content/chapters/x.md', f.what);
    }),
    options,
  );
});

const SVG_ELEMENTS = [
  'svg',
  'g',
  'defs',
  'symbol',
  'use',
  'title',
  'desc',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'marker',
  'linearGradient',
  'radialGradient',
  'stop',
  'clipPath',
  'mask',
  'pattern',
];

test('fuzz: an SVG figure either fails with findings or is published with only allowed elements, attributes and internal references', () => {
  // Mostly what a drawing holds, sometimes an attack: so that many figures pass and their output is checked.
  const mostly = <T>(usual: fc.Arbitrary<T>, hostile: fc.Arbitrary<T>, weight = 12) => fc.oneof({ arbitrary: usual, weight }, { arbitrary: hostile, weight: 1 });
  const name = mostly(
    fc.constantFrom(...SVG_ELEMENTS),
    fc.constantFrom('script', 'SCRIPT', 'Script', 'foreignObject', 'a', 'image', 'img', 'p', 'iframe', 'style', 'animate', 'set', 'h:p', 'svg:script', 'feImage'),
    4,
  );
  const attrName = mostly(
    fc.constantFrom('x', 'class', 'id', 'fill', 'href', 'xlink:href', 'marker-end'),
    fc.constantFrom('onload', 'onLoad', 'ONCLICK', 'style', 'Style', 'data-x', 'viewbox', 'xmlns:h', 'xml:base', 'src', 'begin', 'to', 'attributeName'),
    4,
  );
  const attrValue = mostly(
    fc.constantFrom('#a', 'url(#a)', "url('#a')"),
    fc.constantFrom(
      '1',
      'a',
      '#nowhere',
      'https://evil.example/x',
      'javascript:alert(1)',
      'url(https://evil.example/x)',
      'http://www.w3.org/1999/xhtml',
      '"&lt;script&gt;',
      'alert(1)',
    ),
  );
  const attr = fc.tuple(attrName, attrValue).map(([n, v]) => ` ${n}="${v.replace(/"/g, '&quot;')}"`);
  const text = mostly(
    fc.constantFrom('1', '2', ' ', '&amp;', '3.5'),
    fc.constantFrom('Moscow', '</svg><script>alert(1)</script>', '<![CDATA[x]]>', '<?pi x?>', '<!-- c -->', '&x;', '\u0001'),
  );
  const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      text,
      fc
        .tuple(name, fc.array(attr, { maxLength: 3 }), fc.boolean(), fc.array(tie('node'), { maxLength: 3 }))
        .map(
          ([n, attrs, label, kids]) =>
            `<${n}${n.includes(':') ? ` xmlns:${n.split(':')[0]}="${n.startsWith('h:') ? 'http://www.w3.org/1999/xhtml' : 'http://www.w3.org/2000/svg'}"` : ''}${attrs.join('')}${label ? ` data-label="l${kids.length}"` : ''}>${kids.join('')}</${n}>`,
        ),
    ),
  })).node;
  let published = 0;
  fc.assert(
    fc.property(fc.array(tree, { maxLength: 4 }), fc.constantFrom('', '<!DOCTYPE svg>', '<?xml version="1.0"?>', '<?xml-stylesheet href="x"?>'), (body, prolog) => {
      const text = `${prolog}<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9"><title data-label="title">T</title><desc data-label="desc">D</desc><g id="a"/>${body.join('')}</svg>`;
      const findings: Finding[] = [];
      const figure = parseFigure('f', 'content/figures/f.svg', text, findings);
      for (const f of findings) assert.equal(f.file, 'content/figures/f.svg');
      if (!figure) {
        assert.ok(findings.length > 0, 'a refused figure says why');
        return;
      }
      published++;
      const page = renderFigureSvg(figure, () => ({ text: '</text></svg><script>alert(1)</script>' }));
      assert.ok(!/<!|<\?|]]>/.test(page), page);
      const root = new DOMParser({ onError: onErrorStopParsing }).parseFromString(page, 'image/svg+xml').documentElement!;
      const ids = new Set(Array.from(root.getElementsByTagName('*')).map((e) => e.getAttribute('id')));
      for (const el of [root, ...Array.from(root.getElementsByTagName('*'))] as Element[]) {
        assert.equal(el.namespaceURI, 'http://www.w3.org/2000/svg');
        assert.ok(SVG_ELEMENTS.includes(el.localName!), el.localName!);
        for (const a of Array.from(el.attributes)) {
          assert.ok(!/^on/i.test(a.name) && a.name.toLowerCase() !== 'style', a.name);
          if (a.name === 'href') assert.ok(ids.has(a.value.slice(1)) && a.value.startsWith('#'), a.value);
          if (/url\(/i.test(a.value)) assert.match(a.value, /^url\(['"]?#[\w.-]+['"]?\)$/);
        }
      }
    }),
    { ...options, numRuns: RUNS * 4 },
  );
  console.log(`SVG: ${published} of ${RUNS * 4} figures published`);
  assert.ok(published >= RUNS / 10, `only ${published} of ${RUNS} figures passed: the generator must let publishing be exercised`);
});
