import type { LockEntry } from './types.ts';
/** `reviewFingerprint("Hello", "こんにちは")` → 12 hex digits, different if either text changes. */
export declare function reviewFingerprint(source: string, translation: string): string;
export declare function isReviewed(entry: LockEntry | undefined, source: string, translation: string | undefined): boolean;
/** A lock entry recording `translation` as made from `source` and, when `reviewed`, as reviewed. */
export declare function lockEntry(source: string, translation: string, reviewed: boolean): LockEntry;
