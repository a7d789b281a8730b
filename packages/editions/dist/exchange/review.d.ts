/**
 * The reviewed state: a second person has read a translation against its
 * source. The lock records it as a fingerprint of the source and translation
 * together, so any change to either drops it without anyone having to.
 */
import type { Edition } from '../config.ts';
export { isReviewed, lockEntry, reviewFingerprint } from '../locales/review.ts';
import { type Finding } from '../errors.ts';
import type { LockEntry } from '../locales/types.ts';
import type { StatusItem } from '../status/units.ts';
/**
 * Marks the named strings ("ns:key", or every translated one) reviewed in
 * `lock`. Only a current translation can be: returns the keys that are not
 * (missing or outdated).
 */
export declare function markReviewed(lock: Map<string, LockEntry>, items: readonly StatusItem[], keys: readonly string[] | 'all'): string[];
/**
 * With `publish: reviewed`, every quote an edition shows must have been
 * reviewed: one that is not is an error in a strict locale, a warning in a
 * draft one. (The verdict module will decide this severity by its code.)
 */
export declare function reviewFindings(locale: Edition, items: readonly StatusItem[]): Finding[];
