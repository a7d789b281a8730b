/**
 * The reviewed state in the lock: a second person has read a translation
 * against its source. Recorded as a fingerprint of the source and translation
 * together, so any change to either drops it without anyone having to.
 */
import { fingerprint } from './lock.ts';
import type { LockEntry } from './types.ts';

/** `reviewFingerprint("Hello", "こんにちは")` → 12 hex digits, different if either text changes. */
export function reviewFingerprint(source: string, translation: string): string {
  return fingerprint(`${source}\u0000${translation}`);
}

export function isReviewed(entry: LockEntry | undefined, source: string, translation: string | undefined): boolean {
  return translation !== undefined && entry?.reviewed !== undefined && entry.reviewed === reviewFingerprint(source, translation);
}

/** A lock entry recording `translation` as made from `source` and, when `reviewed`, as reviewed. */
export function lockEntry(source: string, translation: string, reviewed: boolean): LockEntry {
  const entry: LockEntry = { source, translation: fingerprint(translation) };
  if (reviewed) entry.reviewed = reviewFingerprint(source, translation);
  return entry;
}
