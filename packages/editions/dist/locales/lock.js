/**
 * The translation lock: for every translated string of a locale, the source
 * text it was translated from and a fingerprint of the translation. Outdated
 * means the source changed while the translation did not; no file dates, no
 * git history. It lives beside the translations (locales/<lng>/_sources.lock)
 * and is written only by `npm run i18n:sync` and `npm run i18n:accept`.
 */
import { hash } from 'node:crypto';
import { problems } from '../errors.js';
import { LOCK_FILE, localeFolder } from './files.js';
/** `lockPath("ja")` → "locales/ja/_sources.lock" */
export function lockPath(locale) {
    return `${localeFolder(locale)}/${LOCK_FILE}`;
}
const fingerprints = new Map();
/** `fingerprint("こんにちは")` → 12 hex digits of its SHA-256 (remembered: a build asks for each string several times). */
export function fingerprint(text) {
    let fp = fingerprints.get(text);
    if (fp === undefined) {
        fp = hash('sha256', text).slice(0, 12); // one-shot: cheaper than createHash on short strings
        fingerprints.set(text, fp);
    }
    return fp;
}
export function lockKey(namespace, key) {
    return `${namespace}:${key}`;
}
/** Stable, sorted JSON so the lock diffs cleanly in review. */
export function serializeLock(lock) {
    const sorted = [...lock.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `${JSON.stringify(Object.fromEntries(sorted.map(([k, v]) => [k, { source: v.source, translation: v.translation, ...(v.reviewed ? { reviewed: v.reviewed } : {}) }])), null, 2)}\n`;
}
/**
 * The lock is machine-written JSON, as large as all translations together:
 * plain JSON.parse reads it (no positions needed); a broken one is reported.
 */
export function parseLock(text, file, findings) {
    const lock = new Map();
    let data;
    try {
        data = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch {
        data = null;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        findings.push(problems.brokenLock(file));
        return lock;
    }
    const entries = data;
    for (const key in entries) {
        const e = entries[key];
        if (typeof e?.source === 'string' && typeof e.translation === 'string')
            lock.set(key, { source: e.source.normalize('NFC'), translation: e.translation, ...(typeof e.reviewed === 'string' ? { reviewed: e.reviewed } : {}) });
    }
    return lock;
}
//# sourceMappingURL=lock.js.map