import { fingerprint, lockKey } from '../locales/lock.js';
import { lockEntry } from '../locales/review.js';
/**
 * Sync: every translated string is recorded with its current source; outdated
 * ones keep their old entry (so they stay outdated); missing ones are dropped.
 */
export function syncLock(items) {
    const lock = new Map();
    for (const item of items) {
        if (item.translation === undefined)
            continue;
        const source = item.state === 'outdated' ? item.previousSource : item.sourceText;
        lock.set(lockKey(item.namespace, item.key), lockEntry(source, item.translation, item.reviewed === true));
    }
    return lock;
}
/** Accept: the named outdated strings ("ns:key") are up to date as they are. Returns the keys not found. */
export function acceptInLock(lock, items, keys) {
    const outdated = new Map(items.filter((i) => i.state === 'outdated').map((i) => [lockKey(i.namespace, i.key), i]));
    const wanted = keys === 'all' ? [...outdated.keys()] : keys;
    const unknown = [];
    for (const key of wanted) {
        const item = outdated.get(key);
        if (!item) {
            unknown.push(key);
            continue;
        }
        lock.set(key, { source: item.sourceText, translation: fingerprint(item.translation) });
    }
    return unknown;
}
//# sourceMappingURL=sync.js.map