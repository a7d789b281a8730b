export declare function refreshTemplates(root: string): Promise<string[]>;
export declare function main(args: string[]): Promise<void>;
