import { type Finding } from '../errors.ts';
export interface Waiver {
    unit: string;
    code: string;
    reason: string;
    source: string;
    translation: string;
}
export declare function waiversPath(locale: string): string;
/** Reads a locale's waivers (absent: none). */
export declare function loadWaivers(root: string, locale: string): {
    waivers: Waiver[];
    findings: Finding[];
};
/** Pure: the waivers of a _waivers.yml text; an entry lacking a field is reported, not guessed. */
export declare function parseWaivers(text: string, file: string): {
    waivers: Waiver[];
    findings: Finding[];
};
/** Appends one waiver to a _waivers.yml text, keeping what is there. */
export declare function appendWaiver(text: string, waiver: Waiver): string;
