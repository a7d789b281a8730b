import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromTarget, join, segment, UnknownCode } from '../../../src/exchange/inline.ts';
import { newJsonFile, setStrings } from '../../../src/exchange/json-edit.ts';

const samples = [
  'Plain text, nothing else.',
  'Chapter {{number}} of {{ total }}',
  'Read *this* and **that**, see [the map](/en/the-route/#map "Route") and `code`.',
  'Escaped \\*stars\\* and &amp; entities stay text, {{count}} stays a code.',
  'Nested *emphasis with [a link](https://example.org/) inside*.',
  'Line one\nline two with _under_ emphasis',
  'Unbalanced *star and [bracket',
  '',
];

test('segment → join gives back every text exactly (an untouched round trip is byte for byte)', () => {
  for (const text of samples) assert.equal(join(segment(text)), text, JSON.stringify(text));
});

test('segment: placeholders, emphasis, links and code spans become codes; the rest is text', () => {
  assert.deepEqual(segment('Read *{{n}}* [more](/x)'), [
    { kind: 'text', text: 'Read ' },
    { kind: 'open', id: '1', text: '*', role: 'italic' },
    { kind: 'code', id: '2', text: '{{n}}' },
    { kind: 'close', id: '1', text: '*' },
    { kind: 'text', text: ' ' },
    { kind: 'open', id: '3', text: '[', role: 'link' },
    { kind: 'text', text: 'more' },
    { kind: 'close', id: '3', text: '](/x)' },
  ]);
  // Markup that cannot be matched back to the text stays text; placeholders are still codes.
  assert.deepEqual(
    segment('\\*a\\* {{b}}').map((s) => s.kind),
    ['text', 'code'],
  );
});

test('fromTarget: a translator moves codes; their text always comes from the source', () => {
  const source = segment('See [the map](/en/the-route/) for {{count}} places.');
  const target = fromTarget(
    [
      { kind: 'code', id: '2' },
      { kind: 'text', text: ' か所は ' },
      { kind: 'open', id: '1' },
      { kind: 'text', text: '地図' },
      { kind: 'close', id: '1' },
      { kind: 'text', text: 'を参照。' },
    ],
    source,
  );
  assert.equal(target, '{{count}} か所は [地図](/en/the-route/)を参照。');
  assert.throws(() => fromTarget([{ kind: 'code', id: '9' }], source), UnknownCode);
});

test('setStrings: changes values in place and adds new keys at the end of their object, formatting kept', () => {
  const text = '{\r\n    "a": "x",\r\n    "person": {\r\n        "p": { "name": "N" }\r\n    },\r\n    "empty": {}\r\n}\r\n';
  assert.equal(
    setStrings(text, [
      ['a', 'y "q"'],
      ['person.p.role', 'R'],
      ['person.q.name', 'Q'],
      ['empty.k', 'v'],
      ['new', 'n'],
    ]),
    '{\r\n    "a": "y \\"q\\"",\r\n    "person": {\r\n        "p": { "name": "N",\r\n        "role": "R" },\r\n        "q": {\r\n            "name": "Q"\r\n        }\r\n    },\r\n    "empty": {\r\n        "k": "v"\r\n    },\r\n    "new": "n"\r\n}\r\n',
  );
  assert.equal(setStrings('\uFEFF{"a": "x"}', [['a', 'y']]), '\uFEFF{"a": "y"}');
  assert.equal(
    newJsonFile([
      ['title', 'T'],
      ['quote.q1', 'Q'],
    ]),
    '{\n  "title": "T",\n  "quote": {\n    "q1": "Q"\n  }\n}\n',
  );
});

test('editionOf: a language tag with a region, as CAT tools write it, finds its edition', async () => {
  const { editionOf } = await import('../../../src/exchange/import.ts');
  assert.equal(editionOf('ja-JP', ['ja', 'ko']), 'ja');
  assert.equal(editionOf('ko_KR', ['ja', 'ko']), 'ko');
  assert.equal(editionOf('KO', ['ja', 'ko']), 'ko');
  assert.equal(editionOf('fr-FR', ['ja', 'ko']), 'fr-FR');
});
