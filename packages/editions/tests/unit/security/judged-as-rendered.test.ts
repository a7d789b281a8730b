/**
 * What the check judges is what the page renders: for any string, every
 * link or image the renderer puts on a page, whole or line by line, is one
 * the check saw and allowed. (A code span opened on one line and closed on
 * the next once hid a live link from the check.)
 */
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { validateTranslation } from '../../../src/checks/translation.ts';
import { formatFinding } from '../../../src/errors.ts';
import { importFiles } from '../../../src/exchange/import.ts';
import { markupOf, renderInline, renderLines } from '../../../src/markdown/inline.ts';
import { copyProject } from '../../helpers/project.ts';

const SOURCE = 'See [the map](/ja/the-route/#map) and *this*.';
const ALLOWED = new Set(['/ja/the-route/#map']);

/** Pieces that open, close or hide markup, across line breaks. */
const piece = fc.constantFrom(
  '`',
  '``',
  '*',
  '**',
  '_',
  '\n',
  '\n\n',
  '\\',
  '[',
  ']',
  '(',
  ')',
  '!',
  '<',
  '>',
  ' ',
  '語',
  'text',
  '[x](https://evil.example/a)',
  '[the map](/ja/the-route/#map)',
  '![i](https://evil.example/p.png)',
  '](https://evil.example/b)',
  '[y](//evil.example/c)',
  '<https://evil.example/d>',
  '&#96;',
  '[z]( https://evil.example/e "t")',
);
const translation = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));

/** The addresses a rendered fragment links to or loads, as a browser reads the attributes. */
function addresses(html: string): { hrefs: string[]; images: number } {
  const decode = (v: string) =>
    v
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return { hrefs: [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)].map((m) => decode(m[1]!)), images: (html.match(/<img\b/g) ?? []).length };
}

test('property: every link on the rendered page, whole or per line, is one the check saw and allowed; never an image', () => {
  fc.assert(
    fc.property(translation, fc.constantFrom('en', 'ja', 'ko'), (text, locale) => {
      const errors = validateTranslation({ file: 'locales/x.json', locale, namespace: 'n', key: 'k', source: SOURCE, translation: text }).filter((f) => f.severity === 'error');
      const seen = new Set(markupOf(text, locale).hrefs);
      for (const html of [renderInline(text, locale), ...renderLines(text, locale)]) {
        const got = addresses(html);
        assert.equal(got.images, 0, html);
        for (const href of got.hrefs) {
          assert.ok(seen.has(href), `rendered "${href}" the check never saw, in ${JSON.stringify(text)}`);
          if (errors.length === 0) assert.ok(ALLOWED.has(href), `passed the check, yet links to "${href}": ${JSON.stringify(text)}`);
        }
      }
    }),
    { numRuns: 3000 },
  );
});

test('regression: a code span opened on one line and closed on the next hides no link from the check', () => {
  const text = 'A `quote\n[log in](https://evil.example/login)` here';
  assert.deepEqual(markupOf(text, 'en').hrefs, ['https://evil.example/login']);
  assert.deepEqual(
    validateTranslation({ file: 'locales/ja/quotes.json', locale: 'ja', namespace: 'quotes', key: 'quote.x', source: 'A quote here', translation: text }).map((f) => f.code),
    ['link-not-in-source'],
  );
});

test('regression: i18n:import refuses the same string from a PO file, at its line', async () => {
  const dir = await copyProject();
  const po = path.join(dir, 'split-code-span.po');
  await writeFile(
    po,
    'msgid ""\nmsgstr ""\n"Language: ja\\n"\n"X-Editions-Namespace: quotes\\n"\n\nmsgctxt "quote.note-wish"\nmsgid "x"\nmsgstr "A `quote\\n[log in](https://evil.example/login)` here"\n',
  );
  const [summary] = await importFiles(dir, [po], { acceptStale: true });
  assert.deepEqual(summary!.findings.filter((f) => f.severity === 'error').map(formatFinding), [
    'split-code-span.po:6 [quote.note-wish] The translation links to "https://evil.example/login", which the source text does not link to. Fix: Keep only the links of the source, with the same address; write any other address as plain text.',
  ]);
  assert.equal(summary!.added + summary!.changed, 0);
});
