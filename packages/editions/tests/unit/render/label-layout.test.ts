/**
 * A figure's labels, once in the edition's words, are moved off whatever they
 * would cover (another label, a numbered step, a dot, a bracket, the edge),
 * and left where the author drew them when nothing is in the way.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { layoutLabels, pathBox, textBox, type Box } from '../../../src/render/label-layout.ts';

function laidOut(body: string, cls = 'map'): Element {
  const root = new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 380" class="${cls}">${body}</svg>`, 'image/svg+xml').documentElement!;
  layoutLabels(root);
  return root;
}
const label = (root: Element, key: string) => Array.from(root.getElementsByTagName('text')).find((t) => t.getAttribute('data-label') === key)!;
const at = (el: Element) => [Number(el.getAttribute('x')), Number(el.getAttribute('y'))];
const boxOf = (el: Element, size = 21): Box =>
  textBox(el.textContent!, Number(el.getAttribute('x')), Number(el.getAttribute('y')), el.getAttribute('text-anchor') ?? 'start', size, 0, false);
const clearOf = (a: Box, b: Box) => a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

test('a translated label that grew over a numbered step and the label below moves the shortest way clear of both', () => {
  const root = laidOut(`<g class="step"><circle cx="536" cy="169" r="9"/><text x="536" y="169">2</text></g>
<text class="place" x="535" y="198" text-anchor="end" data-label="city">ウラジオストク</text>
<text class="place strong" x="525" y="228" text-anchor="end" data-label="country">北朝鮮</text>`);
  const city = boxOf(label(root, 'city'));
  const country = boxOf(label(root, 'country'));
  assert.ok(clearOf(city, { x: 523, y: 156, width: 26, height: 26 }), `city ${JSON.stringify(city)} clear of the step (phone radius 13)`);
  assert.ok(clearOf(city, country), `city ${JSON.stringify(city)} clear of country ${JSON.stringify(country)}`);
  // Moved, not thrown away: within a few units of where it was drawn.
  const [x, y] = at(label(root, 'city'));
  assert.ok(Math.hypot(x! - 535, y! - 198) <= 40, `moved to ${x},${y}`);
});

test('a label that would leave the drawing moves inside it; a clear one stays as drawn', () => {
  const root = laidOut(
    `<text class="label" x="40" y="318" text-anchor="middle" data-label="edge">One soldier guides</text>
<text class="label" x="400" y="120" data-label="free">Drone</text>`,
    'diagram',
  );
  const b = textBox('One soldier guides', ...(at(label(root, 'edge')) as [number, number]), 'middle', 24, 0, false);
  assert.ok(b.x >= 2 && b.y + b.height <= 378, JSON.stringify(b));
  assert.deepEqual(at(label(root, 'free')), [400, 120]);
});

test('a label under a transform is in other coordinates and is left alone', () => {
  const root = laidOut('<g transform="translate(600,0)"><text x="0" y="20" data-label="t">Far to the right</text></g>');
  assert.deepEqual(at(label(root, 't')), [0, 20]);
});

test('a bracket is as wide as its points, control points included', () => {
  assert.deepEqual(pathBox('M405,280V286H535V280'), { x: 405, y: 280, width: 130, height: 6 });
  assert.deepEqual(pathBox('m10,10 c0,-5 20,-5 20,0 z'), { x: 10, y: 5, width: 20, height: 5 });
});
