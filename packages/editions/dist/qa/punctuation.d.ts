/**
 * Punctuation and typography of a translation, per locale: each check returns
 * what it saw, worded by src/errors.ts. Pure functions of the texts.
 */
import type { LanguageFacts } from '../languages.ts';
export type TypographyCode = 'qa-unbalanced' | 'qa-latin-punctuation' | 'qa-straight-quote' | 'qa-double-space' | 'qa-source-leftover' | 'qa-identical' | 'qa-doubled-word';
export interface TypographyIssue {
    code: TypographyCode;
    found: string;
}
/** The first bracket or quotation mark pair left open or closed twice: `unbalanced("「兵士」」")` → "」". */
export declare function unbalanced(text: string): string | null;
/**
 * Typography findings of `translation` in `locale`. `names` are renderings
 * that may stay in Latin letters (glossary terms, titles).
 */
export declare function typography(source: string, translation: string, locale: LanguageFacts, sourceLocale: string, names: readonly string[]): TypographyIssue[];
/**
 * Three or more Latin words in a row that are not an accepted name, title or
 * acronym: `sourceLeftover("兵士は the drone was spotted と", [])` → "the drone was spotted".
 */
export declare function sourceLeftover(text: string, names: readonly string[], sourceLanguage?: string): string | null;
/** A word written twice in a row ("병사 병사", "the the"); Japanese has no spaces to tell words apart. */
export declare function doubledWord(text: string): string | null;
