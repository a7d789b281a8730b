export declare function runLockCommand(root: string, command: 'sync' | 'accept', args: string[], all: boolean): Promise<string[]>;
export declare function main(args: string[]): Promise<void>;
