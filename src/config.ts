/**
 * The one list of editions and their settings. Eleventy, i18next, the checks
 * and the Playwright suite all read it from here; never write the locale list
 * out anywhere else.
 */

export type LocaleMode = 'strict' | 'draft';

export interface LocaleConfig {
  /** BCP 47 code: the folder under locales/, the URL prefix and `<html lang>`. */
  code: string;
  /** The language's own name, shown in the switcher ("日本語"). */
  endonym: string;
  /** English name, for messages to developers. */
  englishName: string;
  /** Open Graph locale (language_TERRITORY). */
  ogLocale: string;
  /**
   * strict: the build fails on any missing translation.
   * draft: missing prose falls back to the source text, flagged for readers.
   * Missing quotes fail the build in both modes unless `--draft` is passed.
   */
  mode: LocaleMode;
  /** Text in this locale must contain at least one character of this script. */
  script: RegExp | null;
  /** markdown-it typographer quotes: double open/close, single open/close. */
  quotes: string;
  /** How the search index treats the language (src/render/search-forms.ts). */
  search: SearchTuning;
}

export interface SearchTuning {
  /**
   * Pagefind's extended build cuts this language into words with a dictionary
   * (Japanese) and then splits runs of digits or Latin letters inside it
   * ("1953年" indexes as 1, 9, 5, 3, 年): mark those runs so each indexes whole.
   */
  wholeRuns: boolean;
  /**
   * Names may be written with variant kanji (礒﨑) that readers type in their
   * common form (磯崎): index the common form too.
   */
  variants: boolean;
  /**
   * Present Hangul to the indexer as conjoining jamo, so that Pagefind cuts
   * the index into chunks (src/render/korean-index.ts explains why).
   */
  hangulJamo: boolean;
}

export const locales: readonly LocaleConfig[] = [
  { code: 'en', endonym: 'English', englishName: 'English', ogLocale: 'en_US', mode: 'strict', script: /[A-Za-z]/, quotes: '“”‘’', search: { wholeRuns: false, variants: false, hangulJamo: false } },
  { code: 'ja', endonym: '日本語', englishName: 'Japanese', ogLocale: 'ja_JP', mode: 'strict', script: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u, quotes: '「」『』', search: { wholeRuns: true, variants: true, hangulJamo: false } },
  { code: 'ko', endonym: '한국어', englishName: 'Korean', ogLocale: 'ko_KR', mode: 'strict', script: /\p{Script=Hangul}/u, quotes: '“”‘’', search: { wholeRuns: false, variants: false, hangulJamo: true } },
];

/** Languages a quote may have been first said or written in, beyond the editions. */
export const otherLanguages: readonly string[] = ['ru', 'und'];

export const localeCodes: readonly string[] = locales.map((l) => l.code);

/** `localeConfig('ja')` → the Japanese settings; throws on an unknown code. */
export function localeConfig(code: string): LocaleConfig {
  const found = locales.find((l) => l.code === code);
  if (!found) throw new Error(`Unknown locale "${code}". Known: ${localeCodes.join(', ')}.`);
  return found;
}

/** Folders, relative to the project root. */
export const paths = {
  content: 'content',
  chapters: 'content/chapters',
  story: 'content/story.md',
  quotes: 'content/quotes.yml',
  figures: 'content/figures',
  locales: 'locales',
  templates: 'src/render/templates',
  output: '_site',
} as const;

/** Namespaces every locale has besides one per chapter. */
export const fixedNamespaces = { ui: 'ui', quotes: 'quotes', story: 'story', figures: 'figures' } as const;
