/**
 * The bounds on everything that comes from outside (content/, locales/, an
 * imported file): one table, so the docs, the errors and the tests name the
 * same numbers. Each is far above what a real publication needs (a long
 * chapter is ~40 KB and ~300 units; a paragraph ~2,000 characters) and far
 * below what makes a build slow or crash: a file over a limit is a finding
 * naming the file and the limit, never a stack trace or gigabytes of memory.
 * docs/untrusted-input.md explains each choice.
 */
export const LIMITS = {
  /** Bytes of one file in content/ or locales/ (a chapter, a locale file, a figure). */
  fileBytes: 4 * 1024 * 1024,
  /** Bytes of one edition's translation lock, which holds the source text of every unit it translates. */
  lockBytes: 128 * 1024 * 1024,
  /** Bytes of one file given to `i18n:import` (a whole book's XLIFF is ~2 MB). */
  importBytes: 32 * 1024 * 1024,
  /** Names in one project folder (chapters, figures, locale files). */
  folderEntries: 20_000,
  /** Characters of one unit, quote or translated string. */
  stringChars: 20_000,
  /** Units (paragraphs, headings, items) in one chapter, strings in one locale or imported file. */
  unitsPerFile: 10_000,
  /** Nesting depth of any tree: JSON, YAML, SVG elements. */
  treeDepth: 32,
  /** Elements in one figure. */
  svgElements: 20_000,
} as const;

export type Limit = keyof typeof LIMITS;
