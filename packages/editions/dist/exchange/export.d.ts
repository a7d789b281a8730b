/**
 * `i18n:export`: one file per namespace of a locale (every chapter, story,
 * quotes, figures, ui) in XLIFF 1.2, XLIFF 2.0 or PO, each unit with its
 * context, state and source fingerprint. `todo` keeps only missing and
 * outdated units.
 */
import type { Translator } from '../translator/i18n.ts';
import type { Model } from '../model/types.ts';
import { type ExchangeFile, type ExchangeFormat } from './file.ts';
export interface ExportedFile {
    name: string;
    namespace: string;
    units: number;
    text: string;
}
export declare function exchangeFiles(model: Model, tr: Translator, locale: string, todo: boolean): ExchangeFile[];
/** `the-notes.ja.xlf`, `the-notes.ja.xliff`, `the-notes.ja.po`. */
export declare function exportName(namespace: string, locale: string, format: ExchangeFormat): string;
export declare function exportLocale(model: Model, tr: Translator, locale: string, format: ExchangeFormat, todo: boolean): Promise<ExportedFile[]>;
