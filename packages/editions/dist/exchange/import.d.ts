import { type Finding } from '../errors.ts';
import type { Translator } from '../translator/i18n.ts';
import type { Model } from '../model/types.ts';
import { type StatusItem } from '../status/units.ts';
import type { ImportedFile, ImportedUnit } from './file.ts';
export interface ImportSummary {
    file: string;
    /** The locale file written to, when the file could be read. */
    target?: string;
    added: number;
    changed: number;
    unchanged: number;
    /** Marked reviewed by the file (state="final" / "signed-off"). */
    reviewed: number;
    conflicts: number;
    /** Units with errors; when above 0 nothing of the file was imported. */
    refused: number;
    /** PO entries still marked fuzzy: not confirmed by the translator, so not imported. */
    fuzzy: number;
    findings: Finding[];
}
export interface ImportOptions {
    acceptStale: boolean;
}
/** Reads a file as XLIFF (it starts with `<`) or PO. Throws ExchangeReadError. */
export declare function readExchangeFile(text: string, file: string, model: Model): ImportedFile;
interface Planned {
    key: string;
    text: string;
    item: StatusItem;
    unit: ImportedUnit;
    current: boolean;
}
/** Plans one file's import against the model; writes nothing. */
export declare function planImport(model: Model, tr: Translator, imported: ImportedFile, options: ImportOptions): {
    summary: ImportSummary;
    writes: Planned[];
    review: Planned[];
};
/**
 * CAT tools often write a region into the language: `editionOf("ja-JP", ["ja", "ko"])` → "ja",
 * `editionOf("ko_KR", …)` → "ko"; an unknown language is returned as given.
 */
export declare function editionOf(language: string, editions: readonly string[]): string;
/** Imports files into the project at `root`, file by file (the model read afresh for each); one summary per file. */
export declare function importFiles(root: string, files: string[], options: ImportOptions): Promise<ImportSummary[]>;
export {};
