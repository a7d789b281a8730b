export interface IndexOptions {
    /** Add the per-language boundaries and forms (default); false: Pagefind's defaults. */
    tuned?: boolean;
}
export declare function writeSearchIndex(siteDir: string, { tuned }?: IndexOptions): Promise<void>;
/** Bytes of each language's index (its metadata, word and filter chunks and page fragments). */
export declare function indexSizes(siteDir: string): Promise<Record<string, number>>;
