/**
 * Updates a locale's lock: records current translations as made from the
 * current source (sync), or marks unchanged outdated ones as still right (accept).
 */
import type { LockEntry } from '../model/types.ts';
import type { StatusItem } from './units.ts';
/**
 * Sync: every translated string is recorded with its current source; outdated
 * ones keep their old entry (so they stay outdated); missing ones are dropped.
 */
export declare function syncLock(items: StatusItem[]): Map<string, LockEntry>;
/** Accept: the named outdated strings ("ns:key") are up to date as they are. Returns the keys not found. */
export declare function acceptInLock(lock: Map<string, LockEntry>, items: StatusItem[], keys: string[] | 'all'): string[];
