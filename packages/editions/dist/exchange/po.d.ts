import type { ExchangeFile, ImportedFile } from './file.ts';
/**
 * gettext's Plural-Forms for a language whose CLDR categories are known to
 * map onto it (`["other"]`, `["one", "other"]`); null otherwise, and its
 * plural keys are then written one entry per form.
 */
export declare function pluralForms(locale: string): {
    header: string;
    order: string[];
} | null;
export declare function writePo(file: ExchangeFile): string;
export declare function readPo(text: string, file: string, pluralKeys: (base: string) => string[] | undefined): ImportedFile;
