/**
 * What Editions knows about languages: script, quotation marks, search
 * tuning, names. A publication chooses its editions among these (in
 * content/story.md); adding a language Editions does not know yet is one
 * entry here.
 */

export interface LanguageFacts {
  /** BCP 47 code: the folder under locales/, the URL prefix and `<html lang>`. */
  code: string;
  /** The language's own name, shown in the switcher ("日本語"). */
  endonym: string;
  /** English name, for messages to developers. */
  englishName: string;
  /** Open Graph locale (language_TERRITORY). */
  ogLocale: string;
  /** Text in this language must contain at least one character of this script. */
  script: RegExp;
  /** markdown-it typographer quotes: double open/close, single open/close. */
  quotes: string;
  /** How the search index treats the language (src/render/search-forms.ts). */
  search: SearchTuning;
  /**
   * Numbers take a counter with no space between (2人, 10月, 130キロ) and a
   * line may break between any two characters: keep each number with its
   * counter (src/markdown/inline.ts). Korean needs none: it breaks at spaces only.
   */
  counters?: boolean;
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

const latin = /[A-Za-z\u00C0-\u024F]/;
const plain: SearchTuning = { wholeRuns: false, variants: false, hangulJamo: false };

export const languages: readonly LanguageFacts[] = [
  { code: 'en', endonym: 'English', englishName: 'English', ogLocale: 'en_US', script: latin, quotes: '“”‘’', search: plain },
  { code: 'ja', endonym: '日本語', englishName: 'Japanese', ogLocale: 'ja_JP', script: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u, quotes: '「」『』', search: { wholeRuns: true, variants: true, hangulJamo: false }, counters: true },
  { code: 'ko', endonym: '한국어', englishName: 'Korean', ogLocale: 'ko_KR', script: /\p{Script=Hangul}/u, quotes: '“”‘’', search: { wholeRuns: false, variants: false, hangulJamo: true } },
  { code: 'fr', endonym: 'Français', englishName: 'French', ogLocale: 'fr_FR', script: latin, quotes: '«»“”', search: plain },
  { code: 'de', endonym: 'Deutsch', englishName: 'German', ogLocale: 'de_DE', script: latin, quotes: '„“‚‘', search: plain },
  { code: 'es', endonym: 'Español', englishName: 'Spanish', ogLocale: 'es_ES', script: latin, quotes: '«»“”', search: plain },
  { code: 'uk', endonym: 'Українська', englishName: 'Ukrainian', ogLocale: 'uk_UA', script: /\p{Script=Cyrillic}/u, quotes: '«»„“', search: plain },
  { code: 'ru', endonym: 'Русский', englishName: 'Russian', ogLocale: 'ru_RU', script: /\p{Script=Cyrillic}/u, quotes: '«»„“', search: plain },
];

/**
 * Languages a quote may have been first said or written in besides the
 * editions': any language Editions knows, and `und` when the source does not say.
 */
export const quoteLanguages: readonly string[] = [...languages.map((l) => l.code), 'und'];

/** `language('ja')` → the Japanese facts; undefined for a language Editions does not know. */
export function language(code: string): LanguageFacts | undefined {
  return languages.find((l) => l.code === code);
}

/** `languageFacts('ja')`: as `language`, for code that only ever sees codes the publication was validated against. */
export function languageFacts(code: string): LanguageFacts {
  const found = language(code);
  if (!found) throw new Error(`Editions has no facts for the language "${code}" (src/languages.ts).`);
  return found;
}
