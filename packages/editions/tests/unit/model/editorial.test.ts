/**
 * The editorial record's data: corrections and credits are validated strictly,
 * and each quote's provenance kind is what the sources (../shared/seeds) support.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatFinding, type Finding } from '../../../src/errors.ts';
import { correctionsOf, lastModified, parseCorrections, isIsoDate, shownIn } from '../../../src/model/corrections.ts';
import { parseCredits, safeUrl } from '../../../src/model/credits.ts';
import { loadModel } from '../../../src/model/load.ts';
import { originalForm, provenanceProblems } from '../../../src/model/provenance.ts';
import type { Chapter } from '../../../src/model/types.ts';
import { projectDir } from '../../helpers/project.ts';

const chapter = (slug: string, ids: string[]): Chapter => ({
  slug,
  file: `content/chapters/${slug}.md`,
  units: ids.map((id, i) => ({ id, kind: 'paragraph', source: id, line: i + 5 })),
});
const pages = [chapter('story', ['title', 'p-1']), chapter('the-route', ['title', 'p-2', 'route-map'])];
const FIX =
  'Fix: Each correction in content/corrections.yml is "<id>:" with date (YYYY-MM-DD), chapter (a slug of content/story.md, or "story"), units (ids of that chapter) and note.';

function parse(yaml: string): { out: ReturnType<typeof parseCorrections>; messages: string[] } {
  const findings: Finding[] = [];
  const out = parseCorrections(yaml, pages, '2026-11-23', findings);
  return { out, messages: findings.map(formatFinding) };
}

test('a correction names its day, chapter, units and note; they are read oldest first', () => {
  const { out, messages } = parse(
    'b:\n  date: 2026-12-01\n  chapter: the-route\n  units: [p-2, route-map]\n  note: Later.\na:\n  date: 2026-11-25\n  chapter: story\n  units: [p-1]\n  note: " Earlier. "\n',
  );
  assert.deepEqual(messages, []);
  assert.deepEqual(
    out.map((c) => [c.id, c.date, c.chapter, c.units, c.note]),
    [
      ['a', '2026-11-25', 'story', ['p-1'], 'Earlier.'],
      ['b', '2026-12-01', 'the-route', ['p-2', 'route-map'], 'Later.'],
    ],
  );
  assert.equal(lastModified(out, 'the-route', '2026-11-23'), '2026-12-01');
  assert.equal(lastModified(out, 'sources', '2026-11-23'), '2026-11-23', 'an uncorrected chapter keeps its publication date');
});

test('every wrong field of a correction is named, at its line, and the correction is dropped', () => {
  const { out, messages } = parse(
    [
      'ok:\n  date: 2026-11-25\n  chapter: story\n  units: [p-1]\n  note: Fine.',
      'Bad_Id:\n  date: 2026-11-25\n  chapter: nowhere\n  units: []\n  note: ""\n  by: me',
      'early:\n  date: 2026-11-01\n  chapter: story\n  units: [p-9]\n  note: x',
      'when:\n  date: 25/11/2026\n  chapter: story\n  units: [p-1]\n  note: x',
    ].join('\n') + '\n',
  );
  assert.deepEqual(
    out.map((c) => c.id),
    ['ok'],
  );
  assert.deepEqual(messages, [
    `content/corrections.yml:6 [Bad_Id] The correction "Bad_Id" is invalid: its id must be lower-case letters, digits and hyphens. ${FIX}`,
    `content/corrections.yml:6 [Bad_Id] The correction "Bad_Id" is invalid: unknown field "by" (allowed: date, chapter, units, note, editions). ${FIX}`,
    `content/corrections.yml:6 [Bad_Id] The correction "Bad_Id" is invalid: "chapter" must be one of story, the-route. ${FIX}`,
    `content/corrections.yml:6 [Bad_Id] The correction "Bad_Id" is invalid: "units" must list the ids of the units it changed. ${FIX}`,
    `content/corrections.yml:6 [Bad_Id] The correction "Bad_Id" is invalid: "note" is missing or empty. ${FIX}`,
    'content/corrections.yml:12 [early] warning: The correction "early" names unit "p-9", which is not in content/chapters/story.md. Fix: Correct the id if it is misspelled; if the unit was deleted since, remove "p-9" from the correction\'s units.',
    `content/corrections.yml:12 [early] The correction "early" is invalid: "date" 2026-11-01 is before the story was published (2026-11-23). ${FIX}`,
    `content/corrections.yml:17 [when] The correction "when" is invalid: "date" must be a real day written YYYY-MM-DD (found "25/11/2026"). ${FIX}`,
  ]);
});

test('a translation fix is shown only in the editions it names; without the field, in every edition', () => {
  const findings: Finding[] = [];
  const out = parseCorrections(
    [
      'all:\n  date: 2026-11-25\n  chapter: the-route\n  units: [p-2]\n  note: Every edition.',
      'ja-fix:\n  date: 2026-12-02\n  chapter: the-route\n  units: [p-2]\n  note: This edition wrote the name wrongly.\n  editions: [ja]',
    ].join('\n') + '\n',
    pages,
    '2026-11-23',
    findings,
    ['en', 'ja', 'ko'],
  );
  assert.deepEqual(findings.map(formatFinding), []);
  assert.deepEqual(
    out.map((c) => [c.id, c.editions]),
    [
      ['all', undefined],
      ['ja-fix', ['ja']],
    ],
  );
  assert.deepEqual(
    ['en', 'ja', 'ko'].map((lng) => correctionsOf(out, 'the-route', lng).map((c) => c.id)),
    [['all'], ['all', 'ja-fix'], ['all']],
  );
  assert.deepEqual(
    correctionsOf(out, 'the-route').map((c) => c.id),
    ['all', 'ja-fix'],
    'without an edition: the whole record',
  );
  assert.ok(shownIn(out[0]!, 'ko') && !shownIn(out[1]!, 'ko'));
  // A translation fix dates only the edition it concerns.
  assert.deepEqual(
    ['en', 'ja'].map((lng) => lastModified(out, 'the-route', '2026-11-23', lng)),
    ['2026-11-25', '2026-12-02'],
  );
});

test('an "editions" field that names no edition of the story, nothing, or one twice is refused at its line', () => {
  const entry = (id: string, editions: string) => `${id}:\n  date: 2026-11-25\n  chapter: story\n  units: [p-1]\n  note: x\n  editions: ${editions}`;
  const findings: Finding[] = [];
  const out = parseCorrections([entry('fr', '[fr, ja]'), entry('none', '[]'), entry('one', 'ja'), entry('twice', '[ko, ko]')].join('\n') + '\n', pages, '2026-11-23', findings, [
    'en',
    'ja',
    'ko',
  ]);
  assert.deepEqual(out, []);
  assert.deepEqual(findings.map(formatFinding), [
    `content/corrections.yml:1 [fr] The correction "fr" is invalid: "editions" names "fr", not an edition of the story (en, ja, ko). ${FIX}`,
    `content/corrections.yml:7 [none] The correction "none" is invalid: "editions" must list the editions it is shown in (en, ja, ko), or be left out to show it in every edition. ${FIX}`,
    `content/corrections.yml:13 [one] The correction "one" is invalid: "editions" must list the editions it is shown in (en, ja, ko), or be left out to show it in every edition. ${FIX}`,
    `content/corrections.yml:19 [twice] The correction "twice" is invalid: "editions" names an edition twice. ${FIX}`,
  ]);
});

test('dates are real days', () => {
  assert.ok(isIsoDate('2028-02-29'));
  assert.ok(!isIsoDate('2026-02-29'));
  assert.ok(!isIsoDate('2026-11-25T00:00:00Z'));
});

test('credit links must be http(s); names are kept as text', () => {
  assert.equal(safeUrl('https://example.org/a b'), 'https://example.org/a%20b');
  for (const bad of ['javascript:alert(1)', 'data:text/html,x', '//example.org', 'mailto:a@example.org', 'not a url']) assert.equal(safeUrl(bad), null, bad);
  const findings: Finding[] = [];
  const credits = parseCredits(
    'byline:\n  - name: "<b>Ann</b>"\n    url: http://example.org/ann\ntranslators:\n  ja:\n    - name: Ken\n  en:\n    - name: Source\n  fr:\n    - name: Nobody\n',
    ['en', 'ja', 'ko'],
    'en',
    findings,
  );
  assert.deepEqual(credits.byline, [{ name: '<b>Ann</b>', type: 'person', url: 'http://example.org/ann' }]);
  assert.deepEqual(credits.translators.get('ja'), [{ name: 'Ken', type: 'person' }]);
  assert.deepEqual(
    findings.map((f) => f.what),
    ['The credits are invalid: "en" is not a translated edition (ja, ko).', 'The credits are invalid: "fr" is not a translated edition (ja, ko).'],
  );
});

test('quote provenance: an inconsistent originalForm is refused', () => {
  assert.deepEqual(provenanceProblems({ language: 'ko', published: 'en', originalForm: 'text' }, 'en'), [
    'originalForm is "text" but "original" does not give the wording: quote it',
  ]);
  assert.deepEqual(provenanceProblems({ language: 'ko', published: 'en', original: '원문', originalForm: 'image' }, 'en'), [
    '"original" gives the wording, so originalForm must be "text", not "image"',
  ]);
  assert.deepEqual(provenanceProblems({ language: 'en', published: 'en', originalForm: 'none' }, 'en'), [
    'the quote is published in its own language (en), so originalForm must be "text"',
  ]);
  assert.equal(originalForm({ language: 'ko', published: 'en' }), 'none', 'unset: not published');
  assert.equal(originalForm({ language: 'ko', published: 'en', original: '원문' }), 'text');
});

// What the sources say of each quote's original wording (../shared/seeds/000_…):
// the notes were photographed and published as images, the drone note posted on Telegram,
// the Kim note published by the Ukrainian military, the captives' video released with
// their Korean speech; the Hangul crib sheet and what Lee and Isozaki told Nikkei were not published.
test('each quote of the publication has the provenance the sources support', async () => {
  const { model } = await loadModel(projectDir);
  const kinds = Object.fromEntries([...model.quotes.values()].map((q) => [q.id, originalForm(q)]));
  assert.deepEqual(kinds, {
    'note-betrayal': 'image',
    'note-drone-drill': 'image',
    'note-birthday': 'image',
    'note-wish': 'image',
    'letter-kim': 'image',
    'captives-exchange': 'recording',
    'command-drop-weapons': 'none',
    'lee-membership': 'none',
    'lee-small-hope': 'none',
    'lee-first-time': 'none',
    'isozaki-rural': 'none',
  });
  const interviews = [...model.quotes.values()].filter((q) => q.speaker === 'lee-hyunseung' || q.speaker === 'atsuhito-isozaki');
  for (const q of interviews) {
    assert.equal(q.language, 'und', `${q.id}: the sources do not say in which language`);
    assert.equal(model.sources.get(q.source)!.text, 'Speaking to Nikkei');
  }
});
