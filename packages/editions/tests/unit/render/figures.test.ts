import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../../../src/errors.ts';
import { parseFigure } from '../../../src/model/figures.ts';
import { renderFigureSvg } from '../../../src/render/figures.ts';

const figure = parseFigure(
  'map',
  'map.svg',
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
<!-- authoring note -->
<title data-label="title">A map</title><desc data-label="desc">Shows.</desc>
<text data-label="city">Vladivostok</text></svg>`,
  [] as Finding[],
)!;

test("labels take the edition's text, and the drawing is an image named by its title", () => {
  const labels: Record<string, string> = { title: '地図', desc: '説明', city: 'ウラジオストク' };
  const html = renderFigureSvg(figure, (key) => ({ text: labels[key]! }));
  assert.match(html, /^<svg [^>]*role="img" aria-labelledby="map-title" aria-describedby="map-desc"/);
  assert.match(html, /<title data-label="title" id="map-title">地図<\/title>/);
  assert.match(html, /<text data-label="city">ウラジオストク<\/text>/);
  assert.doesNotMatch(html, /authoring note/);
});

test('markup typed into a label is shown as text, never run', () => {
  const html = renderFigureSvg(figure, (key) => ({ text: key === 'city' ? '<script>alert(1)</script> & co' : key }));
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; co/);
  assert.doesNotMatch(html, /<script>/);
});

test('a fallback label is marked with its own language', () => {
  const html = renderFigureSvg(figure, (key) => (key === 'city' ? { text: 'Vladivostok', lang: 'en' } : { text: key }));
  assert.match(html, /<text data-label="city" lang="en">Vladivostok<\/text>/);
});
