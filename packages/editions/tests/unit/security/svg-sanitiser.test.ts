/** Figures pass an allow-list on their parsed tree and are written out from it, never from the input text. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatFinding, type Finding } from '../../../src/errors.ts';
import { parseFigure } from '../../../src/model/figures.ts';
import { renderFigureSvg } from '../../../src/render/figures.ts';

const svg = (body: string, rootAttrs = '') => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"${rootAttrs}>
<title data-label="title">A map</title>
<desc data-label="desc">What it shows.</desc>
${body}
</svg>`;

function parse(text: string) {
  const findings: Finding[] = [];
  const figure = parseFigure('map', 'content/figures/map.svg', text, findings);
  return {
    figure,
    details: findings.map((f) =>
      formatFinding(f)
        .split(' Fix:')[0]!
        .replace(/^.*? may not: /, ''),
    ),
  };
}

test('element and attribute names are case-sensitive, as SVG is', () => {
  assert.deepEqual(parse(svg('<Rect width="1" height="1"/>')).details, ['the element <Rect>, which is not an SVG element a figure may use.']);
  assert.deepEqual(parse(svg('<rect viewbox="0 0 1 1" STYLE="fill:red" ONLOAD="x()"/>')).details, [
    'the attribute viewbox="0 0 1 1" on <rect>.',
    'the attribute STYLE="fill:red" on <rect> (style it with a class in site.css).',
    'the attribute ONLOAD="x()" on <rect> (an event handler).',
  ]);
});

test('elements outside the SVG namespace, or that HTML would take out of the drawing, are refused', () => {
  assert.deepEqual(parse(svg('<h:p xmlns:h="http://www.w3.org/1999/xhtml">x</h:p>')).details, ['the element <h:p>, which is not in the SVG namespace.']);
  assert.deepEqual(parse(svg('<s:script xmlns:s="http://www.w3.org/2000/svg">alert(1)</s:script>')).details, [
    'the element <s:script>, which is not an SVG element a figure may use.',
  ]);
  for (const name of ['p', 'img', 'iframe', 'style', 'a', 'image', 'animate', 'set', 'foreignObject', 'feImage']) {
    assert.equal(parse(svg(`<${name}/>`)).details.length, 1, name);
  }
});

test('references: only to ids inside the figure', () => {
  const ok = parse(
    svg(
      '<defs><path id="p" d="M0 0"/><marker id="m"/></defs><use href="#p"/><use xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="#p"/><path d="M1 1" marker-end="url(#m)"/>',
    ),
  );
  assert.deepEqual(ok.details, []);
  assert.match(ok.figure!.svg, /<use href="#p"\/><use href="#p"\/>/, 'xlink:href is written out as href');
  assert.deepEqual(parse(svg('<use href="#nowhere"/>')).details, ['the attribute href="#nowhere" on <use>: a link may only point to an id inside the figure ("#…").']);
  assert.deepEqual(parse(svg('<rect fill="url(https://evil.example/x.svg#a)"/>')).details, [
    'the attribute fill="url(https://evil.example/x.svg#a)" on <rect>: url(…) may only point to an id inside the figure ("url(#…)").',
  ]);
  assert.deepEqual(parse(svg('<rect mask="URL( \'//evil.example/m\' )"/>')).details.length, 1);
});

test('no DOCTYPE, entity, processing instruction or CDATA outside labels; the XML declaration is fine', () => {
  assert.deepEqual(parse(`<?xml version="1.0" encoding="UTF-8"?>\n${svg('')}`).details, []);
  assert.deepEqual(parse(`<!DOCTYPE svg>\n${svg('')}`).details, ['a DOCTYPE (no DTD or entities are read).']);
  const entity = parse(`<!DOCTYPE svg [<!ENTITY x "boo">]>\n${svg('<text data-label="x">&x;</text>')}`);
  assert.equal(entity.figure, null, 'an entity is never expanded');
  assert.ok(entity.details.length > 0);
  assert.deepEqual(parse(svg('<?php echo 1 ?>')).details, ['the processing instruction <?php?>.']);
  assert.deepEqual(parse(svg('<text><![CDATA[<script>]]></text>')).details, ['a CDATA section outside an element marked data-label.']);
  assert.deepEqual(parse(svg('<text>\u0001</text>')).details, ['the character U+0001, which XML forbids.']);
});

test('the published figure is serialised from the clean tree: comments, namespace tricks and the input text never pass', () => {
  const input = `<!-- note --><svg xmlns="http://www.w3.org/2000/svg"   viewBox='0 0 10 10' class="map"><title data-label="title">A &lt;b&gt; map</title><desc data-label="desc">d</desc><!-- <script>alert(1)</script> --><g class="step"><text x="1" y="1">1</text></g></svg>`;
  const { figure, details } = parse(input);
  assert.deepEqual(details, []);
  assert.equal(
    figure!.svg,
    '<svg viewBox="0 0 10 10" class="map" xmlns="http://www.w3.org/2000/svg"><title data-label="title">A &lt;b&gt; map</title><desc data-label="desc">d</desc><g class="step"><text x="1" y="1">1</text></g></svg>',
  );
  const page = renderFigureSvg(figure!, (key) => ({ text: key === 'title' ? '</title><script>alert(1)</script>' : 'x' }));
  assert.ok(!page.includes('<script'), page);
  assert.match(page, /&lt;\/title>&lt;script>|&lt;\/title&gt;&lt;script&gt;/);
});

test('presentation values are read as CSS: escapes decoded, functions named, only url(#own-id), colours and transforms pass', () => {
  const ok = parse(
    svg(
      '<defs><clipPath id="c"/><linearGradient id="g"/></defs><rect fill="url(#g)" clip-path="url( \'#c\' )" stroke="rgb(0 0 0 / 50%)" transform="translate(1, 2) rotate(3)" font-family="\'Noto Sans\', sans-serif" d="M0,0L1-1z"/>',
    ),
  );
  assert.deepEqual(ok.details, []);
  const refused = (attr: string) => parse(svg(`<defs><clipPath id="c"/></defs><rect ${attr}/>`)).details;
  // (Finding texts show the first 40 characters of a value.)
  const urlOnly = ': url(…) may only point to an id inside the figure ("url(#…)").';
  assert.deepEqual(refused('fill="u\\72 l(https://evil.example/a)"'), [`the attribute fill="u\\72 l(https://evil.example/a)" on <rect>${urlOnly}`]);
  assert.deepEqual(refused('mask="\\75rl(\'https://evil.example/m\')"'), [`the attribute mask="\\75rl('https://evil.example/m')" on <rect>${urlOnly}`]);
  assert.deepEqual(refused('clip-path="url(#c) , url(//evil.example/x)"'), [`the attribute clip-path="url(#c) , url(//evil.example/x)" on <rect>${urlOnly}`]);
  assert.deepEqual(refused('fill="image-set(\'https://evil.example/p.png\' 1x)"'), [
    'the attribute fill="image-set(\'https://evil.example/p.png\' 1" on <rect>: the CSS function image-set(…) is not one a figure may use (only colours and transforms).',
  ]);
  assert.deepEqual(refused('fill="\\69mage(\'https://evil.example/p.png\')"'), [
    'the attribute fill="\\69mage(\'https://evil.example/p.png\')" on <rect>: the CSS function image(…) is not one a figure may use (only colours and transforms).',
  ]);
  assert.deepEqual(refused('fill="var(--x)"'), ['the attribute fill="var(--x)" on <rect>: the CSS function var(…) is not one a figure may use (only colours and transforms).']);
  assert.deepEqual(refused('fill="red;background:url(x)"'), ['the attribute fill="red;background:url(x)" on <rect>: ";" is not part of a plain CSS value.']);
});

test('a figure nested past the limit, or with too many elements, is one finding naming the file and the limit, never a RangeError', () => {
  for (const [body, limit] of [
    [`${'<g>'.repeat(20_000)}${'</g>'.repeat(20_000)}`, 'This figure nests its elements too deep, over the limit of 32 levels.'],
    ['<rect/>'.repeat(20_001), 'This figure holds too many elements, over the limit of 20,000 elements.'],
  ] as const) {
    const findings: Finding[] = [];
    assert.equal(parseFigure('map', 'content/figures/map.svg', svg(body), findings), null);
    assert.deepEqual(findings.map(formatFinding), [
      `content/figures/map.svg ${limit} Fix: Simplify the drawing (flatten its groups, or export it again from the drawing program).`,
    ]);
  }
});
