/**
 * The bad-input catalogue: one fixture per mistake a translator or author can
 * make (tests/fixtures/<what-it-breaks>/, laid over a copy of the project),
 * and the exact message and exit code `npm run check` gives for it. The
 * cases run the command in-process (runCheck is all of it but the printing);
 * a few also run it as a process, to pin that it prints exactly that.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { runCheck } from '../../src/cli/check.ts';
import { copyProject, fixturesDir, npmScript, projectDir } from '../helpers/project.ts';

/** The 1-based line of the `nth` line holding `needle` in a fixture's file, so pinned lines follow the files. */
function line(fixture: string, rel: string, needle: string, nth = 1): number {
  const lines = readFileSync(path.join(fixturesDir, fixture, rel), 'utf8').split('\n');
  let seen = 0;
  const index = lines.findIndex((l) => l.includes(needle) && ++seen === nth);
  assert.ok(index >= 0, `"${needle}" not in tests/fixtures/${fixture}/${rel}`);
  return index + 1;
}

const OUTSIDE =
  'This is a symbolic link to a place outside the project; Editions neither reads nor writes through it. Fix: Replace the link with the file itself (a regular file inside the project).';
const CORRECTION_FIX =
  'Fix: Each correction in content/corrections.yml is "<id>:" with date (YYYY-MM-DD), chapter (a slug of content/story.md, or "story"), units (ids of that chapter) and note.';

interface Case {
  fixture: string;
  exit: 0 | 1;
  /** Lines the output must contain, exactly. */
  says: string[];
  /** Text the output must not contain. */
  never?: string[];
}

const catalogue: Case[] = [
  {
    fixture: 'trailing-comma',
    exit: 1,
    says: [
      'locales/ja/ui.json:3:24 This file is not valid JSON: Unexpected token Comma found. Fix: Correct the JSON at that line and column (look for a missing quote or comma, or a trailing comma).',
    ],
  },
  {
    fixture: 'missing-quote-mark',
    exit: 1,
    says: [
      "locales/ko/the-route.json:3:4 This file is not valid JSON: Unexpected character 'd' found. Fix: Correct the JSON at that line and column (look for a missing quote or comma, or a trailing comma).",
    ],
  },
  { fixture: 'bom-and-crlf', exit: 0, says: ['0 error(s), 0 warning(s) in en, ja, ko.'], never: ['the-route.json'] },
  {
    fixture: 'decomposed-korean',
    exit: 0,
    says: [
      'locales/ko/the-letter.json:2:12 [title] warning: The text is in decomposed Unicode (NFD); it was normalized to NFC. Fix: Save the file as NFC (most editors have a Unicode normalization setting) to silence this warning.',
    ],
  },
  {
    fixture: 'not-a-string',
    exit: 1,
    says: [
      `locales/ja/quotes.json:${line('not-a-string', 'locales/ja/quotes.json', '"note-wish": 42')}:18 [quote.note-wish] Expected a string but found the number 42. Fix: Write the translation as text in double quotes.`,
      `locales/ja/quotes.json:${line('not-a-string', 'locales/ja/quotes.json', '"role": null')}:15 [person.lee-hyunseung.role] Expected a string but found null. Fix: Write the translation as text in double quotes.`,
    ],
  },
  {
    fixture: 'placeholder-renamed',
    exit: 1,
    says: [
      `locales/ko/ui.json:${line('placeholder-renamed', 'locales/ko/ui.json', '{{num}}')} [nav.chapterNumber] The placeholders differ from the source: expected {{number}}, found {{num}}. Fix: Keep every {{placeholder}} of the source, spelled exactly the same.`,
    ],
  },
  {
    fixture: 'placeholder-dropped',
    exit: 1,
    says: [
      `locales/ja/ui.json:${line('placeholder-dropped', 'locales/ja/ui.json', 'この版の翻訳率を示します。')} [status.edition] The placeholders differ from the source: expected {{percent}}, found none. Fix: Keep every {{placeholder}} of the source, spelled exactly the same.`,
    ],
  },
  {
    fixture: 'placeholder-added',
    exit: 1,
    says: [
      `locales/ko/ui.json:${line('placeholder-added', 'locales/ko/ui.json', '"missing": "{{file}}')} [status.missing] The placeholders differ from the source: expected none, found {{file}}. Fix: Keep every {{placeholder}} of the source, spelled exactly the same.`,
    ],
  },
  // Markup in a translation is not an error: it is shown as text (see tests/e2e/untrusted.spec.ts).
  // Published as text (the tags are escaped); the "__" of window.__pwned would show as it is, and the check says so.
  {
    fixture: 'html-in-translation',
    exit: 0,
    says: [
      String.raw`locales/ja/quotes.json:3 [quote.note-betrayal] warning: The text shows "__" as it is: these marks open or close no emphasis, so readers see them. Fix: Pair the marks around the words they emphasise (__word__), or write them as \_\_ if they are meant to be seen.`,
      '0 error(s), 2 warning(s) in en, ja, ko.',
    ],
  },
  {
    fixture: 'unknown-locale-folder',
    exit: 1,
    says: [
      'locales/fr/ The folder locales/fr/ is not one of the publication\'s editions. Fix: Add "- lang: fr" under "editions:" in content/story.md, or rename the folder to an edition\'s code.',
    ],
  },
  // An edition with nothing translated yet is no error of its own: each string it must translate is named (Editions carries the chrome).
  {
    fixture: 'empty-locale-folder',
    exit: 1,
    says: [
      'locales/ko/story.json [title] No ko translation for "title" (source: "Notes from a foreign front: the North Korean soldiers who…"). Fix: Add "title" to locales/ko/story.json.',
    ],
    never: ['has no translation files'],
  },
  {
    fixture: 'duplicate-unit-id',
    exit: 1,
    says: [
      `content/chapters/the-route.md:${line('duplicate-unit-id', 'content/chapters/the-route.md', '{#p-7a3b6e}', 2)} [p-7a3b6e] The id "p-7a3b6e" is used more than once in this chapter. Fix: Remove the "{#…}" from the copy and run \`npm run i18n:ids\` to give it a new one.`,
    ],
  },
  {
    fixture: 'duplicate-quote-id',
    exit: 1,
    says: [
      `content/quotes.yml:${line('duplicate-quote-id', 'content/quotes.yml', '  note-wish:', 2)}:3 [note-wish] "note-wish" is defined twice in this file. Fix: Give one of them another id (and update the chapters that refer to it), or merge the two.`,
    ],
    never: ['does not define'],
  },
  {
    fixture: 'undefined-quote',
    exit: 1,
    says: [
      `content/chapters/the-letter.md:${line('undefined-quote', 'content/chapters/the-letter.md', '::: quote note-wishes')} [note-wishes] The chapter refers to quote "note-wishes", which content/quotes.yml does not define. Fix: Define "note-wishes" under "quotes:" in content/quotes.yml, or correct the id.`,
    ],
  },
  {
    fixture: 'unused-quote',
    exit: 0,
    says: [
      `content/quotes.yml:${line('unused-quote', 'content/quotes.yml', 'unused-remark:')} [unused-remark] warning: The quote "unused-remark" is defined but no chapter uses it. Fix: Add "::: quote unused-remark" to a chapter, or delete it from content/quotes.yml.`,
    ],
    never: ['No ja translation'],
  },
  {
    fixture: 'orphaned-chapter-translations',
    exit: 1,
    says: [
      'locales/ja/the-old-chapter.json This file translates no chapter and no known namespace (ui, quotes, story, figures, corrections): was its chapter deleted, or is the name misspelled? Fix: Delete it if its chapter was removed, or rename it after a chapter in content/chapters/.',
    ],
  },
  {
    fixture: 'broken-front-matter',
    exit: 1,
    says: ['content/chapters/drone-warfare.md:3:107 This file is not valid YAML: Missing closing "quote. Fix: Correct the YAML at that line (check indentation and quotes).'],
  },
  {
    fixture: 'empty-translation',
    exit: 1,
    says: [
      'locales/ja/the-route.json [p-083f09] No ja translation for "p-083f09" (source: "On 18 October a video appeared on Telegram that seemed to…"). Fix: Add "p-083f09" to locales/ja/the-route.json.',
    ],
  },
  {
    fixture: 'quotes-person-without-fields',
    exit: 1,
    says: [
      `content/quotes.yml:${line('quotes-person-without-fields', 'content/quotes.yml', '  kim:')} [people.kim] "people.kim" is missing or empty. Fix: Correct the field at that line (see README, "Writing" and "Adding a locale", for the fields each file takes).`,
    ],
  },
  {
    fixture: 'quotes-misspelled-field',
    exit: 1,
    says: [
      `content/quotes.yml:${line('quotes-misspelled-field', 'content/quotes.yml', 'langauge:')} [quotes.note-betrayal.langauge] "quotes.note-betrayal.langauge" is not a field Editions knows (misspelled?). Fix: Correct the field at that line (see README, "Writing" and "Adding a locale", for the fields each file takes).`,
    ],
    never: ['does not define'],
  },
  {
    fixture: 'quotes-name-not-text',
    exit: 1,
    says: [
      `content/quotes.yml:${line('quotes-name-not-text', 'content/quotes.yml', 'name: 1953')} [people.lee-hyunseung.name] "people.lee-hyunseung.name" must be text, found the number 1953. Fix: Correct the field at that line (see README, "Writing" and "Adding a locale", for the fields each file takes).`,
    ],
    never: ['is not defined under'],
  },
  {
    fixture: 'story-unknown-language',
    exit: 1,
    says: [
      `content/story.md:${line('story-unknown-language', 'content/story.md', 'lang: xx')} [xx] The publication asks for an edition in "xx", a language neither Editions nor the runtime's Unicode data knows (Editions ships the chrome of en, ja, ko, fr, de, es, uk, ru, zh-Hans, zh-Hant, vi). Fix: Correct the code (a BCP 47 tag such as vi, zh-Hant, ar), or declare the language on its edition in content/story.md (name, script, quotes, dir) and translate its chrome in locales/xx/ui.json.`,
    ],
  },
  {
    fixture: 'story-duplicate-chapter',
    exit: 1,
    says: [
      `content/story.md:${line('story-duplicate-chapter', 'content/story.md', '- the-route', 2)} [the-route] The chapter "the-route" is listed twice under "chapters:". Fix: List each chapter once.`,
    ],
  },
  {
    fixture: 'story-bad-slug',
    exit: 1,
    says: [
      `content/story.md:${line('story-bad-slug', 'content/story.md', '- The Route')} [chapters.3] "chapters.3" must be lowercase ASCII letters, digits and single hyphens (e.g. "the-route") (found the text "The Route"). Fix: Correct the field at that line (see README, "Writing" and "Adding a locale", for the fields each file takes).`,
    ],
  },
  {
    fixture: 'story-bad-date',
    exit: 1,
    says: [
      `content/story.md:${line('story-bad-date', 'content/story.md', 'published:')} [published] "published" must be a calendar date written YYYY-MM-DD (found the text "23 November"). Fix: Correct the field at that line (see README, "Writing" and "Adding a locale", for the fields each file takes).`,
    ],
  },
  {
    fixture: 'front-matter-unknown-field',
    exit: 1,
    says: [
      `content/chapters/the-letter.md:${line('front-matter-unknown-field', 'content/chapters/the-letter.md', 'author:')} [author] "author" is not a field Editions knows (misspelled?). Fix: Correct the field at that line (see README, "Writing" and "Adding a locale", for the fields each file takes).`,
    ],
  },
  {
    fixture: 'draft-edition-missing-paragraph',
    exit: 0,
    says: [
      'locales/ko/the-route.json [p-083f09] warning: No ko translation for "p-083f09" (source: "On 18 October a video appeared on Telegram that seemed to…"). Fix: Add "p-083f09" to locales/ko/the-route.json.',
    ],
  },
  // --- The editorial record (issue #16). ---
  // A warning: the unit may have been deleted since the correction was made; the correction is still shown.
  {
    fixture: 'unknown-correction-unit',
    exit: 0,
    says: [
      `content/corrections.yml:${line('unknown-correction-unit', 'content/corrections.yml', 'route-iiss:')} [route-iiss] warning: The correction "route-iiss" names unit "p-000000", which is not in content/chapters/the-route.md. Fix: Correct the id if it is misspelled; if the unit was deleted since, remove "p-000000" from the correction's units.`,
    ],
  },
  {
    fixture: 'impossible-correction-date',
    exit: 1,
    says: [
      `content/corrections.yml:${line('impossible-correction-date', 'content/corrections.yml', 'route-iiss:')} [route-iiss] The correction "route-iiss" is invalid: "date" must be a real day written YYYY-MM-DD (found "2026-02-30"). ${CORRECTION_FIX}`,
    ],
  },
  // A strict locale cannot publish a correction whose note is untranslated: the same finding as any unit's.
  {
    fixture: 'untranslated-correction-note',
    exit: 1,
    says: [
      'locales/ko/corrections.json [route-iiss] No ko translation for "route-iiss" (source: "The International Institute for Strategic Studies was…"). Fix: Add "route-iiss" to locales/ko/corrections.json.',
    ],
  },
  {
    fixture: 'control-character-in-credit-name',
    exit: 1,
    says: [
      `content/credits.yml:${line('control-character-in-credit-name', 'content/credits.yml', '  ja:')} [translators.ja] The credits are invalid: translators.ja[1] "name" holds the control character U+202E: a name is one line of visible text. Fix: content/credits.yml has "byline:" (a list of names) and "translators:" (edition code → list of names); each entry is "name:", optionally "url:" (http or https) and "type:" (person or organization).`,
    ],
  },
  {
    fixture: 'control-character-in-speaker-name',
    exit: 1,
    says: [
      `locales/ja/quotes.json:${line('control-character-in-speaker-name', 'locales/ja/quotes.json', '\u202e')} [person.jong-gyong-hong.name] The name holds the control character U+202E; a name is one line of visible text (bylines, structured data and feeds show it). Fix: Retype the name without it (LRM and RLM marks are fine).`,
    ],
  },
  {
    fixture: 'protocol-relative-content-link',
    exit: 1,
    says: [
      `content/chapters/the-route.md:${line('protocol-relative-content-link', 'content/chapters/the-route.md', '//evil.example')} [p-083f09] The link to "//evil.example/telegram" cannot be published: it is protocol-relative (it leaves the site for "evil.example" without saying how); write it with https://. Fix: Link to a page of the site (a path such as "/<lng>/<chapter>/", or "#id") or to a full address with https:// (see docs/untrusted-input.md, "Links").`,
    ],
  },
  {
    fixture: 'css-escape-in-figure',
    exit: 1,
    says: [
      `content/figures/drone-drill.svg:${line('css-escape-in-figure', 'content/figures/drone-drill.svg', 'evil.example')} [drone-drill] The figure "drone-drill" holds something a figure may not: the attribute fill="u\\72 l(https://evil.example/pixel)" on <rect>: url(…) may only point to an id inside the figure ("url(#…)"). Fix: Remove it: a figure uses only plain SVG shapes, text in elements marked data-label, classes for styling and links to "#id"s of the same figure (no script, event handlers, style, foreignObject, external links, DOCTYPE or processing instructions).`,
    ],
  },
  {
    fixture: 'deeply-nested-figure',
    exit: 1,
    says: [
      'content/figures/deep.svg This figure nests its elements too deep, over the limit of 32 levels. Fix: Simplify the drawing (flatten its groups, or export it again from the drawing program).',
    ],
    never: ['RangeError', 'call stack'],
  },
  {
    fixture: 'code-span-across-lines-in-translation',
    exit: 1,
    says: [
      `locales/ko/quotes.json:${line('code-span-across-lines-in-translation', 'locales/ko/quotes.json', 'evil.example/login')} [quote.note-wish] The translation links to "https://evil.example/login", an address its source does not link to. Fix: A translation is text: use the emphasis (*…*) of its source and only the links its source has, with the same address; never images.`,
    ],
  },
  {
    fixture: 'oversized-translation',
    exit: 1,
    says: [
      `locales/ko/the-route.json:${line('oversized-translation', 'locales/ko/the-route.json', '"p-083f09"')}:15 [p-083f09] This text is 20,001 characters long, over the limit of 20,000 characters per text. Fix: Split it: a unit is one paragraph, heading or item.`,
    ],
  },
  {
    fixture: 'unsafe-credit-url',
    exit: 1,
    says: [
      `content/credits.yml:${line('unsafe-credit-url', 'content/credits.yml', 'byline:')} [byline] The credits are invalid: byline[1] "url" must be an http:// or https:// address. Fix: content/credits.yml has "byline:" (a list of names) and "translators:" (edition code → list of names); each entry is "name:", optionally "url:" (http or https) and "type:" (person or organization).`,
    ],
  },
  {
    fixture: 'unknown-original-form',
    exit: 1,
    says: [
      `content/quotes.yml:${line('unknown-original-form', 'content/quotes.yml', '  note-wish:')} [note-wish] The quote "note-wish" is invalid: originalForm "photo" is not one of text, image, recording, none. Fix: Each quote needs speaker, language, published, source and text; speaker and source must be defined above it.`,
    ],
  },
  {
    fixture: 'incomplete-draft-page',
    exit: 1,
    says: [
      'locales/ko/drone-warfare.json [p-cf6b05] No ko translation for "p-cf6b05" (source: "When the unit was sent to Russia in October 2024, South…"). Fix: Add "p-cf6b05" to locales/ko/drone-warfare.json.',
    ],
  },

  // ── Untrusted input (issue #12): each hostile input is an error naming file, line and key; nothing reaches readers. ──
  ...figureCase('script-in-figure', '<SCRIPT>', 'the element <SCRIPT>, which is not an SVG element a figure may use'),
  ...figureCase('event-handler-in-figure', 'onMouseOver', 'the attribute onMouseOver="alert(1)" on <rect> (an event handler)'),
  ...figureCase('foreign-object-in-figure', '<foreignObject', 'the element <foreignObject>, which is not an SVG element a figure may use'),
  ...figureCase('html-element-in-figure', '<img', 'the element <img>, which is not an SVG element a figure may use'),
  ...figureCase(
    'external-link-in-figure',
    'evil.example/sprite',
    'the attribute href="https://evil.example/sprite.svg#a" on <use>: a link may only point to an id inside the figure ("#…")',
  ),
  ...figureCase('javascript-link-in-figure', 'javascript:', 'the element <a>, which is not an SVG element a figure may use'),
  ...figureCase('processing-instruction-in-figure', '<?xml-stylesheet', 'the processing instruction <?xml-stylesheet?>'),
  ...figureCase('doctype-in-figure', '<!DOCTYPE', 'a DOCTYPE (no DTD or entities are read)'),
  ...figureCase('cdata-in-figure', 'CDATA', 'a CDATA section outside an element marked data-label'),
  {
    fixture: 'link-in-translation',
    exit: 1,
    says: [
      `locales/ja/the-route.json:${line('link-in-translation', 'locales/ja/the-route.json', '"p-083f09"')} [p-083f09] The translation links to "https://evil.example/login", an address its source does not link to. Fix: A translation is text: use the emphasis (*…*) of its source and only the links its source has, with the same address; never images.`,
    ],
  },
  {
    fixture: 'image-in-translation',
    exit: 1,
    says: [
      `locales/ja/quotes.json:${line('image-in-translation', 'locales/ja/quotes.json', '"note-wish"')} [quote.note-wish] The translation adds an image ("https://evil.example/pixel.png"); images are never allowed in a translation. Fix: A translation is text: use the emphasis (*…*) of its source and only the links its source has, with the same address; never images.`,
    ],
  },
  {
    fixture: 'literal-emphasis-in-translation',
    exit: 0,
    says: [
      `locales/ja/the-route.json:${line('literal-emphasis-in-translation', 'locales/ja/the-route.json', '"p-083f09"')} [p-083f09] warning: The text shows "**" as it is: these marks open or close no emphasis, so readers see them. Fix: Pair the marks around the words they emphasise (**word**), or write them as \\*\\* if they are meant to be seen.`,
    ],
  },
  {
    fixture: 'literal-emphasis-in-chapter',
    exit: 0,
    says: [
      `content/chapters/the-route.md:${line('literal-emphasis-in-chapter', 'content/chapters/the-route.md', '{#p-083f09}')} [p-083f09] warning: The text shows "__" as it is: these marks open or close no emphasis, so readers see them. Fix: Pair the marks around the words they emphasise (__word__), or write them as \\_\\_ if they are meant to be seen.`,
    ],
  },
  {
    fixture: 'nesting-in-translation',
    exit: 1,
    says: [
      `locales/ja/quotes.json:${line('nesting-in-translation', 'locales/ja/quotes.json', '"note-wish"')} [quote.note-wish] The translation uses $t(…) nesting (it would pull in another string), which Editions does not allow. Fix: Write the text itself: no $t(…) nesting, no {{- …}} and no {{value, format}}; keep the {{placeholders}} of the source exactly.`,
    ],
  },
  {
    fixture: 'unescaped-interpolation-in-translation',
    exit: 1,
    says: [
      `locales/ko/ui.json:${line('unescaped-interpolation-in-translation', 'locales/ko/ui.json', '{{- number}}')} [nav.chapterNumber] The translation uses unescaped interpolation "{{- number}}", which Editions does not allow. Fix: Write the text itself: no $t(…) nesting, no {{- …}} and no {{value, format}}; keep the {{placeholders}} of the source exactly.`,
    ],
  },
  {
    fixture: 'formatter-in-translation',
    exit: 1,
    says: [
      `locales/ja/the-route.json:${line('formatter-in-translation', 'locales/ja/the-route.json', '"title"')} [title] The translation uses a formatter "{{title, uppercase}}", which Editions does not allow. Fix: Write the text itself: no $t(…) nesting, no {{- …}} and no {{value, format}}; keep the {{placeholders}} of the source exactly.`,
    ],
  },
  {
    fixture: 'control-character-in-title',
    exit: 1,
    says: [
      `locales/ko/story.json:${line('control-character-in-title', 'locales/ko/story.json', '"title"')} [title] The text holds the character U+0001, which XML forbids (the feed and sitemap would break). Fix: Delete the invisible control character (retype the text around it if your editor does not show it).`,
    ],
  },
  {
    fixture: 'bad-published-date',
    exit: 1,
    says: [
      `content/story.md:${line('bad-published-date', 'content/story.md', 'published:')} [published] "published" must be a calendar date written YYYY-MM-DD (found the text "2026-02-30"). Fix: Correct the field at that line (see README, "Writing" and "Adding a locale", for the fields each file takes).`,
    ],
  },
  {
    fixture: 'reserved-chapter-slug',
    exit: 1,
    says: [
      `content/story.md:${line('reserved-chapter-slug', 'content/story.md', '- search')} [search] The chapter slug "search" is reserved: the site already uses that name for its own pages or files. Fix: Give the chapter another slug (rename its file and its entry under "chapters:").`,
    ],
  },
  {
    fixture: 'bad-chapter-slug',
    exit: 1,
    says: [
      `content/story.md:${line('bad-chapter-slug', 'content/story.md', 'the notes & more')} [chapters.0] "chapters.0" must be lowercase ASCII letters, digits and single hyphens (e.g. "the-route") (found the text "the notes & more"). Fix: Correct the field at that line (see README, "Writing" and "Adding a locale", for the fields each file takes).`,
    ],
  },
  {
    fixture: 'duplicate-chapter-slug',
    exit: 1,
    says: [
      `content/story.md:${line('duplicate-chapter-slug', 'content/story.md', '- the-route', 2)} [the-route] The chapter "the-route" is listed twice under "chapters:". Fix: List each chapter once.`,
    ],
  },
  {
    fixture: 'variation-selectors-translation',
    exit: 1,
    says: [
      'locales/ja/the-route.json [p-083f09] No ja translation for "p-083f09" (source: "On 18 October a video appeared on Telegram that seemed to…"). Fix: Add "p-083f09" to locales/ja/the-route.json.',
    ],
  },
  {
    fixture: 'invisible-translation',
    exit: 1,
    says: [
      'locales/ja/the-route.json [p-083f09] No ja translation for "p-083f09" (source: "On 18 October a video appeared on Telegram that seemed to…"). Fix: Add "p-083f09" to locales/ja/the-route.json.',
    ],
  },
  {
    fixture: 'utf16-locale-file',
    exit: 1,
    says: ['locales/ja/the-route.json:1 This file is not UTF-8 text: it is UTF-16. Fix: Save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8).'],
    never: ['comma'],
  },
  {
    fixture: 'invalid-utf8-locale-file',
    exit: 1,
    says: [
      'locales/ja/the-route.json:2 This file is not UTF-8 text: the byte 0x96 at line 2 is not valid UTF-8 (another encoding, such as Latin-1 or Shift JIS?). Fix: Save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8).',
    ],
    never: ['\uFFFD'],
  },
  {
    fixture: 'deeply-nested-json',
    exit: 1,
    says: [
      'locales/ja/ui.json:1 The JSON is nested more than 32 levels deep. Fix: A translation file holds "key": "text" pairs, grouped at most a few levels deep: flatten the nesting.',
    ],
    never: ['RangeError'],
  },
  {
    fixture: 'deeply-nested-yaml',
    exit: 1,
    says: [
      `content/quotes.yml:${line('deeply-nested-yaml', 'content/quotes.yml', 'deep:')} This file is not valid YAML: it is nested more than 100 levels deep. Fix: Correct the YAML at that line (check indentation and quotes).`,
    ],
    never: ['call stack'],
  },
  {
    fixture: 'control-characters-in-key',
    exit: 0,
    says: [
      `locales/ja/the-route.json:${line('control-characters-in-key', 'locales/ja/the-route.json', 'p-gone')} [p-gone\\u{1b}[2J\\u{1b}]0;pwned\\u{7}] warning: "p-gone\\u{1b}[2J\\u{1b}]0;pwned\\u{7}" translates nothing: its unit or quote no longer exists. Fix: Delete "p-gone\\u{1b}[2J\\u{1b}]0;pwned\\u{7}" from locales/ja/the-route.json.`,
    ],
    never: ['\u001b'],
  },
  {
    fixture: 'lock-linked-outside-project',
    exit: 1,
    says: [
      'locales/ja/_sources.lock This is a symbolic link to a place outside the project; Editions neither reads nor writes through it. Fix: Replace the link with the file itself (a regular file inside the project).',
    ],
  },
  {
    fixture: 'locale-file-linked-outside-project',
    exit: 1,
    says: [
      'locales/ja/the-route.json This is a symbolic link to a place outside the project; Editions neither reads nor writes through it. Fix: Replace the link with the file itself (a regular file inside the project).',
    ],
  },
  // Every kind of project file, linked out of the project: refused by name, never read.
  ...(
    [
      ['credits-linked-outside-project', 'content/credits.yml'],
      ['corrections-linked-outside-project', 'content/corrections.yml'],
      ['glossary-linked-outside-project', 'content/glossary.yml'],
      ['qa-settings-linked-outside-project', 'content/qa.yml'],
      ['waivers-linked-outside-project', 'locales/ja/_waivers.yml'],
      ['figure-linked-outside-project', 'content/figures/route-map.svg'],
      ['story-linked-outside-project', 'content/story.md'],
    ] as const
  ).map(([fixture, rel]): Case => ({ fixture, exit: 1, says: [`${rel} ${OUTSIDE}`] })),
  {
    fixture: 'folder-named-like-locale-file',
    exit: 1,
    says: ['locales/ja/extra.json This is a folder, not a regular file. Fix: Replace it with a regular text file of that name, or delete it.'],
    never: ['EISDIR'],
  },
  {
    fixture: 'fifo-named-like-locale-file',
    exit: 1,
    says: ['locales/ja/extra.json This is a FIFO (named pipe), not a regular file. Fix: Replace it with a regular text file of that name, or delete it.'],
  },
];

/** A hostile figure: the exact finding at the line of `needle` in the fixture's route-map.svg, and no "does not exist". */
function figureCase(fixture: string, needle: string, detail: string): Case[] {
  const at = line(fixture, 'content/figures/route-map.svg', needle);
  return [
    {
      fixture,
      exit: 1,
      says: [
        `content/figures/route-map.svg:${at} [route-map] The figure "route-map" holds something a figure may not: ${detail}. Fix: Remove it: a figure uses only plain SVG shapes, text in elements marked data-label, classes for styling and links to "#id"s of the same figure (no script, event handlers, style, foreignObject, external links, DOCTYPE or processing instructions).`,
      ],
      never: ['does not exist'],
    },
  ];
}

/** The output's lines and exit status, as the command prints them (stdout, then stderr). */
async function checkInProcess(dir: string): Promise<{ lines: string[]; status: number }> {
  const run = await runCheck({ root: dir, draft: false, json: false });
  return { lines: [...run.stdout, ...run.stderr].join('\n').split('\n'), status: run.exit };
}

function checkAsProcess(dir: string): { lines: string[]; status: number | null } {
  const [command, ...args] = npmScript('check');
  const run = spawnSync(command, [...args, '--root', dir], { cwd: projectDir, encoding: 'utf8' });
  return { lines: (run.stdout + run.stderr).split('\n'), status: run.status };
}

function expectCase(c: Case, { lines, status }: { lines: string[]; status: number | null }): void {
  for (const line of c.says) assert.ok(lines.includes(line), `expected:\n${line}\ngot:\n${lines.join('\n')}`);
  for (const text of c.never ?? []) assert.ok(!lines.some((l) => l.includes(text)), `unexpected "${text}" in:\n${lines.join('\n')}`);
  assert.equal(status, c.exit, lines.join('\n'));
}

describe('every bad input gets a clear message from `npm run check`', { concurrency: 4 }, () => {
  for (const c of catalogue) {
    test(c.fixture, async () => expectCase(c, await checkInProcess(await copyProject(c.fixture))));
  }
});

// The command itself prints what runCheck returns, and exits with its status: an error, a clean run, a terminal-safe warning.
describe('`npm run check` as a process prints the same', { concurrency: 3 }, () => {
  for (const fixture of ['trailing-comma', 'bom-and-crlf', 'control-characters-in-key']) {
    test(fixture, async () => expectCase(catalogue.find((c) => c.fixture === fixture)!, checkAsProcess(await copyProject(fixture))));
  }
});
