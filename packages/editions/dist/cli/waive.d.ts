export declare function waive(root: string, args: string[]): Promise<string>;
export declare function main(args: string[]): Promise<void>;
