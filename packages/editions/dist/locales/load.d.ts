import { type Finding } from '../errors.ts';
import type { LocaleData, LocaleFile } from './types.ts';
/**
 * Parses one locale file's text; `null` (with a finding) when it is not usable
 * JSON. A well-formed file of NFC strings, nearly every file, takes the native
 * JSON.parse (much faster) and finds its keys' lines only when a
 * finding asks for one; anything to report is walked with positions.
 */
export declare function parseLocaleFile(text: string, file: string, namespace: string, findings: Finding[]): LocaleFile | null;
/** Loads every configured locale's folder; reports missing folders and unknown ones. */
export declare function loadLocales(root: string, codes: readonly string[], findings: Finding[]): Promise<Map<string, LocaleData>>;
