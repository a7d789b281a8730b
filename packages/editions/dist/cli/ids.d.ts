/** Returns the file's text with ids added to the blocks that had none. */
export declare function assignIds(text: string, file: string, newId?: () => string): {
    text: string;
    added: string[];
};
export declare function main(args: string[]): Promise<void>;
