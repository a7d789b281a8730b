/** What Editions reads from locales/<lng>/: the translation files and the lock. */

/** One JSON file under locales/<lng>/, flattened to dotted keys. */
export interface LocaleFile {
  file: string;
  namespace: string;
  /** The parsed JSON, as i18next reads it. */
  data: Record<string, unknown>;
  /** Dotted key → its string value. */
  strings: Map<string, string>;
  /** Dotted key → 1-based line of the value (worked out on first use: only findings need it). */
  lines: Map<string, number>;
  /** ui.json only: the keys Editions' own chrome supplies because the publication's file does not say them. */
  fromEditions?: ReadonlySet<string>;
}

export interface LocaleData {
  code: string;
  folder: string;
  /** Namespace → file. */
  files: Map<string, LocaleFile>;
  /** What each translation was made from: "ns:key" → entry (locales/<lng>/_sources.lock). */
  lock: Map<string, LockEntry>;
}

/** The source text a translation was made from, and a fingerprint of that translation. */
export interface LockEntry {
  source: string;
  translation: string;
  /** Set when reviewed: a fingerprint of source and translation together (src/locales/review.ts). */
  reviewed?: string;
}
