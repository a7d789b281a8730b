/**
 * Updates a locale's lock: records current translations as made from the
 * current source (sync), or marks unchanged outdated ones as still right (accept).
 */
import type { LockEntry } from '../model/types.ts';
import { fingerprint, lockKey } from '../locales/lock.ts';
import { lockEntry } from '../locales/review.ts';
import type { StatusItem } from './units.ts';

/**
 * Sync: every translated string is recorded with its current source; outdated
 * ones keep their old entry (so they stay outdated); missing ones are dropped.
 */
export function syncLock(items: StatusItem[]): Map<string, LockEntry> {
  const lock = new Map<string, LockEntry>();
  for (const item of items) {
    if (item.translation === undefined) continue;
    const source = item.state === 'outdated' ? item.previousSource! : item.sourceText;
    lock.set(lockKey(item.namespace, item.key), lockEntry(source, item.translation, item.reviewed === true));
  }
  return lock;
}

/** Accept: the named outdated strings ("ns:key") are up to date as they are. Returns the keys not found. */
export function acceptInLock(lock: Map<string, LockEntry>, items: StatusItem[], keys: string[] | 'all'): string[] {
  const outdated = new Map(items.filter((i) => i.state === 'outdated').map((i) => [lockKey(i.namespace, i.key), i]));
  const wanted = keys === 'all' ? [...outdated.keys()] : keys;
  const unknown: string[] = [];
  for (const key of wanted) {
    const item = outdated.get(key);
    if (!item) {
      unknown.push(key);
      continue;
    }
    lock.set(key, { source: item.sourceText, translation: fingerprint(item.translation!) });
  }
  return unknown;
}
