export declare function runReview(root: string, code: string | undefined, keys: string[], all: boolean): Promise<string>;
export declare function main(args: string[]): Promise<void>;
