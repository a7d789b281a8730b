import { lockEntry } from '../locales/review.js';
export { isReviewed, lockEntry, reviewFingerprint } from '../locales/review.js';
import { problems } from '../errors.js';
import { localeFile } from '../locales/files.js';
import { lockKey } from '../locales/lock.js';
/**
 * Marks the named strings ("ns:key", or every translated one) reviewed in
 * `lock`. Only a current translation can be: returns the keys that are not
 * (missing or outdated).
 */
export function markReviewed(lock, items, keys) {
    const translated = new Map(items.filter((i) => i.state === 'translated').map((i) => [lockKey(i.namespace, i.key), i]));
    const wanted = keys === 'all' ? [...translated.keys()] : keys;
    const refused = [];
    for (const key of wanted) {
        const item = translated.get(key);
        if (!item)
            refused.push(key);
        else
            lock.set(key, lockEntry(item.sourceText, item.translation, true));
    }
    return refused;
}
/**
 * With `publish: reviewed`, every quote an edition shows must have been
 * reviewed: one that is not is an error in a strict locale, a warning in a
 * draft one. (The verdict module will decide this severity by its code.)
 */
export function reviewFindings(locale, items) {
    if (locale.publish !== 'reviewed')
        return [];
    return items
        .filter((i) => i.kind === 'quote' && i.state !== 'missing' && i.state !== 'source' && !i.reviewed)
        .map((i) => {
        // How much it weighs (a strict or a draft edition, --draft) is the verdict's to say.
        return problems.unreviewedQuote(localeFile(locale.code, i.namespace), locale.code, i.namespace, i.key);
    });
}
//# sourceMappingURL=review.js.map