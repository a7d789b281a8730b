/**
 * The translation lock: for every translated string of a locale, the source
 * text it was translated from and a fingerprint of the translation. Outdated
 * means the source changed while the translation did not; no file dates, no
 * git history. It lives beside the translations (locales/<lng>/_sources.lock)
 * and is written only by `npm run i18n:sync` and `npm run i18n:accept`.
 */
import { hash } from 'node:crypto';
import type { LockEntry } from '../model/types.ts';

export const LOCK_FILE = '_sources.lock';

export function lockPath(locale: string): string {
  return `locales/${locale}/${LOCK_FILE}`;
}

const fingerprints = new Map<string, string>();

/** `fingerprint("こんにちは")` → 12 hex digits of its SHA-256 (remembered: a build asks for each string several times). */
export function fingerprint(text: string): string {
  let fp = fingerprints.get(text);
  if (fp === undefined) {
    fp = hash('sha256', text).slice(0, 12); // one-shot: a third of createHash's cost on short strings
    fingerprints.set(text, fp);
  }
  return fp;
}

export function lockKey(namespace: string, key: string): string {
  return `${namespace}:${key}`;
}

/** Stable, sorted JSON so the lock diffs cleanly in review. */
export function serializeLock(lock: Map<string, LockEntry>): string {
  const sorted = [...lock.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${JSON.stringify(Object.fromEntries(sorted.map(([k, v]) => [k, { source: v.source, translation: v.translation, ...(v.reviewed ? { reviewed: v.reviewed } : {}) }])), null, 2)}\n`;
}
