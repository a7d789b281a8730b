/**
 * The reviewed state: a second person has read a translation against its
 * source. The lock records it as a fingerprint of the source and translation
 * together, so any change to either drops it without anyone having to.
 */
import type { Edition } from '../config.ts';
import { lockEntry } from '../locales/review.ts';
export { isReviewed, lockEntry, reviewFingerprint } from '../locales/review.ts';
import { problems, type Finding } from '../errors.ts';
import { localeFile } from '../locales/files.ts';
import type { LockEntry } from '../locales/types.ts';
import { lockKey } from '../locales/lock.ts';
import type { StatusItem } from '../status/units.ts';

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
export function reviewFindings(locale: Edition, items: readonly StatusItem[]): Finding[] {
  if (locale.publish !== 'reviewed') return [];
  return items
    .filter((i) => i.kind === 'quote' && i.state !== 'missing' && i.state !== 'source' && !i.reviewed)
    .map((i) => {
      // How much it weighs (a strict or a draft edition, --draft) is the verdict's to say.
      return problems.unreviewedQuote(localeFile(locale.code, i.namespace), locale.code, i.namespace, i.key);
    });
}
