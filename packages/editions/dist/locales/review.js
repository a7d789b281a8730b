/**
 * The reviewed state in the lock: a second person has read a translation
 * against its source. Recorded as a fingerprint of the source and translation
 * together, so any change to either drops it without anyone having to.
 */
import { fingerprint } from './lock.js';
/** `reviewFingerprint("Hello", "こんにちは")` → 12 hex digits, different if either text changes. */
export function reviewFingerprint(source, translation) {
    return fingerprint(`${source}\u0000${translation}`);
}
export function isReviewed(entry, source, translation) {
    return translation !== undefined && entry?.reviewed !== undefined && entry.reviewed === reviewFingerprint(source, translation);
}
/** A lock entry recording `translation` as made from `source` and, when `reviewed`, as reviewed. */
export function lockEntry(source, translation, reviewed) {
    const entry = { source, translation: fingerprint(translation) };
    if (reviewed)
        entry.reviewed = reviewFingerprint(source, translation);
    return entry;
}
//# sourceMappingURL=review.js.map