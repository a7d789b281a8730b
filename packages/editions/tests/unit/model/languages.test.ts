/**
 * Languages are data (issue #20): any BCP 47 language for a quote, any
 * language for an edition, its facts from Intl unless content/story.md says
 * otherwise, and right-to-left text marked with `dir` wherever it appears.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalLanguageTag, describeLanguage, language } from '../../../src/languages.ts';
import { resolvePublication, siteSetting, storyStructure } from '../../../src/model/publication.ts';
import type { Finding } from '../../../src/errors.ts';
import { directionAttribute } from '../../../src/render/direction.ts';
import type { Model } from '../../../src/model/types.ts';

test('a language tag is held in its canonical form; what is not a tag is refused', () => {
  assert.equal(canonicalLanguageTag('zh-hant'), 'zh-Hant');
  assert.equal(canonicalLanguageTag('vi'), 'vi');
  assert.equal(canonicalLanguageTag('und'), 'und');
  assert.equal(canonicalLanguageTag('not a tag'), null);
  assert.equal(canonicalLanguageTag('en_US'), null);
});

test('a language Editions does not describe is described from Intl: its name, script and direction', () => {
  const ar = describeLanguage('ar')!;
  assert.equal(ar.endonym, 'العربية');
  assert.equal(ar.englishName, 'Arabic');
  assert.equal(ar.dir, 'rtl');
  assert.ok(ar.script.test('مرحبا') && !ar.script.test('hello'));
  assert.equal(describeLanguage('he')!.dir, 'rtl');
  // A regional form of a language Editions knows keeps its typography and search tuning.
  assert.deepEqual(language('ja-JP')!.search, language('ja')!.search);
  assert.equal(language('ja-JP')!.quotes, '「」『』');
  assert.equal(language('vi')!.endonym, 'Tiếng Việt');
});

test('an edition declares the facts of its language in content/story.md, over what Editions knows', () => {
  const findings: Finding[] = [];
  const data = storyStructure.parse({
    sourceLanguage: 'en',
    editions: [{ lang: 'en' }, { lang: 'fa', quotes: '«»‹›', name: 'فارسی', search: { wholeRuns: true } }],
    chapters: ['a'],
  });
  const publication = resolvePublication(data, 'content/story.md', () => 3, findings)!;
  assert.deepEqual(findings, []);
  const fa = publication.editions.find((e) => e.code === 'fa')!;
  assert.equal(fa.quotes, '«»‹›');
  assert.equal(fa.dir, 'rtl');
  assert.equal(fa.search.wholeRuns, true);
  // Every part of the build now sees the declared facts.
  assert.equal(language('fa')!.quotes, '«»‹›');
});

test('an edition in a misspelled tag, an unknown script, or a language nobody can name is an error at its line', () => {
  const unnamed: Finding[] = [];
  assert.equal(
    resolvePublication(storyStructure.parse({ sourceLanguage: 'en', editions: [{ lang: 'en' }, { lang: 'qq' }], chapters: ['a'] }), 'content/story.md', () => 4, unnamed),
    null,
  );
  assert.match(unnamed[0]!.what, /^The publication asks for an edition in "qq", a language neither Editions nor the runtime's Unicode data knows/);
  // Named by the edition itself, it is a language of the publication's own.
  const named: Finding[] = [];
  assert.ok(
    resolvePublication(
      storyStructure.parse({ sourceLanguage: 'en', editions: [{ lang: 'en' }, { lang: 'qq', name: 'Qq', script: 'Latn' }], chapters: ['a'] }),
      'content/story.md',
      () => 4,
      named,
    ),
  );
  assert.deepEqual(named, []);
  const findings: Finding[] = [];
  const data = storyStructure.parse({
    sourceLanguage: 'en',
    editions: [{ lang: 'en' }, { lang: 'zh-hant' }, { lang: 'xx', name: 'Xx', script: 'Zzzy' }, { lang: 'en us' }],
    chapters: ['a'],
  });
  assert.equal(
    resolvePublication(data, 'content/story.md', () => 7, findings),
    null,
  );
  assert.deepEqual(
    findings.map((f) => f.what),
    [
      'The edition "zh-hant" is written in another spelling than the language tag\'s canonical one, "zh-Hant".',
      'The edition "xx" declares the script "Zzzy", which Unicode does not know.',
      'The publication asks for an edition in "en us", a language neither Editions nor the runtime\'s Unicode data knows (Editions ships the chrome of en, ja, ko, fr, de, es, uk, ru, zh-Hans, zh-Hant, vi).',
    ],
  );
});

test('right-to-left text gets dir; left-to-right text gets it only where a publication mixes directions', () => {
  const model = (codes: string[], quoteLanguage = 'en') =>
    ({
      story: { editions: codes.map((code) => language(code)!) },
      quotes: new Map([['q', { language: quoteLanguage, published: quoteLanguage }]]),
    }) as unknown as Model;
  const plain = model(['en', 'ja']);
  assert.equal(directionAttribute('en', plain), '');
  assert.equal(directionAttribute('ar', plain), ' dir="rtl"');
  const mixed = model(['en', 'ja'], 'he');
  assert.equal(directionAttribute('he', mixed), ' dir="rtl"');
  assert.equal(directionAttribute('en', mixed), ' dir="ltr"');
});

test("the publication's name is every edition's when given once; a credit line given once is the source edition's", () => {
  assert.equal(siteSetting('Harbour Desk', 'ja', 'en', true), 'Harbour Desk');
  assert.equal(siteSetting('A story by the desk.', 'ja', 'en', false), undefined);
  assert.equal(siteSetting('A story by the desk.', 'en', 'en', false), 'A story by the desk.');
  assert.equal(siteSetting({ en: 'By the desk.', ja: '編集部による記事。' }, 'ja', 'en', false), '編集部による記事。');
  assert.equal(siteSetting({ en: 'Harbour Desk' }, 'ko', 'en', true), 'Harbour Desk');
});
