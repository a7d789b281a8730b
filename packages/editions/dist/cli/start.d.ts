export declare function main(args: string[]): Promise<void>;
