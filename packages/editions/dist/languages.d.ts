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
export declare const languages: readonly LanguageFacts[];
/**
 * Languages a quote may have been first said or written in besides the
 * editions': any language Editions knows, and `und` when the source does not say.
 */
export declare const quoteLanguages: readonly string[];
/** `language('ja')` → the Japanese facts; undefined for a language Editions does not know. */
export declare function language(code: string): LanguageFacts | undefined;
/** `languageFacts('ja')`: as `language`, for code that only ever sees codes the publication was validated against. */
export declare function languageFacts(code: string): LanguageFacts;
