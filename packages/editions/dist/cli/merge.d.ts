/** A merge that cannot go ahead: the message says what to do. */
export declare class MergeError extends Error {
    constructor(message: string);
}
export interface MergeOptions {
    /** The project the shards were built from. */
    root: string;
    /** The shards' output folders. */
    shards: string[];
    /** Output folder, relative to root. */
    out: string;
}
/** Merges the shards into `out`; returns the editions merged, in order. */
export declare function merge({ root, shards: dirs, out }: MergeOptions): Promise<string[]>;
export declare function main(args: string[]): Promise<void>;
