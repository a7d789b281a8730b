/**
 * Every message Editions prints lives here, so wording stays consistent and
 * tests can pin it. A finding has two parts: what is wrong, and what to do.
 */

import { escapeControls, escapeLine } from './terminal.ts';

export type Severity = 'error' | 'warning';

export interface Finding {
  severity: Severity;
  /** Stable machine name, e.g. "missing-quote". */
  code: string;
  /** Project-relative path of the file to edit. */
  file?: string;
  line?: number;
  column?: number;
  /** i18next key ("quote.note-betrayal") or unit/quote id. */
  key?: string;
  locale?: string;
  /** What the key translates (a unit, a quote, the page chrome…): the verdict weighs some findings by it. */
  subject?: 'unit' | 'quote' | 'person' | 'source' | 'figure' | 'ui' | 'correction' | 'term';
  what: string;
  fix: string;
}

/** `locales/ko/quotes.json:4:3 [quote.x] what. Fix: …` */
export function formatFinding(f: Finding): string {
  const where = f.file ? `${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ''}` : ''}` : '';
  const key = f.key ? ` [${f.key}]` : '';
  const label = f.severity === 'warning' ? 'warning: ' : '';
  // Nothing from a file acts on the terminal; the file and key stay on one line, a message may span several.
  return `${escapeLine(`${where}${key}`)} ${label}${escapeControls(`${f.what} Fix: ${f.fix}`)}`.trim();
}

/** Thrown when loading or building cannot go on; carries every finding. */
export class EditionsError extends Error {
  readonly findings: Finding[];
  constructor(findings: Finding[]) {
    super(findings.map(formatFinding).join('\n'));
    this.name = 'EditionsError';
    this.findings = findings;
  }
}

export function throwIfErrors(findings: Finding[]): void {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) throw new EditionsError(errors);
}

type At = { file: string; line?: number; column?: number };

export const problems = {
  jsonSyntax: (at: At, detail: string): Finding => ({
    severity: 'error',
    code: 'json-syntax',
    ...at,
    what: `This file is not valid JSON: ${detail}.`,
    fix: 'Correct the JSON at that line and column (look for a missing quote or comma, or a trailing comma).',
  }),
  yamlSyntax: (at: At, detail: string): Finding => ({
    severity: 'error',
    code: 'yaml-syntax',
    ...at,
    what: `This file is not valid YAML: ${detail}.`,
    fix: 'Correct the YAML at that line (check indentation and quotes).',
  }),
  duplicateKey: (at: At, key: string): Finding => ({
    severity: 'error',
    code: 'duplicate-key',
    ...at,
    key,
    what: `"${key}" is defined twice in this file.`,
    fix: 'Give one of them another id (and update the chapters that refer to it), or merge the two.',
  }),
  frontMatter: (at: At, detail: string): Finding => ({
    severity: 'error',
    code: 'front-matter',
    ...at,
    what: `The front matter is invalid: ${detail}.`,
    fix: 'Each chapter starts with "---", a "title:" and a "description:" line, and "---".',
  }),
  notAString: (at: At, key: string, found: string): Finding => ({
    severity: 'error',
    code: 'not-a-string',
    ...at,
    key,
    what: `Expected a string but found ${found}.`,
    fix: 'Write the translation as text in double quotes.',
  }),
  decomposedUnicode: (at: At, key: string): Finding => ({
    severity: 'warning',
    code: 'nfd',
    ...at,
    key,
    what: 'The text is in decomposed Unicode (NFD); it was normalized to NFC.',
    fix: 'Save the file as NFC (most editors have a Unicode normalization setting) to silence this warning.',
  }),
  unsupportedBlock: (at: At, kind: string): Finding => ({
    severity: 'error',
    code: 'unsupported-block',
    ...at,
    what: `A chapter may hold headings, paragraphs, lists, quote and figure blocks, but not ${kind}.`,
    fix: 'Rewrite the block as paragraphs, or quote it through content/quotes.yml.',
  }),
  missingUnitId: (at: At, text: string): Finding => ({
    severity: 'error',
    code: 'missing-unit-id',
    ...at,
    what: `This block has no id: "${excerpt(text, 40)}".`,
    fix: 'Run `npm run i18n:ids` to give every block a stable id.',
  }),
  duplicateId: (at: At, id: string): Finding => ({
    severity: 'error',
    code: 'duplicate-id',
    ...at,
    key: id,
    what: `The id "${id}" is used more than once in this chapter.`,
    fix: 'Remove the "{#…}" from the copy and run `npm run i18n:ids` to give it a new one.',
  }),
  reservedId: (at: At, id: string): Finding => ({
    severity: 'error',
    code: 'reserved-id',
    ...at,
    key: id,
    what: `The id "${id}" is reserved for the chapter's front matter.`,
    fix: 'Give the block another id.',
  }),
  unknownQuote: (at: At, id: string): Finding => ({
    severity: 'error',
    code: 'unknown-quote',
    ...at,
    key: id,
    what: `The chapter refers to quote "${id}", which content/quotes.yml does not define.`,
    fix: `Define "${id}" under "quotes:" in content/quotes.yml, or correct the id.`,
  }),
  unusedQuote: (at: At, id: string): Finding => ({
    severity: 'warning',
    code: 'unused-quote',
    ...at,
    key: id,
    what: `The quote "${id}" is defined but no chapter uses it.`,
    fix: `Add "::: quote ${id}" to a chapter, or delete it from content/quotes.yml.`,
  }),
  badQuote: (at: At, id: string, detail: string): Finding => ({
    severity: 'error',
    code: 'bad-quote',
    ...at,
    key: id,
    what: `The quote "${id}" is invalid: ${detail}.`,
    fix: 'Each quote needs speaker, language, published, source and text; speaker and source must be defined above it.',
  }),
  unknownFigure: (at: At, id: string): Finding => ({
    severity: 'error',
    code: 'unknown-figure',
    ...at,
    key: id,
    what: `The chapter shows figure "${id}", but content/figures/${id}.svg does not exist.`,
    fix: `Add the drawing as content/figures/${id}.svg, or correct the id.`,
  }),
  unusedFigure: (at: At, id: string): Finding => ({
    severity: 'warning',
    code: 'unused-figure',
    ...at,
    key: id,
    what: `The figure "${id}" is not shown in any chapter.`,
    fix: `Add "::: figure ${id}" (a caption, then ":::") to a chapter, or delete the file.`,
  }),
  badFigure: (at: At, id: string, detail: string): Finding => ({
    severity: 'error',
    code: 'bad-figure',
    ...at,
    key: id,
    what: `The figure "${id}" cannot be used: ${detail}.`,
    fix: 'A figure is one <svg> with a viewBox, a <title data-label="title"> and a <desc data-label="desc">; every word readers see is in an element marked data-label="key"; no script, no <style> and no style="…" (use classes styled in site.css).',
  }),
  unknownChapter: (at: At, slug: string): Finding => ({
    severity: 'error',
    code: 'unknown-chapter',
    ...at,
    key: slug,
    what: `The story lists chapter "${slug}", but content/chapters/${slug}.md does not exist.`,
    fix: 'Create the chapter file or remove it from "chapters:" in content/story.md.',
  }),
  unlistedChapter: (at: At, slug: string): Finding => ({
    severity: 'error',
    code: 'unlisted-chapter',
    ...at,
    key: slug,
    what: `The chapter "${slug}" is not listed in content/story.md.`,
    fix: `Add "- ${slug}" under "chapters:" in content/story.md, or delete the file.`,
  }),
  localeFolderMissing: (locale: string): Finding => ({
    severity: 'error',
    code: 'locale-missing',
    file: `locales/${locale}/`,
    locale,
    what: `The edition "${locale}" is listed in content/story.md but has no folder.`,
    fix: `Create locales/${locale}/ with ui.json, quotes.json and one file per chapter, or remove the edition from "editions:" in content/story.md.`,
  }),
  emptyLocale: (locale: string): Finding => ({
    severity: 'error',
    code: 'locale-empty',
    file: `locales/${locale}/`,
    locale,
    what: `The folder locales/${locale}/ has no translation files.`,
    fix: `Add ui.json, quotes.json, story.json and one file per chapter (start from copies of another locale's files), or remove "${locale}" from "editions:" in content/story.md.`,
  }),
  unknownLocaleFolder: (locale: string): Finding => ({
    severity: 'error',
    code: 'unknown-locale',
    file: `locales/${locale}/`,
    locale,
    what: `The folder locales/${locale}/ is not one of the publication's editions.`,
    fix: `Add "- lang: ${locale}" under "editions:" in content/story.md, or rename the folder to an edition's code.`,
  }),
  brokenLock: (file: string): Finding => ({
    severity: 'error',
    code: 'broken-lock',
    file,
    what: 'The translation lock is not valid JSON (a merge conflict?).',
    fix: 'Delete the file and run `npm run i18n:sync`: every current translation is then taken as up to date.',
  }),
  outdatedTranslation: (file: string, locale: string, namespace: string, key: string): Finding => ({
    severity: 'warning',
    code: 'outdated',
    file,
    locale,
    key,
    what: `The source of "${key}" changed after it was translated (see \`npm run i18n:status -- --locale ${locale}\` for the change).`,
    fix: `Update "${key}" in ${file} and run \`npm run i18n:sync\`, or, if it still fits, \`npm run i18n:accept -- ${locale} ${namespace}:${key}\`.`,
  }),
  unsyncedTranslation: (file: string, locale: string, key: string): Finding => ({
    severity: 'warning',
    code: 'unsynced',
    file,
    locale,
    key,
    what: `"${key}" was edited since the lock last recorded it.`,
    fix: 'Run `npm run i18n:sync` to record your edits as up to date.',
  }),
  unknownNamespace: (file: string, locale: string): Finding => ({
    severity: 'error',
    code: 'unknown-namespace',
    file,
    locale,
    what: 'This file translates no chapter and no known namespace (ui, quotes, story, figures, corrections): was its chapter deleted, or is the name misspelled?',
    fix: 'Delete it if its chapter was removed, or rename it after a chapter in content/chapters/.',
  }),
  missingTranslation: (file: string, locale: string, key: string, source: string, subject?: Finding['subject']): Finding => ({
    severity: 'error',
    code: 'missing',
    file,
    locale,
    key,
    ...(subject ? { subject } : {}),
    what: `No ${locale} translation for "${key}" (source: "${excerpt(source, 60)}").`,
    fix: `Add "${key}" to ${file}.`,
  }),
  orphanTranslation: (file: string, locale: string, key: string): Finding => ({
    severity: 'warning',
    code: 'orphan',
    file,
    locale,
    key,
    what: `"${key}" translates nothing: its unit or quote no longer exists.`,
    fix: `Delete "${key}" from ${file}.`,
  }),
  placeholderMismatch: (file: string, locale: string, key: string, expected: string[], found: string[]): Finding => ({
    severity: 'error',
    code: 'placeholder',
    file,
    locale,
    key,
    what: `The placeholders differ from the source: expected ${list(expected)}, found ${list(found.map(safeText))}.`, // safeText: issue #13
    fix: 'Keep every {{placeholder}} of the source, spelled exactly the same.',
  }),
  // Structured input (content/story.md front matter, chapters' front matter, content/quotes.yml), checked by schemas.
  invalidField: (at: At, field: string, detail: string): Finding => ({
    severity: 'error',
    code: 'invalid-field',
    ...at,
    key: field,
    what: `"${field}" ${detail}.`,
    fix: 'Correct the field at that line (see README, "Writing" and "Adding a locale", for the fields each file takes).',
  }),
  unknownLanguage: (at: At, code: string, known: readonly string[]): Finding => ({
    severity: 'error',
    code: 'unknown-language',
    ...at,
    key: code,
    what: `The publication asks for an edition in "${code}", a language neither Editions nor the runtime's Unicode data knows (Editions ships the chrome of ${known.join(', ')}).`,
    fix: `Correct the code (a BCP 47 tag such as vi, zh-Hant, ar), or declare the language on its edition in content/story.md (name, script, quotes, dir) and translate its chrome in locales/${code}/ui.json.`,
  }),
  languageNotCanonical: (at: At, code: string, canonical: string): Finding => ({
    severity: 'error',
    code: 'unknown-language',
    ...at,
    key: code,
    what: `The edition "${code}" is written in another spelling than the language tag's canonical one, "${canonical}".`,
    fix: `Write "lang: ${canonical}" (and name its folder locales/${canonical}/): the folder, the URL prefix and <html lang> use one spelling.`,
  }),
  unknownScript: (at: At, code: string, script: string): Finding => ({
    severity: 'error',
    code: 'unknown-language',
    ...at,
    key: code,
    what: `The edition "${code}" declares the script "${script}", which Unicode does not know.`,
    fix: 'Give an ISO 15924 code that Unicode defines, such as Latn, Cyrl, Arab, Hebr, Deva, Hani, Hang, or leave "script:" out.',
  }),
  duplicateEdition: (at: At, code: string): Finding => ({
    severity: 'error',
    code: 'duplicate-edition',
    ...at,
    key: code,
    what: `The edition "${code}" is listed twice.`,
    fix: 'List each edition once under "editions:".',
  }),
  sourceWithoutEdition: (at: At, code: string): Finding => ({
    severity: 'error',
    code: 'source-without-edition',
    ...at,
    key: code,
    what: `The story is written in "${code}" (sourceLanguage), but no edition is in that language.`,
    fix: `Add "- lang: ${code}" under "editions:", or correct "sourceLanguage:".`,
  }),
  duplicateChapter: (at: At, slug: string): Finding => ({
    severity: 'error',
    code: 'duplicate-chapter',
    ...at,
    key: slug,
    what: `The chapter "${slug}" is listed twice under "chapters:".`,
    fix: 'List each chapter once.',
  }),
  hardCodedText: (page: string, text: string): Finding => ({
    severity: 'error',
    code: 'hard-coded',
    key: text,
    what: `On ${page}, "${excerpt(text, 80)}" is not from the locale files: it stayed unchanged in the pseudo-localized build.`,
    fix: 'Move the text into locales/<lng>/ui.json and use it through the `t` filter in the template.',
  }),
  // The browser gate (tests/e2e): each names locale, page, quote id, and the file and key to edit.
  quoteAbsent: (q: QuoteAt): Finding =>
    quoteFinding(q, 'quote-absent', `is not on the page.`, 'Rebuild the site; if it persists, the page template drops quotes, which is a bug to report.'),
  quoteEmpty: (q: QuoteAt): Finding => quoteFinding(q, 'quote-empty', 'is empty.', `Write the translation of "${q.key}" in ${q.file}.`),
  quoteRawKey: (q: QuoteAt, text: string): Finding => quoteFinding(q, 'quote-raw-key', `shows the raw key "${text}" instead of text.`, `Add "${q.key}" to ${q.file}.`),
  quoteUntranslated: (q: QuoteAt, sourceLanguage: string): Finding =>
    quoteFinding(q, 'quote-untranslated', `is not translated: the page shows the ${sourceLanguage} source text.`, `Add "${q.key}" to ${q.file}.`),
  quoteWrongLang: (q: QuoteAt, found: string | null, expected: string): Finding =>
    quoteFinding(q, 'quote-lang', `has lang="${found ?? ''}" but shows ${expected} text.`, 'The quote markup is wrong; check quoteHtml in src/render/markup.ts.'),
  quoteWrongScript: (q: QuoteAt, language: string): Finding =>
    quoteFinding(
      q,
      'quote-script',
      `does not look like ${language}: it has no character of that script.`,
      `Replace the text of "${q.key}" in ${q.file} with a ${language} translation.`,
    ),
  quoteUnexpected: (q: Omit<QuoteAt, 'file' | 'key'>): Finding => ({
    severity: 'error',
    code: 'quote-unexpected',
    locale: q.locale,
    key: q.id,
    what: `On ${q.page} (${q.locale}), quote "${q.id}" appears but the chapter does not reference it.`,
    fix: 'The page and the model disagree: rebuild the site.',
  }),
  // --- The editorial record (issue #16): corrections and credits. ---
  badCorrection: (at: At, id: string, detail: string): Finding => ({
    severity: 'error',
    code: 'bad-correction',
    ...at,
    key: id,
    what: `The correction "${id}" is invalid: ${detail}.`,
    fix: 'Each correction in content/corrections.yml is "<id>:" with date (YYYY-MM-DD), chapter (a slug of content/story.md, or "story"), units (ids of that chapter) and note.',
  }),
  correctionUnitUnknown: (at: At, id: string, unit: string, chapterFile: string): Finding => ({
    severity: 'warning',
    code: 'correction-unit-unknown',
    ...at,
    key: id,
    what: `The correction "${id}" names unit "${unit}", which is not in ${chapterFile}.`,
    fix: `Correct the id if it is misspelled; if the unit was deleted since, remove "${unit}" from the correction's units.`,
  }),
  badCredit: (at: At, key: string, detail: string): Finding => ({
    severity: 'error',
    code: 'bad-credit',
    ...at,
    key,
    what: `The credits are invalid: ${detail}.`,
    fix: 'content/credits.yml has "byline:" (a list of names) and "translators:" (edition code → list of names); each entry is "name:", optionally "url:" (http or https) and "type:" (person or organization).',
  }),
  // ——— Issue #13: CAT tools (i18n:export / i18n:import), reviewed state, platform templates ———
  linkNotInSource: (file: string, locale: string, key: string, href: string): Finding => ({
    severity: 'error',
    code: 'link-not-in-source',
    file,
    locale,
    key,
    what: `The translation links to "${excerpt(safeText(href), 80)}", which the source text does not link to.`,
    fix: 'Keep only the links of the source, with the same address; write any other address as plain text.',
  }),
  unreviewedQuote: (file: string, locale: string, namespace: string, key: string): Finding => ({
    severity: 'error',
    code: 'unreviewed',
    file,
    locale,
    key,
    what: `The ${locale} edition publishes quotes only once reviewed, and "${key}" is not.`,
    fix: `Have a second person check it against the source, then run \`npm run i18n:review -- ${locale} ${namespace}:${key}\` (or import it with state="final").`,
  }),
  staleTemplate: (file: string): Finding => ({
    // A warning: the build refreshes the templates itself, so the check predicts the build.
    severity: 'warning',
    code: 'stale-template',
    file,
    what: 'This file for translation platforms (Weblate, Crowdin) no longer matches the source text (the build refreshes it).',
    fix: 'Run `npm run i18n:templates` (or `editions templates`) and commit the result.',
  }),
  exchangeUnreadable: (file: string, line: number | undefined, detail: string): Finding => ({
    severity: 'error',
    code: 'exchange-unreadable',
    file,
    line,
    what: `This file cannot be imported: ${detail}`,
    fix: 'Export the file again with `npm run i18n:export` and redo the work in it, or repair it in your CAT tool (save it as XLIFF 1.2, XLIFF 2.0 or PO).',
  }),
  exchangeUnknownLocale: (file: string, locale: string, known: readonly string[]): Finding => ({
    severity: 'error',
    code: 'exchange-locale',
    file,
    what: `The file's target language "${safeText(locale)}" is not a translated edition (${known.join(', ')}).`,
    fix: 'Import a file exported by `npm run i18n:export -- --locale <lng>`, with its target language unchanged.',
  }),
  exchangeUnknownNamespace: (file: string, namespace: string): Finding => ({
    severity: 'error',
    code: 'exchange-namespace',
    file,
    what: `The file is for "${safeText(namespace)}", which is no chapter and no known namespace (ui, quotes, story, figures).`,
    fix: 'Import a file exported by `npm run i18n:export`, with its file name attribute (XLIFF) or X-Editions-Namespace header (PO) unchanged.',
  }),
  exchangeUnitProblem: (file: string, line: number | undefined, key: string, detail: string): Finding => ({
    severity: 'error',
    code: 'exchange-unit',
    file,
    line,
    key: safeText(key),
    what: detail,
    fix: 'Correct the unit in your CAT tool: keep the tags of the source, do not add new ones.',
  }),
  exchangeStale: (file: string, line: number | undefined, key: string, seen: string, current: string): Finding => ({
    severity: 'warning',
    code: 'exchange-stale',
    file,
    line,
    key,
    what: `The source changed after this file was exported, so the translation was not imported.\n    exported from: ${excerpt(safeText(seen), 200)}\n    source now:    ${excerpt(current, 200)}`,
    fix: 'Export the unit again and translate the current source, or import with `--accept-stale` if the translation fits the new source too.',
  }),
  exchangeRemoved: (file: string, line: number | undefined, key: string): Finding => ({
    severity: 'warning',
    code: 'exchange-removed',
    file,
    line,
    key: safeText(key),
    what: 'This unit no longer exists in the source (it was deleted or the file was for another version).',
    fix: 'Nothing to do: it was skipped.',
  }),
  // ——— end of issue #13 block ———
  // ── Translation QA (src/qa/): figures, names and terms, typography, waivers. ──
  // Severities here are the defaults; content/qa.yml overrides them per publication and locale.
  qaFigure: (file: string, locale: string, key: string, source: string[], found: string[], missing: string[]): Finding => ({
    severity: 'error',
    code: 'qa-figure',
    file,
    locale,
    key,
    what: `The figures differ from the source: the source has ${quoted(source)}, the translation has ${quoted(found)} (${quoted(missing)} not found).`,
    fix: `Write every figure of the source with the same value and kind in ${file} (1,500 = 1500; 10,000 = 1万 = 1만; October = 10月 = 10월; 30% = 3割; two months = 2カ月 = 두 달, not 2週間), or waive it with a reason in locales/${locale}/_waivers.yml.`,
  }),
  qaFigureUnread: (file: string, locale: string, key: string, missing: string[], unread: string[]): Finding => ({
    severity: 'warning',
    code: 'qa-figure-unread',
    file,
    locale,
    key,
    what: `QA could not read ${quoted(unread)} in the translation, so it cannot tell whether ${quoted(missing)} of the source is there.`,
    fix: `Check the figure by hand; write it as a number (digits or numerals QA reads, docs/qa.md) if the source gives one, or waive it with a reason in locales/${locale}/_waivers.yml.`,
  }),
  qaFigureLanguage: (locale: string, language: string): Finding => ({
    severity: 'warning',
    code: 'qa-figure-unread',
    locale,
    what: `QA has no number reader for "${language}": the figures of the ${locale} edition are not compared with the source.`,
    fix: 'Check its figures by hand (docs/qa.md lists the languages QA reads), or set qa-figure-unread: off for this locale in content/qa.yml.',
  }),
  qaTerm: (file: string, locale: string, key: string, term: string, renderings: string[], where: string): Finding => ({
    severity: 'error',
    code: 'qa-term',
    file,
    locale,
    key,
    what: `The source names "${term}", but the translation has none of its ${locale} renderings: ${quoted(renderings)}.`,
    fix: `Write the name as the glossary gives it (${where}), or, if your spelling is also right, add it to the entry's accepted variants in content/glossary.yml.`,
  }),
  qaTermVariant: (file: string, locale: string, key: string, found: string, name: string): Finding => ({
    severity: 'error',
    code: 'qa-term-variant',
    file,
    locale,
    key,
    what: `"${found}" looks like "${name}" spelled another way: one name, two spellings in ${locale}.`,
    fix: `Write "${name}" as the glossary gives it; if "${found}" is another word, waive this finding with its reason in locales/${locale}/_waivers.yml.`,
  }),
  qaUnbalanced: (file: string, locale: string, key: string, mark: string): Finding =>
    typographyFinding(
      file,
      locale,
      key,
      'qa-unbalanced',
      `The bracket or quotation mark "${mark}" has no partner.`,
      'Close every bracket and quotation mark you open (「」『』“”（）).',
    ),
  qaLatinPunctuation: (file: string, locale: string, key: string, found: string): Finding =>
    typographyFinding(file, locale, key, 'qa-latin-punctuation', `A Latin full stop or comma inside Japanese text: "${found}".`, 'Use 。 and 、 in Japanese text.'),
  qaStraightQuote: (file: string, locale: string, key: string, mark: string, own: string): Finding =>
    typographyFinding(
      file,
      locale,
      key,
      'qa-straight-quote',
      `A straight quotation mark (${mark}) where ${locale} uses its own.`,
      `Use the locale's quotation marks: ${[...own].join(' ')}.`,
    ),
  qaDoubleSpace: (file: string, locale: string, key: string, found: string): Finding =>
    typographyFinding(file, locale, key, 'qa-double-space', `Two spaces in a row: "${found}".`, 'Leave one space.'),
  qaSourceLeftover: (file: string, locale: string, key: string, found: string): Finding =>
    typographyFinding(
      file,
      locale,
      key,
      'qa-source-leftover',
      `Source-language words left in the translation: "${excerpt(found, 60)}".`,
      'Translate them; a name or title that stays in Latin letters belongs in content/glossary.yml.',
    ),
  qaIdentical: (file: string, locale: string, key: string, found: string): Finding =>
    typographyFinding(file, locale, key, 'qa-identical', `The translation is the source text, unchanged: "${excerpt(found, 60)}".`, 'Translate it.'),
  qaDoubledWord: (file: string, locale: string, key: string, found: string): Finding =>
    typographyFinding(file, locale, key, 'qa-doubled-word', `A word written twice: "${found}".`, 'Delete the repeated word.'),
  qaWaiverStale: (file: string, locale: string, unit: string, code: string): Finding => ({
    severity: 'warning',
    code: 'qa-waiver-stale',
    file,
    locale,
    key: unit,
    what: `The waiver of ${code} for "${unit}" was dropped: the source or the translation changed after it was granted.`,
    fix: `Check "${unit}" again, then delete the waiver from ${file} or grant it anew with \`npm run qa:waive -- ${locale} ${unit} ${code} "<reason>"\`.`,
  }),
  qaWaiverUnneeded: (file: string, locale: string, unit: string, code: string): Finding => ({
    severity: 'warning',
    code: 'qa-waiver-stale',
    file,
    locale,
    key: unit,
    what: `The waiver of ${code} for "${unit}" is no longer needed: QA finds nothing to waive there any more.`,
    fix: `Delete the waiver from ${file}.`,
  }),
  qaConfig: (file: string, detail: string): Finding => ({
    severity: 'error',
    code: 'qa-config',
    file,
    what: `This QA file is invalid: ${detail}.`,
    fix: 'Correct it as the comment at the top of the file describes.',
  }),
  // ── Untrusted input (issue #12): figures, translations as text, XML, slugs, files. All errors in every mode. ──
  unsafeFigure: (at: At, id: string, detail: string): Finding => ({
    severity: 'error',
    code: 'unsafe-figure',
    ...at,
    key: id,
    what: `The figure "${id}" holds something a figure may not: ${detail}.`,
    fix: 'Remove it: a figure uses only plain SVG shapes, text in elements marked data-label, classes for styling and links to "#id"s of the same figure (no script, event handlers, style, foreignObject, external links, DOCTYPE or processing instructions).',
  }),
  translationMarkup: (at: At, key: string, detail: string): Finding => ({
    severity: 'error',
    code: 'translation-markup',
    ...at,
    key,
    what: `The translation ${detail}.`,
    fix: 'A translation is text: use the emphasis (*…*) of its source and only the links its source has, with the same address; never images.',
  }),
  i18nextSyntax: (at: At, key: string, detail: string): Finding => ({
    severity: 'error',
    code: 'i18next-syntax',
    ...at,
    key,
    what: `The translation uses ${detail}, which Editions does not allow.`,
    fix: 'Write the text itself: no $t(…) nesting, no {{- …}} and no {{value, format}}; keep the {{placeholders}} of the source exactly.',
  }),
  literalEmphasis: (at: At, key: string, mark: string): Finding => ({
    severity: 'warning',
    code: 'literal-emphasis',
    ...at,
    key,
    what: `The text shows "${mark}" as it is: these marks open or close no emphasis, so readers see them.`,
    fix: `Pair the marks around the words they emphasise (${mark}word${mark}), or write them as \\${mark[0]}\\${mark[0]} if they are meant to be seen.`,
  }),
  xmlForbiddenChar: (at: At, key: string, codePoint: number): Finding => ({
    severity: 'error',
    code: 'xml-forbidden-char',
    ...at,
    key,
    what: `The text holds the character U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}, which XML forbids (the feed and sitemap would break).`,
    fix: 'Delete the invisible control character (retype the text around it if your editor does not show it).',
  }),
  badDate: (at: At, field: string, found: string): Finding => ({
    severity: 'error',
    code: 'bad-date',
    ...at,
    key: field,
    what: `"${field}:" is "${found}", which is not a calendar date.`,
    fix: `Write it as YYYY-MM-DD, e.g. "${field}: 2025-03-14".`,
  }),
  badSlug: (at: At, slug: string): Finding => ({
    severity: 'error',
    code: 'bad-slug',
    ...at,
    key: slug,
    what: `The chapter slug "${slug}" may hold only lower-case ASCII letters, digits and hyphens (it becomes a URL and a file name).`,
    fix: 'Rename the chapter file and its entry under "chapters:", e.g. "the-route".',
  }),
  reservedSlug: (at: At, slug: string): Finding => ({
    severity: 'error',
    code: 'reserved-slug',
    ...at,
    key: slug,
    what: `The chapter slug "${slug}" is reserved: the site already uses that name for its own pages or files.`,
    fix: 'Give the chapter another slug (rename its file and its entry under "chapters:").',
  }),
  duplicateSlug: (at: At, slug: string): Finding => ({
    severity: 'error',
    code: 'duplicate-slug',
    ...at,
    key: slug,
    what: `The chapter "${slug}" is listed twice under "chapters:".`,
    fix: 'Delete the second entry.',
  }),
  outsideProject: (file: string): Finding => ({
    severity: 'error',
    code: 'outside-project',
    file,
    what: 'This is a symbolic link to a place outside the project; Editions neither reads nor writes through it.',
    fix: 'Replace the link with the file itself (a regular file inside the project).',
  }),
  notAFile: (file: string, found: string): Finding => ({
    severity: 'error',
    code: 'not-a-file',
    file,
    what: `This is ${found}, not a regular file.`,
    fix: 'Replace it with a regular text file of that name, or delete it.',
  }),
  notUtf8: (at: At, detail: string): Finding => ({
    severity: 'error',
    code: 'not-utf8',
    ...at,
    what: `This file is not UTF-8 text: ${detail}.`,
    fix: 'Save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8).',
  }),
  missingFile: (file: string): Finding => ({
    severity: 'error',
    code: 'missing-file',
    file,
    what: 'This file is missing.',
    fix: 'Restore it (e.g. `git checkout -- <file>`).',
  }),
  contentLink: (at: At, key: string, href: string, detail: string): Finding => ({
    severity: 'error',
    code: 'content-link',
    ...at,
    key,
    what: `The link to "${excerpt(safeText(href), 80)}" cannot be published: ${detail}.`,
    fix: 'Link to a page of the site (a path such as "/<lng>/<chapter>/", or "#id") or to a full address with https:// (see docs/untrusted-input.md, "Links").',
  }),
  controlInName: (at: At, key: string, cp: number): Finding => ({
    severity: 'error',
    code: 'control-in-name',
    ...at,
    key,
    what: `The name holds the control character U+${cp.toString(16).toUpperCase().padStart(4, '0')}; a name is one line of visible text (bylines, structured data and feeds show it).`,
    fix: 'Retype the name without it (LRM and RLM marks are fine).',
  }),
  shadowedKey: (at: At, key: string): Finding => ({
    severity: 'error',
    code: 'shadowed-key',
    ...at,
    key,
    what: `"${key}" is written twice, once as a flat key with a dot and once nested ({ "${key.split('.')[0]}": { … } }); i18next reads only one of them, so the other text would be checked but never shown.`,
    fix: "Keep one of the two: write it nested, as the file's other keys are.",
  }),
  overLimit: (at: At & { key?: string }, what: string, limit: string, fix: string): Finding => ({
    severity: 'error',
    code: 'over-limit',
    ...at,
    what: `${what}, over the limit of ${limit}.`,
    fix,
  }),
  jsonTooDeep: (at: At, limit: number): Finding => ({
    severity: 'error',
    code: 'json-too-deep',
    ...at,
    what: `The JSON is nested more than ${limit} levels deep.`,
    fix: 'A translation file holds "key": "text" pairs, grouped at most a few levels deep: flatten the nesting.',
  }),
};

function typographyFinding(file: string, locale: string, key: string, code: string, what: string, fix: string): Finding {
  return { severity: 'warning', code, file, locale, key, what, fix };
}

function quoted(items: string[]): string {
  return items.length ? items.map((i) => `"${i}"`).join(', ') : 'none';
}

interface QuoteAt {
  page: string;
  locale: string;
  id: string;
  file: string;
  key: string;
}

function quoteFinding(q: QuoteAt, code: string, what: string, fix: string): Finding {
  return { severity: 'error', code, file: q.file, locale: q.locale, key: q.key, what: `On ${q.page} (${q.locale}), quote "${q.id}" ${what}`, fix };
}

/** `excerpt("a long sentence here", 10)` → "a long…": cut at a word, marked. */
export function excerpt(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

function list(items: string[]): string {
  return items.length ? items.map((i) => `{{${i}}}`).join(', ') : 'none';
}

/** Messages of the command-line tools that are not findings about a file. */
export const cliMessages = {
  unknownLocale: (given: string, known: readonly string[]) => `Unknown locale "${given}". Known: ${known.join(', ')}.`,
  buildStopped: (out: string) => `The build stopped; ${out}/ was left as it was.`,
  saveRefused: (count: number) => `Editions: that save was refused (${count} error(s) above); the site as last built is still served. Fix the file and save again.`,
  modelNotLoaded: "Editions: the model was not loaded before rendering (the plugin's eleventy.before handler did not run).",
  acceptUsage: (known: readonly string[]) => `Usage: npm run i18n:accept -- <${known.join('|')}> <namespace:key>… (or --all)`,
  checkSummary: (errors: number, warnings: number, locales: readonly string[]) => `${errors} error(s), ${warnings} warning(s) in ${locales.join(', ')}.`,
  built: (out: string, seconds: number, draft: boolean, pseudo: boolean) =>
    `Built ${out} in ${seconds.toFixed(2)} s${draft ? ' (draft)' : ''}${pseudo ? ' (pseudo-localized)' : ''}.`,
  idsAdded: (file: string, ids: string[]) => `${file}: added ${ids.length} id(s): ${ids.join(', ')}`,
  idsTotal: (total: number) => (total === 0 ? 'Every block already has an id.' : `Added ${total} id(s).`),
  lockRecorded: (file: string, count: number) => `${file}: ${count} translation(s) recorded.`,
  lockAccepted: (file: string, what: string[] | 'all') => `${file}: accepted ${what === 'all' ? 'every outdated translation' : what.join(', ')}.`,
  notOutdated: (locale: string, keys: string[]) => `Not outdated in ${locale}: ${keys.join(', ')}. Run \`npm run i18n:status -- --locale ${locale}\` to see what is.`,
  // ── Translation QA (src/cli/waive.ts) ──
  waiveUsage: (known: readonly string[]) => `Usage: npm run qa:waive -- <${known.join('|')}> <namespace:key> <code> "<reason>" (the reason is required).`,
  nothingToWaive: (locale: string, unit: string, code: string) =>
    `No current ${code} finding on "${unit}" in ${locale}. Run \`npm run check -- --locale ${locale}\` to see the findings.`,
  waived: (file: string, unit: string, code: string) => `${file}: ${code} on "${unit}" waived until its source or translation changes.`,
  // --- Shards and merge (#17): `npm run build -- --locale`, `npm run build:merge` ---
  mergeUsage: () => 'Usage: npm run build:merge -- <shard folder>... --out <folder>   (each shard built with `npm run build -- --locale <code> --out <folder>`)',
  notAShard: (dir: string) => `${dir} is not an edition's build: it has no editions-shard.json. Build it with \`npm run build -- --locale <code> --out ${dir}\`.`,
  duplicateShard: (locale: string, dirs: string[]) => `Two shards build the ${locale} edition: ${dirs.join(' and ')}. Pass one folder per edition.`,
  missingShards: (locales: string[]) =>
    `No shard for the ${locales.join(', ')} edition(s). Build each with \`npm run build -- --locale <code> --out <folder>\` and pass every folder.`,
  shardsDisagree: (setting: string, values: string[]) =>
    `The shards were built with different ${setting} (${values.join(' / ')}). Build every edition with the same options and SITE_URL as the merge.`,
  shardsConflict: (file: string, sources: string[]) =>
    `${file} differs between ${sources.join(' and ')}: the shards were built from different sources or versions of Editions. Build them all from the same commit.`,
  pagefindVersions: () => "The shards' search indexes were written by different Pagefind versions or settings. Build them all from the same commit after `npm ci`.",
  merged: (out: string, locales: string[], seconds: string) => `Merged the ${locales.join(', ')} editions into ${out} in ${seconds} s.`,
  // --- The `editions` command ---
  previewRefused: (refused: readonly Finding[]) => {
    const per = new Map<string, number>();
    for (const f of refused) per.set(f.locale ?? '?', (per.get(f.locale ?? '?') ?? 0) + 1);
    const where = [...per].map(([locale, n]) => `${n} in ${escapeLine(locale)}`).join(', ');
    return `Preview: served as drafts; the strict build would refuse ${refused.length} finding(s) (${where}). Run \`editions check\` for the list.`;
  },
  badPort: (given: string) => `The port "${escapeLine(given)}" is not a number from 0 to 65535. Pass --port 8080 or set PORT.`,
  unknownCommand: (given: string, known: readonly string[]) => `Unknown command "${escapeLine(given)}". Commands: ${known.join(', ')}. Run \`editions help\`.`,
};

// ——— Issue #13: CAT tools ———
/** Text from a translator's file, made safe to print: no control characters (escape codes) reach the terminal. */
export function safeText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** What exported files and the exchange commands say besides findings. */
export const exchangeMessages = {
  outdatedNote: (previous: string) => `OUTDATED: the source changed since this was translated. It used to read: ${previous}`,
  pluralNote: (keys: string[]) => `Plural forms, stored as ${keys.join(', ')}.`,
  notXml: (detail: string) => `it is not well-formed XML (${safeText(detail)}).`,
  doctype: 'it declares a DOCTYPE, which an exported file never has.',
  notXliff: 'it is neither XLIFF nor PO.',
  oneFileElement: (n: number) => `it must hold exactly one <file> (one namespace), but holds ${n}.`,
  xliffVersion: (v: string) => `XLIFF version "${safeText(v)}" is not supported (1.2 and 2.0 are).`,
  unknownInline: (name: string) => `the target holds <${safeText(name)}>, which is not an XLIFF inline element.`,
  unknownCode: (id: string) => `the target holds an inline tag (id "${safeText(id)}") that the source does not have.`,
  duplicateUnit: 'this key appears twice in the file, so which translation to keep is unclear.',
  notPo: (detail: string) => `it is not a valid PO file (${safeText(detail)}).`,
  exportUsage: (formats: readonly string[]) => `Usage: npm run i18n:export -- --locale <lng> --format <${formats.join('|')}> [--todo] --out <dir>`,
  importUsage: 'Usage: npm run i18n:import -- [--accept-stale] <file>…',
  reviewUsage: (known: readonly string[]) => `Usage: npm run i18n:review -- <${known.join('|')}> <namespace:key>… (or --all)`,
  notReviewable: (locale: string, keys: string[]) =>
    `Not translated and current in ${locale}, so not marked reviewed: ${keys.join(', ')}. Translate or update them first (\`npm run i18n:status -- --locale ${locale}\`).`,
  sourceLocale: (locale: string) => `${locale} is the story's source language: its text is written in content/, not translated. Export a translated edition.`,
};
