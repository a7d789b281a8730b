/** The files of a new publication, by path relative to its folder. */
export declare function starterFiles(source: string, editions: string[], published: string, version: string): Map<string, string>;
export declare function main(args: string[]): Promise<void>;
