/**
 * The reviewed state: a second person has read a translation against its
 * source. The lock records it as a fingerprint of the source and translation
 * together, so any change to either drops it without anyone having to.
 */
import type { LocaleConfig } from '../config.ts';
import { problems, type Finding } from '../errors.ts';
import type { LockEntry } from '../model/types.ts';
import { fingerprint, lockKey } from '../status/lock.ts';
import type { StatusItem } from '../status/units.ts';

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

/**
 * Marks the named strings ("ns:key", or every translated one) reviewed in
 * `lock`. Only a current translation can be: returns the keys that are not
 * (missing or outdated).
 */
export function markReviewed(lock: Map<string, LockEntry>, items: readonly StatusItem[], keys: readonly string[] | 'all'): string[] {
  const translated = new Map(items.filter((i) => i.state === 'translated').map((i) => [lockKey(i.namespace, i.key), i]));
  const wanted = keys === 'all' ? [...translated.keys()] : keys;
  const refused: string[] = [];
  for (const key of wanted) {
    const item = translated.get(key);
    if (!item) refused.push(key);
    else lock.set(key, lockEntry(item.sourceText, item.translation!, true));
  }
  return refused;
}

/**
 * With `publish: reviewed`, every quote an edition shows must have been
 * reviewed: one that is not is an error in a strict locale, a warning in a
 * draft one. (The verdict module will decide this severity by its code.)
 */
export function reviewFindings(locale: LocaleConfig, items: readonly StatusItem[]): Finding[] {
  if (locale.publish !== 'reviewed') return [];
  return items
    .filter((i) => i.kind === 'quote' && i.state !== 'missing' && i.state !== 'source' && !i.reviewed)
    .map((i) => {
      const f = problems.unreviewedQuote(`locales/${locale.code}/${i.namespace}.json`, locale.code, i.namespace, i.key);
      return locale.mode === 'strict' ? f : { ...f, severity: 'warning' as const };
    });
}
