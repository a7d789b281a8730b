export declare const ENTRY_FILE: string;
export interface PagefindEntry {
    version: string;
    languages: Record<string, {
        hash: string;
        wasm: string | null;
        page_count: number;
    }>;
    include_characters: string[];
}
export declare function readEntry(siteDir: string): Promise<PagefindEntry>;
/** Writes `entry` with its languages in code order, so a full build and a merge of shards write the same bytes. */
export declare function writeEntry(siteDir: string, entry: PagefindEntry): Promise<void>;
/**
 * One entry for the languages of several indexes written by the same Pagefind
 * with the same settings; null when their version or settings differ.
 */
export declare function mergeEntries(entries: PagefindEntry[]): PagefindEntry | null;
