/** The format-neutral shape of one exchanged file: what export writes and import reads. */
import type { ExchangeUnit } from './context.ts';
import type { TargetPart } from './inline.ts';

export type ExchangeFormat = 'xliff' | 'xliff2' | 'po';
export const exchangeFormats: readonly ExchangeFormat[] = ['xliff', 'xliff2', 'po'];

/** File name ending per format: XLIFF 1.2 `.xlf`, XLIFF 2.0 `.xliff`, gettext `.po`. */
export const extensions: Record<ExchangeFormat, string> = { xliff: 'xlf', xliff2: 'xliff', po: 'po' };

export interface ExchangeFile {
  sourceLanguage: string;
  locale: string;
  namespace: string;
  units: ExchangeUnit[];
}

/** One unit as read back from a translator's file. */
export interface ImportedUnit {
  key: string;
  /** Line of the unit in the file, for messages. */
  line?: number;
  /** The translation: text and the source's inline codes by id; undefined when empty (still untranslated). */
  target?: TargetPart[];
  /** Fingerprint of the source the file was exported from (written by export). */
  seenFingerprint?: string;
  /** The source text as the file shows it (for a conflict's side-by-side). */
  seenSource: string;
  /** The file marks it reviewed (XLIFF state="final" / "signed-off"). */
  reviewed: boolean;
  /** PO: still marked fuzzy, so the translator has not confirmed it: not imported. */
  fuzzy?: boolean;
  /** A problem with the unit itself (an inline code the source lacks). */
  problem?: { what: string };
}

export interface ImportedFile {
  file: string;
  format: ExchangeFormat;
  locale: string;
  namespace: string;
  units: ImportedUnit[];
}
