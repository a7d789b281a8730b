export declare class ParseCache {
    private readonly file;
    private readonly version;
    private readonly previous;
    /** The entries this run used: only they are written back, so deleted files drop out. */
    private readonly used;
    private changed;
    private constructor();
    /** The cache of the project at `root`; one that never remembers when `root` has no node_modules. */
    static open(root: string): ParseCache;
    /**
     * `parse(text)` of the file at `rel` (relative to the root), or what it gave
     * last time for the same text and `variant` (anything else the result
     * depends on). The caller reads the text (safely: src/files/safe-files.ts);
     * the cache saves only the parse. The result must be plain data.
     */
    read<T>(rel: string, variant: string, text: string, parse: (text: string) => T): T;
    /** Writes the cache when this run parsed or dropped anything (call before anyone changes the results). */
    save(): void;
}
/** Where the cache of the project at `root` lives; null when it has no node_modules to keep one in. */
export declare function parseCacheFile(root: string): string | null;
