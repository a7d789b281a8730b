/**
 * What Pagefind reads of a page, per language: the built HTML with extra word
 * boundaries and forms where Pagefind's defaults miss. Only the index sees
 * this copy; readers get the page as built. Pure functions.
 */
import type { SearchTuning } from '../languages.ts';
/**
 * U+00AD SOFT HYPHEN: invisible, and a word boundary for Pagefind's Japanese
 * segmenter. The search page strips it from excerpts (assets/search/results.js).
 */
export declare const BOUNDARY = "\u00AD";
/** The HTML Pagefind indexes for a page in a language with `tuning`. */
export declare function indexCopy(html: string, tuning: SearchTuning): string;
/**
 * Every other spelling of each run of kanji that has a variant in it, so a
 * reader finds the name in any of them: `variantForms("礒崎敦仁教授は")` →
 * ["磯崎敦仁教授", "磯﨑敦仁教授", "磯嵜敦仁教授", "礒﨑敦仁教授", "礒嵜敦仁教授"]
 * (the common form first).
 */
export declare function variantForms(text: string): string[];
