/**
 * Editions' own reader-facing chrome, one i18next JSON v4 file per language
 * in chrome/, without the publication's settings (`site.name`, `site.credit`:
 * content/story.md) and without language names (Intl.DisplayNames gives them;
 * only `language.und` stays). Each file must say everything en.json says, in
 * exactly its language's plural categories, with the English placeholders.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { engineDir } from '../../../src/config.ts';
import { isBlankText } from '../../../src/locales/blank.ts';

const chromeDir = path.join(engineDir, 'chrome');

/** Keys of en.json that chrome/ files leave out (publication settings; names from Intl.DisplayNames). */
const omitted = (key: string) => key === 'site.name' || key === 'site.credit' || (key.startsWith('language.') && key !== 'language.und');

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** `{ a: { b: "x" } }` → [["a.b", "x"]]; anything but an object or a string is a failure. */
function flatten(value: unknown, prefix: string, out: Map<string, string>, file: string): Map<string, string> {
  assert.ok(value !== null && typeof value === 'object' && !Array.isArray(value), `${file}: "${prefix || '(root)'}" must be an object`);
  for (const [k, v] of Object.entries(value)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else flatten(v, key, out, file);
  }
  return out;
}

function read(file: string): Map<string, string> {
  const text = readFileSync(file, 'utf8');
  let data: unknown;
  assert.doesNotThrow(() => {
    data = JSON.parse(text);
  }, `${file} is not valid JSON`);
  return flatten(data, '', new Map(), file);
}

/** "pageFallbacks_one" → { base: "pageFallbacks", category: "one" }; a plain key has no category. */
function split(key: string): { base: string; category?: string } {
  const m = PLURAL_SUFFIX.exec(key);
  return m ? { base: key.slice(0, m.index), category: m[1]! } : { base: key };
}

/** The placeholders of a string, as written: `{{count}}`, `{{date, datetime(dateStyle: long; timeZone: UTC)}}`. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)].map((m) => m[1]!))].sort();
}

const en = read(path.join(chromeDir, 'en.json'));

/** English plain keys, and plural bases with their placeholders (the union over en's forms). */
const enPlain = new Map<string, string[]>();
const enPlural = new Map<string, string[]>();
for (const [key, text] of en) {
  const { base, category } = split(key);
  const target = category ? enPlural : enPlain;
  target.set(base, [...new Set([...(target.get(base) ?? []), ...placeholders(text)])].sort());
}

const files = readdirSync(chromeDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ dir: 'chrome', file: path.join(chromeDir, f), complete: false }));

test('Editions ships chrome for en, ja, ko, fr, de, es, uk, ru, zh-Hans, zh-Hant and vi', () => {
  const names = files.map((f) => path.basename(f.file, '.json'));
  for (const lng of ['en', 'ja', 'ko', 'fr', 'de', 'es', 'uk', 'ru', 'zh-Hans', 'zh-Hant', 'vi']) assert.ok(names.includes(lng), `chrome/${lng}.json is missing`);
});

for (const { dir, file, complete } of files) {
  const lng = path.basename(file, '.json');
  const where = `${dir}/${lng}.json`;

  test(`${where}: its name is a language Intl knows, with its own plural rules`, () => {
    assert.deepEqual(Intl.getCanonicalLocales(lng), [lng], `${where}: "${lng}" is not a canonical BCP 47 tag`);
    assert.deepEqual(Intl.PluralRules.supportedLocalesOf([lng]), [lng], `${where}: Intl.PluralRules does not support "${lng}"`);
  });

  test(`${where}: the keys of en.json${complete ? '' : ' (less site.name, site.credit and language names)'}, in the plural categories of ${lng}`, () => {
    const strings = read(file);
    const categories = [...new Intl.PluralRules(lng).resolvedOptions().pluralCategories].sort();
    const plain = [...enPlain.keys()].filter((k) => complete || !omitted(k)).sort();
    const expected = [...plain, ...[...enPlural.keys()].flatMap((base) => categories.map((c) => `${base}_${c}`))].sort();
    const actual = [...strings.keys()].sort();
    const missing = expected.filter((k) => !strings.has(k));
    const extra = actual.filter((k) => !expected.includes(k));
    assert.deepEqual({ missing, extra }, { missing: [], extra: [] }, `${where}: keys differ from en.json (plural categories of ${lng}: ${categories.join(', ')})`);
  });

  test(`${where}: every string has the placeholders of its English string, and something a reader can see`, () => {
    const problems: string[] = [];
    for (const [key, text] of read(file)) {
      const { base, category } = split(key);
      const english = category ? enPlural.get(base) : enPlain.get(base);
      if (!english) continue; // reported by the key test
      const own = placeholders(text);
      if (own.join('\n') !== english.join('\n')) problems.push(`"${key}": placeholders ${JSON.stringify(own)}, en.json has ${JSON.stringify(english)}`);
      if (isBlankText(text)) problems.push(`"${key}" is empty`);
      const control = /[\p{Cc}\p{Cf}\p{Cs}\ufffe\uffff]/u.exec(text);
      if (control) problems.push(`"${key}" holds the control or invisible character U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
      if (text !== text.normalize('NFC')) problems.push(`"${key}" is not in NFC`);
      if (/\{\{-/.test(text) || text.includes('$t(')) problems.push(`"${key}": unescaped interpolation or nesting`);
    }
    assert.deepEqual(problems, [], where);
  });
}
