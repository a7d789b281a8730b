import { type Finding } from '../errors.ts';
export declare const CREDITS_FILE = "content/credits.yml";
export interface Credit {
    name: string;
    /** An absolute http(s) URL, normalized. */
    url?: string;
    type: 'person' | 'organization';
}
export interface Credits {
    byline: Credit[];
    /** Edition code → its translators. */
    translators: Map<string, Credit[]>;
}
/** `safeUrl("https://example.org/x")` → "https://example.org/x"; `safeUrl("javascript:alert(1)")` → null */
export declare function safeUrl(value: string): string | null;
/** Reads and validates content/credits.yml; no file means no credits. */
export declare function loadCredits(root: string, editions: readonly string[], sourceLanguage: string, findings: Finding[]): Credits;
export declare function parseCredits(text: string, editions: readonly string[], sourceLanguage: string, findings: Finding[]): Credits;
