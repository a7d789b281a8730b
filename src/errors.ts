/**
 * Every message Editions prints lives here, so wording stays consistent and
 * tests can pin it. A finding has two parts: what is wrong, and what to do.
 */

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
  what: string;
  fix: string;
}

/** `locales/ko/quotes.json:4:3 [quote.x] what. Fix: …` */
export function formatFinding(f: Finding): string {
  const where = f.file ? `${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ''}` : ''}` : '';
  const key = f.key ? ` [${f.key}]` : '';
  const label = f.severity === 'warning' ? 'warning: ' : '';
  return `${where}${key} ${label}${f.what} Fix: ${f.fix}`.trim();
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
    severity: 'error', code: 'json-syntax', ...at,
    what: `This file is not valid JSON: ${detail}.`,
    fix: 'Correct the JSON at that line and column (look for a missing quote or comma, or a trailing comma).',
  }),
  yamlSyntax: (at: At, detail: string): Finding => ({
    severity: 'error', code: 'yaml-syntax', ...at,
    what: `This file is not valid YAML: ${detail}.`,
    fix: 'Correct the YAML at that line (check indentation and quotes).',
  }),
  duplicateKey: (at: At, key: string): Finding => ({
    severity: 'error', code: 'duplicate-key', ...at, key,
    what: `"${key}" is defined twice in this file.`,
    fix: 'Give one of them another id (and update the chapters that refer to it), or merge the two.',
  }),
  frontMatter: (at: At, detail: string): Finding => ({
    severity: 'error', code: 'front-matter', ...at,
    what: `The front matter is invalid: ${detail}.`,
    fix: 'Each chapter starts with "---", a "title:" and a "description:" line, and "---".',
  }),
  notAString: (at: At, key: string, found: string): Finding => ({
    severity: 'error', code: 'not-a-string', ...at, key,
    what: `Expected a string but found ${found}.`,
    fix: 'Write the translation as text in double quotes.',
  }),
  decomposedUnicode: (at: At, key: string): Finding => ({
    severity: 'warning', code: 'nfd', ...at, key,
    what: 'The text is in decomposed Unicode (NFD); it was normalized to NFC.',
    fix: 'Save the file as NFC (most editors have a Unicode normalization setting) to silence this warning.',
  }),
  unsupportedBlock: (at: At, kind: string): Finding => ({
    severity: 'error', code: 'unsupported-block', ...at,
    what: `A chapter may hold headings, paragraphs, lists, quote and figure blocks, but not ${kind}.`,
    fix: 'Rewrite the block as paragraphs, or quote it through content/quotes.yml.',
  }),
  missingUnitId: (at: At, text: string): Finding => ({
    severity: 'error', code: 'missing-unit-id', ...at,
    what: `This block has no id: "${excerpt(text, 40)}".`,
    fix: 'Run `npm run i18n:ids` to give every block a stable id.',
  }),
  duplicateId: (at: At, id: string): Finding => ({
    severity: 'error', code: 'duplicate-id', ...at, key: id,
    what: `The id "${id}" is used more than once in this chapter.`,
    fix: 'Remove the "{#…}" from the copy and run `npm run i18n:ids` to give it a new one.',
  }),
  reservedId: (at: At, id: string): Finding => ({
    severity: 'error', code: 'reserved-id', ...at, key: id,
    what: `The id "${id}" is reserved for the chapter's front matter.`,
    fix: 'Give the block another id.',
  }),
  unknownQuote: (at: At, id: string): Finding => ({
    severity: 'error', code: 'unknown-quote', ...at, key: id,
    what: `The chapter refers to quote "${id}", which content/quotes.yml does not define.`,
    fix: `Define "${id}" under "quotes:" in content/quotes.yml, or correct the id.`,
  }),
  unusedQuote: (at: At, id: string): Finding => ({
    severity: 'warning', code: 'unused-quote', ...at, key: id,
    what: `The quote "${id}" is defined but no chapter uses it.`,
    fix: `Add "::: quote ${id}" to a chapter, or delete it from content/quotes.yml.`,
  }),
  badQuote: (at: At, id: string, detail: string): Finding => ({
    severity: 'error', code: 'bad-quote', ...at, key: id,
    what: `The quote "${id}" is invalid: ${detail}.`,
    fix: 'Each quote needs speaker, language, published, source and text; speaker and source must be defined above it.',
  }),
  unknownFigure: (at: At, id: string): Finding => ({
    severity: 'error', code: 'unknown-figure', ...at, key: id,
    what: `The chapter shows figure "${id}", but content/figures/${id}.svg does not exist.`,
    fix: `Add the drawing as content/figures/${id}.svg, or correct the id.`,
  }),
  unusedFigure: (at: At, id: string): Finding => ({
    severity: 'warning', code: 'unused-figure', ...at, key: id,
    what: `The figure "${id}" is not shown in any chapter.`,
    fix: `Add "::: figure ${id}" (a caption, then ":::") to a chapter, or delete the file.`,
  }),
  badFigure: (at: At, id: string, detail: string): Finding => ({
    severity: 'error', code: 'bad-figure', ...at, key: id,
    what: `The figure "${id}" cannot be used: ${detail}.`,
    fix: 'A figure is one <svg> with a viewBox, a <title data-label="title"> and a <desc data-label="desc">; every word readers see is in an element marked data-label="key"; no script, no <style> and no style="…" (use classes styled in site.css).',
  }),
  unknownChapter: (at: At, slug: string): Finding => ({
    severity: 'error', code: 'unknown-chapter', ...at, key: slug,
    what: `The story lists chapter "${slug}", but content/chapters/${slug}.md does not exist.`,
    fix: 'Create the chapter file or remove it from "chapters:" in content/story.md.',
  }),
  unlistedChapter: (at: At, slug: string): Finding => ({
    severity: 'error', code: 'unlisted-chapter', ...at, key: slug,
    what: `The chapter "${slug}" is not listed in content/story.md.`,
    fix: `Add "- ${slug}" under "chapters:" in content/story.md, or delete the file.`,
  }),
  localeFolderMissing: (locale: string): Finding => ({
    severity: 'error', code: 'locale-missing', file: `locales/${locale}/`, locale,
    what: `The locale "${locale}" is configured in src/config.ts but has no folder.`,
    fix: `Create locales/${locale}/ with ui.json, quotes.json and one file per chapter, or remove the locale from src/config.ts.`,
  }),
  emptyLocale: (locale: string): Finding => ({
    severity: 'error', code: 'locale-empty', file: `locales/${locale}/`, locale,
    what: `The folder locales/${locale}/ has no translation files.`,
    fix: `Add ui.json, quotes.json, story.json and one file per chapter (start from copies of another locale's files), or remove "${locale}" from src/config.ts.`,
  }),
  unknownLocaleFolder: (locale: string): Finding => ({
    severity: 'error', code: 'unknown-locale', file: `locales/${locale}/`, locale,
    what: `The folder locales/${locale}/ is not a configured locale.`,
    fix: 'Add the locale to src/config.ts, or rename the folder to a configured code.',
  }),
  brokenLock: (file: string): Finding => ({
    severity: 'error', code: 'broken-lock', file,
    what: 'The translation lock is not valid JSON (a merge conflict?).',
    fix: 'Delete the file and run `npm run i18n:sync`: every current translation is then taken as up to date.',
  }),
  outdatedTranslation: (file: string, locale: string, namespace: string, key: string): Finding => ({
    severity: 'warning', code: 'outdated', file, locale, key,
    what: `The source of "${key}" changed after it was translated (see \`npm run i18n:status -- --locale ${locale}\` for the change).`,
    fix: `Update "${key}" in ${file} and run \`npm run i18n:sync\`, or, if it still fits, \`npm run i18n:accept -- ${locale} ${namespace}:${key}\`.`,
  }),
  unsyncedTranslation: (file: string, locale: string, key: string): Finding => ({
    severity: 'warning', code: 'unsynced', file, locale, key,
    what: `"${key}" was edited since the lock last recorded it.`,
    fix: 'Run `npm run i18n:sync` to record your edits as up to date.',
  }),
  unknownNamespace: (file: string, locale: string): Finding => ({
    severity: 'error', code: 'unknown-namespace', file, locale,
    what: 'This file translates no chapter and no known namespace (ui, quotes, story, figures): was its chapter deleted, or is the name misspelled?',
    fix: 'Delete it if its chapter was removed, or rename it after a chapter in content/chapters/.',
  }),
  missingTranslation: (file: string, locale: string, key: string, source: string): Finding => ({
    severity: 'error', code: 'missing', file, locale, key,
    what: `No ${locale} translation for "${key}" (source: "${excerpt(source, 60)}").`,
    fix: `Add "${key}" to ${file}.`,
  }),
  orphanTranslation: (file: string, locale: string, key: string): Finding => ({
    severity: 'warning', code: 'orphan', file, locale, key,
    what: `"${key}" translates nothing: its unit or quote no longer exists.`,
    fix: `Delete "${key}" from ${file}.`,
  }),
  placeholderMismatch: (file: string, locale: string, key: string, expected: string[], found: string[]): Finding => ({
    severity: 'error', code: 'placeholder', file, locale, key,
    what: `The placeholders differ from the source: expected ${list(expected)}, found ${list(found)}.`,
    fix: 'Keep every {{placeholder}} of the source, spelled exactly the same.',
  }),
  hardCodedText: (page: string, text: string): Finding => ({
    severity: 'error', code: 'hard-coded', key: text,
    what: `On ${page}, "${excerpt(text, 80)}" is not from the locale files: it stayed unchanged in the pseudo-localized build.`,
    fix: 'Move the text into locales/<lng>/ui.json and use it through the `t` filter in the template.',
  }),
  // The browser gate (tests/e2e): each names locale, page, quote id, and the file and key to edit.
  quoteAbsent: (q: QuoteAt): Finding => quoteFinding(q, 'quote-absent',
    `is not on the page.`, 'Rebuild the site; if it persists, the page template drops quotes, which is a bug to report.'),
  quoteEmpty: (q: QuoteAt): Finding => quoteFinding(q, 'quote-empty',
    'is empty.', `Write the translation of "${q.key}" in ${q.file}.`),
  quoteRawKey: (q: QuoteAt, text: string): Finding => quoteFinding(q, 'quote-raw-key',
    `shows the raw key "${text}" instead of text.`, `Add "${q.key}" to ${q.file}.`),
  quoteUntranslated: (q: QuoteAt, sourceLanguage: string): Finding => quoteFinding(q, 'quote-untranslated',
    `is not translated: the page shows the ${sourceLanguage} source text.`, `Add "${q.key}" to ${q.file}.`),
  quoteWrongLang: (q: QuoteAt, found: string | null, expected: string): Finding => quoteFinding(q, 'quote-lang',
    `has lang="${found ?? ''}" but shows ${expected} text.`, 'The quote markup is wrong; check src/render/templates/_includes/blocks.njk.'),
  quoteWrongScript: (q: QuoteAt, language: string): Finding => quoteFinding(q, 'quote-script',
    `does not look like ${language}: it has no character of that script.`, `Replace the text of "${q.key}" in ${q.file} with a ${language} translation.`),
  quoteUnexpected: (q: Omit<QuoteAt, 'file' | 'key'>): Finding => ({
    severity: 'error', code: 'quote-unexpected', locale: q.locale, key: q.id,
    what: `On ${q.page} (${q.locale}), quote "${q.id}" appears but the chapter does not reference it.`,
    fix: 'The page and the model disagree: rebuild the site.',
  }),
};

interface QuoteAt { page: string; locale: string; id: string; file: string; key: string }

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
  acceptUsage: (known: readonly string[]) => `Usage: npm run i18n:accept -- <${known.join('|')}> <namespace:key>… (or --all)`,
  notOutdated: (locale: string, keys: string[]) => `Not outdated in ${locale}: ${keys.join(', ')}. Run \`npm run i18n:status -- --locale ${locale}\` to see what is.`,
  // --- Shards and merge (#17): `npm run build -- --locale`, `npm run build:merge` ---
  mergeUsage: () => 'Usage: npm run build:merge -- <shard folder>... --out <folder>   (each shard built with `npm run build -- --locale <code> --out <folder>`)',
  notAShard: (dir: string) => `${dir} is not an edition's build: it has no editions-shard.json. Build it with \`npm run build -- --locale <code> --out ${dir}\`.`,
  duplicateShard: (locale: string, dirs: string[]) => `Two shards build the ${locale} edition: ${dirs.join(' and ')}. Pass one folder per edition.`,
  missingShards: (locales: string[]) => `No shard for the ${locales.join(', ')} edition(s). Build each with \`npm run build -- --locale <code> --out <folder>\` and pass every folder.`,
  shardsDisagree: (setting: string, values: string[]) => `The shards were built with different ${setting} (${values.join(' / ')}). Build every edition with the same options and SITE_URL as the merge.`,
  shardsConflict: (file: string, sources: string[]) => `${file} differs between ${sources.join(' and ')}: the shards were built from different sources or versions of Editions. Build them all from the same commit.`,
  pagefindVersions: () => 'The shards\' search indexes were written by different Pagefind versions or settings. Build them all from the same commit after `npm ci`.',
  merged: (out: string, locales: string[], seconds: string) => `Merged the ${locales.join(', ')} editions into ${out} in ${seconds} s.`,
};
