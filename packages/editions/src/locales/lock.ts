/**
 * The translation lock: for every translated string of a locale, the source
 * text it was translated from and a fingerprint of the translation. Outdated
 * means the source changed while the translation did not; no file dates, no
 * git history. It lives beside the translations (locales/<lng>/_sources.lock)
 * and is written only by `npm run i18n:sync` and `npm run i18n:accept`.
 */
import { hash } from 'node:crypto';
import { problems, type Finding } from '../errors.ts';
import { LOCK_FILE, localeFolder } from './files.ts';
import type { LockEntry } from './types.ts';

/** `lockPath("ja")` → "locales/ja/_sources.lock" */
export function lockPath(locale: string): string {
  return `${localeFolder(locale)}/${LOCK_FILE}`;
}

const fingerprints = new Map<string, string>();

/** `fingerprint("こんにちは")` → 12 hex digits of its SHA-256 (remembered: a build asks for each string several times). */
export function fingerprint(text: string): string {
  let fp = fingerprints.get(text);
  if (fp === undefined) {
    fp = hash('sha256', text).slice(0, 12); // one-shot: cheaper than createHash on short strings
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

/**
 * The lock is machine-written JSON, as large as all translations together:
 * plain JSON.parse reads it (no positions needed); a broken one is reported.
 */
export function parseLock(text: string, file: string, findings: Finding[]): Map<string, LockEntry> {
  const lock = new Map<string, LockEntry>();
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    data = null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    findings.push(problems.brokenLock(file));
    return lock;
  }
  const entries = data as Record<string, unknown>;
  for (const key in entries) {
    const e = entries[key] as Partial<LockEntry> | null;
    if (typeof e?.source === 'string' && typeof e.translation === 'string')
      lock.set(key, { source: e.source.normalize('NFC'), translation: e.translation, ...(typeof e.reviewed === 'string' ? { reviewed: e.reviewed } : {}) });
  }
  return lock;
}
