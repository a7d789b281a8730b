/**
 * What Editions knows about languages: script, quotation marks, direction,
 * search tuning, names. Built in for the languages below; any other BCP 47
 * language is described from the runtime's Unicode data (Intl), and a
 * publication may declare or override every fact per edition in
 * content/story.md (src/model/publication.ts), so a new language needs no code.
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
  /** Writing direction: `dir` wherever text in the language appears. */
  dir: 'ltr' | 'rtl';
  /** How the search index treats the language (src/render/search-forms.ts). */
  search: SearchTuning;
  /** How its EPUB is set unless the publication says otherwise (src/book/): Japanese vertically (縦書き). */
  book?: BookWriting;
  /**
   * Numbers take a counter with no space between (2人, 10月, 130キロ) and a
   * line may break between any two characters: keep each number with its
   * counter (src/markdown/inline.ts). Korean needs none: it breaks at spaces only.
   */
  counters?: boolean;
}

export type BookWriting = 'horizontal' | 'vertical';

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
  { code: 'en', endonym: 'English', englishName: 'English', ogLocale: 'en_US', script: latin, quotes: '“”‘’', dir: 'ltr', search: plain },
  {
    code: 'ja',
    endonym: '日本語',
    englishName: 'Japanese',
    ogLocale: 'ja_JP',
    script: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u,
    quotes: '「」『』',
    dir: 'ltr',
    search: { wholeRuns: true, variants: true, hangulJamo: false },
    book: 'vertical',
    counters: true,
  },
  {
    code: 'ko',
    endonym: '한국어',
    englishName: 'Korean',
    ogLocale: 'ko_KR',
    script: /\p{Script=Hangul}/u,
    quotes: '“”‘’',
    dir: 'ltr',
    search: { wholeRuns: false, variants: false, hangulJamo: true },
  },
  { code: 'fr', endonym: 'Français', englishName: 'French', ogLocale: 'fr_FR', script: latin, quotes: '«»“”', dir: 'ltr', search: plain },
  { code: 'de', endonym: 'Deutsch', englishName: 'German', ogLocale: 'de_DE', script: latin, quotes: '„“‚‘', dir: 'ltr', search: plain },
  { code: 'es', endonym: 'Español', englishName: 'Spanish', ogLocale: 'es_ES', script: latin, quotes: '«»“”', dir: 'ltr', search: plain },
  { code: 'uk', endonym: 'Українська', englishName: 'Ukrainian', ogLocale: 'uk_UA', script: /\p{Script=Cyrillic}/u, quotes: '«»„“', dir: 'ltr', search: plain },
  { code: 'ru', endonym: 'Русский', englishName: 'Russian', ogLocale: 'ru_RU', script: /\p{Script=Cyrillic}/u, quotes: '«»„“', dir: 'ltr', search: plain },
  {
    code: 'zh-Hans',
    endonym: '简体中文',
    englishName: 'Chinese (Simplified)',
    ogLocale: 'zh_CN',
    script: /\p{Script=Han}/u,
    quotes: '“”‘’',
    dir: 'ltr',
    search: plain,
    counters: true,
  },
  {
    code: 'zh-Hant',
    endonym: '繁體中文',
    englishName: 'Chinese (Traditional)',
    ogLocale: 'zh_TW',
    script: /\p{Script=Han}/u,
    quotes: '「」『』',
    dir: 'ltr',
    search: plain,
    counters: true,
  },
  { code: 'vi', endonym: 'Tiếng Việt', englishName: 'Vietnamese', ogLocale: 'vi_VN', script: latin, quotes: '“”‘’', dir: 'ltr', search: plain },
];

/** The languages Editions describes itself (chrome, typography); any other is described from Intl. */
export const builtInCodes: readonly string[] = languages.map((l) => l.code);

/** `canonicalLanguageTag("zh-hant")` → "zh-Hant"; "und" stays; null for what is not a BCP 47 tag. */
export function canonicalLanguageTag(tag: string): string | null {
  if (tag === 'und') return tag;
  if (!/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag)) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/** Facts declared by the publication for its editions (content/story.md), by code. */
const declared = new Map<string, LanguageFacts>();

/** Holds the publication's declared editions, so every part of the build sees the same facts for a code. */
export function declareLanguages(facts: readonly LanguageFacts[]): void {
  for (const f of facts) declared.set(f.code, f);
}

/** `language('ja')` → the Japanese facts; undefined for what is not a language tag. */
export function language(code: string): LanguageFacts | undefined {
  return declared.get(code) ?? languages.find((l) => l.code === code) ?? describeLanguage(code);
}

/** `languageFacts('ja')`: as `language`, for code that only ever sees codes the publication was validated against. */
export function languageFacts(code: string): LanguageFacts {
  const found = language(code);
  if (!found) throw new Error(`"${code}" is not a BCP 47 language tag.`);
  return found;
}

const derived = new Map<string, LanguageFacts | undefined>();
/** Composite ISO 15924 codes the runtime gives for a language, as the Unicode scripts its text is written in. */
const scriptParts: Record<string, string[]> = { Jpan: ['Hira', 'Kana', 'Hani'], Kore: ['Hang', 'Hani'], Hans: ['Hani'], Hant: ['Hani'], Hanb: ['Hani', 'Bopo'] };

/** `describeLanguage("ar")` → Arabic facts from Intl: its name, script, direction; plain search; English quotes. */
export function describeLanguage(code: string): LanguageFacts | undefined {
  if (derived.has(code)) return derived.get(code);
  const tag = canonicalLanguageTag(code);
  let facts: LanguageFacts | undefined;
  if (tag && tag !== 'und') {
    const locale = new Intl.Locale(tag).maximize();
    const script = scriptPattern(locale.script);
    const textInfo = (locale as Intl.Locale & { textInfo?: { direction?: string } }).textInfo;
    // A regional or scripted form of a language Editions describes keeps its typography and search tuning ("ja-JP").
    const known = languages.find((l) => l.code === `${locale.language}-${locale.script}`) ?? languages.find((l) => l.code === locale.language);
    facts = known
      ? { ...known, code: tag, endonym: displayName(tag, tag) ?? known.endonym, englishName: displayName('en', tag) ?? known.englishName }
      : {
          code: tag,
          endonym: displayName(tag, tag) ?? tag,
          englishName: displayName('en', tag) ?? tag,
          ogLocale: locale.region ? `${locale.language}_${locale.region}` : locale.language,
          script: script ?? /\p{L}/u,
          quotes: '“”‘’',
          dir: textInfo?.direction === 'rtl' ? 'rtl' : 'ltr',
          search: plain,
        };
  }
  derived.set(code, facts);
  return facts;
}

/** `scriptPattern("Arab")` → /\p{Script=Arab}/u; undefined when the runtime does not know the script. */
export function scriptPattern(iso15924: string | undefined): RegExp | undefined {
  if (!iso15924) return undefined;
  const parts = scriptParts[iso15924] ?? [iso15924];
  try {
    return new RegExp(`[${parts.map((p) => `\\p{Script=${p}}`).join('')}]`, 'u');
  } catch {
    return undefined;
  }
}

/** Names already asked of Intl: building its DisplayNames costs far more than the lookup (pages ask thousands of times). */
const displayNames = new Map<string, string | undefined>();

/** `displayName("ja", "vi")` → "ベトナム語": a language's name in another language, from Intl. */
export function displayName(inLanguage: string, code: string): string | undefined {
  if (code === 'und') return undefined;
  const key = `${inLanguage}\u0000${code}`;
  if (displayNames.has(key)) return displayNames.get(key);
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([inLanguage], { type: 'language', fallback: 'none' }).of(code);
  } catch {
    name = undefined;
  }
  const known = name && name !== code ? name : undefined;
  displayNames.set(key, known);
  return known;
}
