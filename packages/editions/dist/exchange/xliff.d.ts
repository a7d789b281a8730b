import type { ExchangeFile, ImportedFile } from './file.ts';
/** Namespace of Editions' own attribute in XLIFF 2.0 (the source fingerprint); 1.2 uses its `extradata` attribute. */
export declare const EDITIONS_NS = "urn:editions:exchange";
export declare function writeXliff(file: ExchangeFile, version: '1.2' | '2.0'): Promise<string>;
export declare class ExchangeReadError extends Error {
    readonly line: number | undefined;
    readonly detail: string;
    constructor(line: number | undefined, detail: string);
}
/** Reads an XLIFF 1.2 or 2.0 file a translator sends back. Throws ExchangeReadError when it cannot be read at all. */
export declare function readXliff(text: string, file: string): ImportedFile;
