import type { Translator } from '../translator/i18n.ts';
import type { LockEntry, Model } from '../model/types.ts';
export type UnitState = 'source' | 'translated' | 'missing' | 'outdated';
export interface StatusItem {
    locale: string;
    /** i18next namespace = the file under locales/<lng>/ to edit. */
    namespace: string;
    key: string;
    kind: 'unit' | 'quote' | 'person' | 'source' | 'figure' | 'ui' | 'correction' | 'term';
    state: UnitState;
    /** The source text beside it, for translators. */
    sourceText: string;
    /** The current translation, when there is one. */
    translation?: string;
    /** For outdated items: the source text the translation was made from. */
    previousSource?: string;
    /** True when the translation changed since the lock recorded it (run i18n:sync). */
    unsynced?: boolean;
    /** True when a reviewer marked this very translation of this very source reviewed. */
    reviewed?: boolean;
}
/**
 * The state of one string, given its translation (if any) and its lock entry.
 * `stateOf("New", "Neu", {source: "Old", translation: fp("Neu")})` → outdated
 */
export declare function stateOf(sourceText: string, translation: string | undefined, entry: LockEntry | undefined): {
    state: UnitState;
    unsynced: boolean;
};
interface Translatable {
    namespace: string;
    key: string;
    kind: StatusItem['kind'];
    sourceText: string;
}
/** Every string a locale must translate, with its source text. */
export declare function translatables(model: Model, locale: string): Translatable[];
/**
 * i18next plural keys follow each language's plural rules: English has
 * `x_one` and `x_other`, Japanese and Korean only `x_other`.
 * `expandPlurals({"n_one": "1 item", "n_other": "{{count}} items"}, "ja")` → {"n_other": "{{count}} items"}
 */
export declare function expandPlurals(source: Map<string, string>, locale: string): Map<string, string>;
/** Every translatable string of the model in `locale`, with its state. */
export declare function statusItems(model: Model, tr: Translator, locale: string): StatusItem[];
/** A locale's status items, each worked out once per build and shared by the build gate, the pages and the report. */
export type StatusOf = (locale: string) => StatusItem[];
export declare function statusOnce(model: Model, tr: Translator): StatusOf;
/** `reviewed` counts the translated ones a reviewer signed off (a subset of `translated`). */
export interface Tally {
    translated: number;
    reviewed: number;
    missing: number;
    outdated: number;
    total: number;
}
/** Counts by state: `tally(items)` → { translated: 40, reviewed: 12, missing: 2, outdated: 1, total: 43 } */
export declare function tally(items: StatusItem[]): Tally;
export {};
