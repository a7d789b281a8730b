/**
 * The translation system: one i18next instance per model. The source
 * language's chapter and quote strings come from content/ (the source of
 * truth); every other string comes from locales/. Every lookup goes through
 * i18next, and there is no silent fallback: a missing key is detected with
 * `has()` and handled by the caller (fallback notice, or an error).
 */
import { type i18n } from 'i18next';
import type { Chapter, Model } from '../model/types.ts';
export interface Translator {
    /** Looks `ns:key` up in `lng`, interpolating (escaped) values. */
    t(lng: string, ns: string, key: string, values?: Record<string, string | number>): string;
    /** True when `lng` has a string for `ns:key` that readers can see (an empty or invisible one counts as missing). */
    has(lng: string, ns: string, key: string): boolean;
    readonly i18n: i18n;
}
/** The source language's resources, built from content/ so they are never copied by hand. */
export declare function sourceResources(model: Model): Record<string, Record<string, unknown>>;
/** A chapter's source strings, keyed by unit id (also used by watch mode after a chapter edit). */
export declare function unitStrings(chapter: Chapter): Record<string, string>;
export interface TranslatorOptions {
    /**
     * Pseudo-localize every string i18next returns (ḭḭṇ ţḥḭḭṡ ẁααẏ), so a page
     * built with it shows at a glance any text that bypassed the locale files.
     */
    pseudo?: boolean;
}
export declare function createTranslator(model: Model, options?: TranslatorOptions): Translator;
