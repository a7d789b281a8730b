import { type Finding } from '../errors.ts';
import type { LockEntry } from './types.ts';
/** `lockPath("ja")` → "locales/ja/_sources.lock" */
export declare function lockPath(locale: string): string;
/** `fingerprint("こんにちは")` → 12 hex digits of its SHA-256 (remembered: a build asks for each string several times). */
export declare function fingerprint(text: string): string;
export declare function lockKey(namespace: string, key: string): string;
/** Stable, sorted JSON so the lock diffs cleanly in review. */
export declare function serializeLock(lock: Map<string, LockEntry>): string;
/**
 * The lock is machine-written JSON, as large as all translations together:
 * plain JSON.parse reads it (no positions needed); a broken one is reported.
 */
export declare function parseLock(text: string, file: string, findings: Finding[]): Map<string, LockEntry>;
