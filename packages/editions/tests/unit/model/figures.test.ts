import assert from 'node:assert/strict';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { formatFinding, type Finding } from '../../../src/errors.ts';
import { parseFigure } from '../../../src/model/figures.ts';
import { loadModel } from '../../../src/model/load.ts';
import { copyProject, projectDir } from '../../helpers/project.ts';

const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
<title data-label="title">A map</title>
<desc data-label="desc">What it shows.</desc>
${body}
</svg>`;

function parse(text: string) {
  const findings: Finding[] = [];
  const figure = parseFigure('map', 'content/figures/map.svg', text, findings);
  return { figure, findings: findings.map(formatFinding) };
}

test("a figure's labels are its data-label elements, with their source text and line", () => {
  const { figure, findings } = parse(svg('<text data-label="city">Vladivostok</text>\n<text>2</text>'));
  assert.deepEqual(findings, []);
  assert.deepEqual(
    [...figure!.labels.values()],
    [
      { key: 'title', text: 'A map', line: 2 },
      { key: 'desc', text: 'What it shows.', line: 3 },
      { key: 'city', text: 'Vladivostok', line: 4 },
    ],
  );
});

test('broken SVG is named with file and line', () => {
  const { figure, findings } = parse(svg('<text data-label="city">Vladivostok</svg>'));
  assert.equal(figure, null);
  assert.match(findings[0]!, /^content\/figures\/map\.svg:4 \[map\] The figure "map" cannot be used: it is not well-formed SVG \(/);
});

test('a word outside a label is an error: no edition could translate it', () => {
  const { findings } = parse(svg('<text>Moscow</text>'));
  assert.deepEqual(
    findings.map((f) => f.split(' Fix:')[0]),
    [
      'content/figures/map.svg:4 [map] The figure "map" holds something a figure may not: the text "Moscow", which is not in an element marked data-label, so no edition could translate it.',
    ],
  );
});

test('inline style, script and a missing title are refused', () => {
  assert.match(parse(svg('<path style="fill:red" d="M0 0"/>')).findings[0]!, /the attribute style="fill:red" on <path> \(style it with a class in site\.css\)/);
  assert.match(parse(svg('<script>alert(1)</script>')).findings[0]!, /the element <script>, which is not an SVG element a figure may use/);
  const noTitle = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><desc data-label="desc">d</desc></svg>';
  assert.match(parse(noTitle).findings[0]!, /it needs a <title data-label="title">/);
  assert.match(parse(svg('<text data-label="city">A</text><text data-label="city">B</text>')).findings[0]!, /data-label="city" is used twice/);
});

test('a chapter showing a figure that does not exist fails with file, line and what to do', async () => {
  const dir = await copyProject();
  await rm(path.join(dir, 'content/figures/route-map.svg'));
  await assert.rejects(loadModel(dir), (e: Error) => {
    assert.match(
      e.message,
      /content\/chapters\/the-route\.md:\d+ \[route-map\] The chapter shows figure "route-map", but content\/figures\/route-map\.svg does not exist\. Fix: Add the drawing as content\/figures\/route-map\.svg, or correct the id\./,
    );
    return true;
  });
});

test('a figure no chapter shows is a warning', async () => {
  const dir = await copyProject();
  await writeFile(path.join(dir, 'content/figures/spare.svg'), svg(''));
  const { findings } = await loadModel(dir);
  assert.deepEqual(findings.map(formatFinding), [
    'content/figures/spare.svg [spare] warning: The figure "spare" is not shown in any chapter. Fix: Add "::: figure spare" (a caption, then ":::") to a chapter, or delete the file.',
  ]);
});

test("a figure's caption is made of units of the chapter", async () => {
  const { model } = await loadModel(projectDir);
  const units = model.story.chapters.find((c) => c.slug === 'the-route')!.units;
  const at = units.findIndex((u) => u.kind === 'figure');
  assert.equal(units[at]!.id, 'route-map');
  assert.deepEqual(
    units.slice(at + 1, at + 4).map((u) => [u.kind, u.figure, u.ordered]),
    [
      ['item', 'route-map', true],
      ['item', 'route-map', true],
      ['item', 'route-map', true],
    ],
  );
  assert.equal(units[at + 4]!.figure, undefined, 'the heading after the figure is not part of it');
});
