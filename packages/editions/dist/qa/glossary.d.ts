import { type Finding } from '../errors.ts';
import type { Model } from '../model/types.ts';
export declare const GLOSSARY_FILE = "content/glossary.yml";
export declare const GLOSSARY_NAMESPACE = "glossary";
export interface GlossaryEntry {
    id: string;
    /** The source-language name as the translation unit shows it. */
    source: string;
    /** Every source form that names the entry in a unit: `source` first. */
    forms: string[];
    /** Where each locale's rendering lives. */
    namespace: string;
    key: string;
    /** Accepted renderings besides the translated one, per locale. */
    variants: Record<string, string[]>;
}
export interface Glossary {
    entries: GlossaryEntry[];
    /** Problems with glossary.yml itself. */
    findings: Finding[];
}
/** The model's glossary: quotes.yml people plus content/glossary.yml (read once per model). */
export declare function glossaryOf(model: Model): Glossary;
/** Pure: the glossary of a model given the text of glossary.yml. */
export declare function buildGlossary(model: Model, text: string | null): Glossary;
/** The glossary's source strings, as i18next resources of the source language: `{ kursk: "Kursk" }`. */
export declare function glossarySource(model: Model): Record<string, string>;
/** Every accepted rendering of an entry in a locale: the translation (when there is one) and the variants. */
export declare function acceptedRenderings(model: Model, entry: GlossaryEntry, locale: string): string[];
/** `names("President Volodymyr Zelenskyy said", "Volodymyr Zelenskyy")` → true; whole words only, so "Jong" is not in "Jongno". */
export declare function names(text: string, form: string): boolean;
/** Names compare without spaces and middle dots: "ウォロディミル・ゼレンスキー" is found in "ウォロディミル・ゼレンスキー大統領", "젤렌스키" in "젤렌스키 대통령". */
export declare function foldName(text: string): string;
