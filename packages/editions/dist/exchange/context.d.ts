import type { Model } from '../model/types.ts';
import type { StatusItem } from '../status/units.ts';
export type ExchangeState = 'missing' | 'outdated' | 'translated' | 'reviewed';
export interface ExchangeUnit {
    namespace: string;
    key: string;
    kind: StatusItem['kind'];
    source: string;
    /** The current translation, if any. */
    target?: string;
    state: ExchangeState;
    /** For outdated units: the source the translation was made from. */
    previousSource?: string;
    /** Fingerprint of `source`: an import compares it with the current source's. */
    sourceFingerprint: string;
    /** Context lines, one note each. */
    notes: string[];
    /** A figure label's room, in characters (XLIFF maxwidth, size restriction). */
    maxChars?: number;
    /** Set on the forms of a plural key (`found_one`, `found_other`): the key without its suffix. */
    plural?: {
        base: string;
        category: string;
        sourceForms: Map<string, string>;
    };
}
/** Every string of a locale's status as an exchange unit, in reading order, with its context. */
export declare function exchangeUnits(model: Model, items: readonly StatusItem[]): ExchangeUnit[];
/** Where a chapter unit stands: its page's title, the heading above it, the units before and after. */
export interface UnitPlace {
    page: string;
    section?: string;
    before?: string;
    after?: string;
    figure?: string;
}
export declare function unitContexts(model: Model): Map<string, UnitPlace>;
/**
 * How much room a `<text>` label has before the drawing's edge, from its x,
 * its text-anchor and the viewBox: `labelRoom(model, "route-map.vladivostok")`
 * → { units: 212, chars: 29 }. Title and description (not drawn) have none.
 */
export declare function labelRoom(model: Model, key: string): {
    units: number;
    chars: number;
} | undefined;
/** `languageName("ko")` → "Korean"; "und" → "not stated by the source". */
export declare function languageName(code: string): string;
