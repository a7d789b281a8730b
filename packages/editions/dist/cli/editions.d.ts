#!/usr/bin/env node
export declare function run(argv: string[]): Promise<void>;
